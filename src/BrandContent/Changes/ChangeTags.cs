namespace BrandContent.Changes;

/// <summary>
/// What a change touched, in the words the caches that may hold it use: a brand (its answers, and the answers of the
/// brands around it that embed it), answers not about one brand, an API key, or everything.
/// </summary>
public static class ChangeTags
{
    /// <summary>Every cached answer and identity: reference data changed, or notifications may have been missed.</summary>
    public const string Everything = "all";

    /// <summary>Answers not about one brand (the brand list, markets, locales): any brand's change may show in them.</summary>
    public const string Global = "global";

    /// <summary>Webhook events or deliveries committed: dispatchers wake up (no cache holds this tag).</summary>
    public const string Webhooks = "webhooks";

    private const string BrandPrefix = "brand:";
    private const string KeyPrefix = "key:";

    public static string Brand(Guid brandId) => BrandPrefix + brandId.ToString("N");

    /// <summary>An API key, by the hash of its secret in hex (never the secret).</summary>
    public static string Key(string secretHashHex) => KeyPrefix + secretHashHex;

    public static bool IsKey(string tag, out string secretHashHex)
    {
        secretHashHex = tag.StartsWith(KeyPrefix, StringComparison.Ordinal) ? tag[KeyPrefix.Length..] : "";
        return secretHashHex.Length > 0;
    }
}
