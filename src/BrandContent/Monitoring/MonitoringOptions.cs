namespace BrandContent.Monitoring;

/// <summary>Media monitoring's settings (section <c>BrandContent:Monitoring</c>), validated at start.</summary>
public sealed record MonitoringOptions
{
    public const string Section = "BrandContent:Monitoring";

    /// <summary>The brands' own country: coverage outside it is "foreign" (POSITIVE_FOREIGN_SHARE).</summary>
    public string HomeMarket { get; init; } = "VN";

    /// <summary>At most this many data rows per importMentions file; a bigger export is split.</summary>
    public int MaxImportRows { get; init; } = 5000;

    /// <summary>At most this many bytes (UTF-8) per importMentions file; the request body limit applies as well.</summary>
    public int MaxImportBytes { get; init; } = 1024 * 1024;
}
