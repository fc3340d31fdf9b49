namespace BrandContent.Api.Studio.Sessions;

/// <summary>What became of a sign-in; each refusal has its own message (StudioText <c>SignIn.*</c>).</summary>
public enum SignInOutcome
{
    SignedIn,
    KeyRequired,
    KeyTooLong,
    KeyHasControlCharacters,

    /// <summary>Unknown, revoked or expired: the page does not say which, so a guesser learns nothing.</summary>
    KeyNotValid,

    TooManyAttempts,
}
