namespace BrandContent.Api.GraphQL.Http;

/// <summary>
/// Why a request's JSON cannot be read, said in the request's own terms. Each reason is answered as INVALID_JSON with
/// the message resource <c>INVALID_JSON_{reason}</c>; a syntax error in the body has INVALID_JSON's own message.
/// </summary>
public static class InvalidJsonReason
{
    public const string Empty = "EMPTY";
    public const string ParameterSyntax = "PARAMETER_SYNTAX";
    public const string TooDeep = "TOO_DEEP";
    public const string BodyNotAnObject = "BODY_NOT_AN_OBJECT";
    public const string ObjectExpected = "OBJECT_EXPECTED";
    public const string StringExpected = "STRING_EXPECTED";
    public const string DuplicateKey = "DUPLICATE_KEY";
    public const string NotText = "NOT_TEXT";
    public const string Unreadable = "UNREADABLE";

    public static readonly IReadOnlyList<string> All =
        [Empty, ParameterSyntax, TooDeep, BodyNotAnObject, ObjectExpected, StringExpected, DuplicateKey, NotText, Unreadable];

    public static string MessageKey(string reason) => $"{ErrorCode.InvalidJson}_{reason}";
}
