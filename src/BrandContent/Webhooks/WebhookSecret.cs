using System.Security.Cryptography;

namespace BrandContent.Webhooks;

/// <summary>Signing secrets in the Standard Webhooks form: <c>whsec_</c> and the base64 of random bytes.</summary>
public static class WebhookSecret
{
    public const string Prefix = "whsec_";

    /// <summary>32 random bytes: the spec asks for 24 to 64.</summary>
    private const int Bytes = 32;

    public const int MaxLength = 100;

    public static string New() => Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(Bytes));
}
