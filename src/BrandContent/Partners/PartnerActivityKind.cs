namespace BrandContent.Partners;

/// <summary>What a partner key took away, as counted by <see cref="PartnerActivityRecorder"/>.</summary>
public enum PartnerActivityKind
{
    /// <summary>Key messages read over the API (the <c>keyMessages</c> field).</summary>
    KeyMessages,

    /// <summary>The brand kit downloaded (<c>GET /kits/{brand}.zip</c>).</summary>
    Kit,

    /// <summary>The design tokens downloaded alone (<c>GET /kits/{brand}/tokens.json</c>).</summary>
    Tokens,
}
