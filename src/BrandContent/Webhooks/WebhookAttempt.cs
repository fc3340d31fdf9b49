using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BrandContent.Webhooks;

/// <summary>How an attempt failed when no usable answer came (the HTTP status says the rest).</summary>
public static class WebhookErrorKind
{
    public const string HttpStatus = "HTTP_STATUS";
    public const string RedirectNotFollowed = "REDIRECT_NOT_FOLLOWED";
    public const string Timeout = "TIMEOUT";
    public const string ConnectionRefused = "CONNECTION_REFUSED";
    public const string NameResolution = "NAME_RESOLUTION";
    public const string Tls = "TLS";
    public const string Network = "NETWORK";
    public const string TargetForbidden = "TARGET_FORBIDDEN";
    public const string CircuitOpen = "CIRCUIT_OPEN";
}

/// <summary>One HTTP attempt of a delivery, as logged: when, how long, the status or the error, and the start of the answer.</summary>
public sealed class WebhookAttempt
{
    public const int ExcerptMaxLength = 1024;

    public Guid Id { get; set; } = Storage.TimeOrderedId.New();

    public Guid DeliveryId { get; set; }

    public DateTimeOffset At { get; set; }

    public int DurationMs { get; set; }

    public int? StatusCode { get; set; }

    public string? ErrorKind { get; set; }

    /// <summary>At most <see cref="ExcerptMaxLength"/> characters of the answer, control characters replaced.</summary>
    public string? ResponseExcerpt { get; set; }
}

internal sealed class WebhookAttemptConfiguration : IEntityTypeConfiguration<WebhookAttempt>
{
    public void Configure(EntityTypeBuilder<WebhookAttempt> builder)
    {
        builder.HasKey(a => a.Id);
        builder.Property(a => a.ErrorKind).HasMaxLength(64);
        builder.Property(a => a.ResponseExcerpt).HasMaxLength(WebhookAttempt.ExcerptMaxLength);
        builder.HasOne<WebhookDelivery>().WithMany().HasForeignKey(a => a.DeliveryId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.DeliveryId, a.At });
    }
}
