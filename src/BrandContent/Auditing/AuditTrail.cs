using System.Text.Json;
using BrandContent.Storage;

namespace BrandContent.Auditing;

/// <summary>Who is changing content and through which operation; recorded with every write.</summary>
public sealed record EditContext(string Actor, string Operation)
{
    /// <summary>Actors are API key names (or "scheduler", "bootstrap"); every column that records one is this long.</summary>
    public const int ActorMaxLength = 200;
}

public static class AuditTrail
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Adds the audit entry to the unit of work, so it commits or rolls back with the change itself.</summary>
    public static void Record(
        this BrandContentDb db, EditContext edit, DateTimeOffset at, string? kind, Guid? targetId, string? locale, object? before, object? after) =>
        db.AuditEntries.Add(new AuditEntry
        {
            At = at,
            Actor = edit.Actor,
            Operation = edit.Operation,
            TargetKind = kind,
            TargetId = targetId,
            Locale = locale,
            Before = before is null ? null : JsonSerializer.Serialize(before, Json),
            After = after is null ? null : JsonSerializer.Serialize(after, Json),
        });
}
