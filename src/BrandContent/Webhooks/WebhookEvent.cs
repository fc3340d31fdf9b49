using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BrandContent.Webhooks;

/// <summary>
/// One event in the outbox, written in the transaction of the change it reports: its type, the brand and markets it
/// concerns, and the JSON body every subscriber receives (<c>{ type, timestamp, data }</c>).
/// </summary>
public sealed class WebhookEvent
{
    public Guid Id { get; set; } = Storage.TimeOrderedId.New();

    public string Type { get; set; } = "";

    public Guid? BrandId { get; set; }

    public List<string> Markets { get; set; } = [];

    /// <summary>The body as sent and signed, byte for byte the same on every attempt (json, not jsonb, keeps the text as written).</summary>
    public string Payload { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The <c>webhook-id</c> header: the same on every attempt and redelivery, so receivers can deduplicate.</summary>
    public string WebhookId => MessageId(Id);

    public static string MessageId(Guid id) => $"msg_{id:N}";
}

internal sealed class WebhookEventConfiguration : IEntityTypeConfiguration<WebhookEvent>
{
    public void Configure(EntityTypeBuilder<WebhookEvent> builder)
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Type).HasMaxLength(WebhookEventTypes.MaxLength);
        builder.Property(e => e.Payload).HasColumnType("json");
        builder.Ignore(e => e.WebhookId);
        builder.HasIndex(e => e.CreatedAt); // the retention sweep reads the oldest first
    }
}
