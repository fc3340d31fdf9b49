using BrandContent.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BrandContent.Webhooks;

/// <summary>
/// Where to send which events: a URL, the event types, brand and market filters (empty = all), the signing secret,
/// and the delivery health the dispatcher keeps (a run of failures long enough disables it).
/// </summary>
public sealed class WebhookSubscription
{
    public Guid Id { get; set; } = Storage.TimeOrderedId.New();

    public string Url { get; set; } = "";

    public List<string> Events { get; set; } = [];

    /// <summary>Brand ids whose events are sent; empty = every brand.</summary>
    public List<Guid> Brands { get; set; } = [];

    /// <summary>Market codes; an event is sent when it concerns one of them. Empty = every market.</summary>
    public List<string> Markets { get; set; } = [];

    /// <summary>
    /// The Standard Webhooks secret (<c>whsec_</c> + base64), kept as it is so the dispatcher can sign, as other
    /// CMSs keep theirs; the API shows it only in the answer that created or rotated it.
    /// </summary>
    public string Secret { get; set; } = "";

    /// <summary>The administrator's switch: inactive subscriptions get no new events and no deliveries.</summary>
    public bool Active { get; set; } = true;

    public DateTimeOffset CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Set by the dispatcher when every delivery failed for <see cref="WebhookOptions.DisableAfter"/>.</summary>
    public DateTimeOffset? DisabledAt { get; set; }

    public string? DisabledReason { get; set; }

    /// <summary>The HTTP status of the last attempt (null when no response came).</summary>
    public int? LastStatus { get; set; }

    /// <summary>What went wrong in the last attempt when it failed (<see cref="WebhookErrorKind"/> or HTTP_STATUS).</summary>
    public string? LastError { get; set; }

    public DateTimeOffset? LastAttemptAt { get; set; }

    /// <summary>When the current run of failed attempts began; null after a success.</summary>
    public DateTimeOffset? FailingSince { get; set; }

    public int ConsecutiveFailures { get; set; }

    public bool Sends => Active && DisabledAt is null;

    /// <summary>
    /// A partner's agreement the subscription is confined to: it gets only events of the agreement's brands and markets
    /// (and for <c>messaging.changed</c>, audiences), and only while the agreement is in force. Null: no such filter.
    /// </summary>
    public Guid? AgreementId { get; set; }
}

internal sealed class WebhookSubscriptionConfiguration : IEntityTypeConfiguration<WebhookSubscription>
{
    public void Configure(EntityTypeBuilder<WebhookSubscription> builder)
    {
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Url).HasMaxLength(WebhookUrl.MaxLength);
        builder.Property(s => s.Secret).HasMaxLength(WebhookSecret.MaxLength);
        builder.Property(s => s.CreatedBy).HasMaxLength(EditContext.ActorMaxLength);
        builder.Property(s => s.DisabledReason).HasMaxLength(500);
        builder.Property(s => s.LastError).HasMaxLength(64);
        builder.HasOne<Partners.Agreement>().WithMany().HasForeignKey(s => s.AgreementId).OnDelete(DeleteBehavior.Cascade);
    }
}
