using BrandContent.Auditing;
using BrandContent.Editing;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Clarifications;

/// <summary>Records and changes incidents, audited; an incident's answer time comes from its clarification when not given.</summary>
public sealed class IncidentEditor(BrandContentDb db, TimeProvider clock)
{
    public async Task<Incident> CreateAsync(Guid brandId, IncidentInput input, EditContext edit, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        ValidationFailedException.ThrowIfAny(await IncidentRules.CheckAsync(db, brandId, input, now, cancellationToken));
        var incident = new Incident { BrandId = brandId, RecordedBy = edit.Actor, RecordedAt = now };
        await ApplyAsync(incident, input, cancellationToken);
        db.Incidents.Add(incident);
        db.Record(edit, now, nameof(Incident), incident.Id, null, null, Summary(incident));
        await db.SaveChangesAsync(cancellationToken);
        return incident;
    }

    public async Task<Incident> UpdateAsync(Guid id, IncidentInput input, EditContext edit, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var incident = await db.Incidents.AsTracking().Include(i => i.Mentions).FirstOrDefaultAsync(i => i.Id == id, cancellationToken)
            ?? throw new BrandContentException(ErrorCode.NotFound, nameof(Incident), id);
        ValidationFailedException.ThrowIfAny(await IncidentRules.CheckAsync(db, incident.BrandId, input, now, cancellationToken));
        var before = Summary(incident);
        await ApplyAsync(incident, input, cancellationToken);
        db.Record(edit, now, nameof(Incident), incident.Id, null, before, Summary(incident));
        await db.SaveChangesAsync(cancellationToken);
        return incident;
    }

    private async Task ApplyAsync(Incident incident, IncidentInput input, CancellationToken cancellationToken)
    {
        (incident.Summary, incident.Severity, incident.DetectedAt, incident.ClarificationId) = (input.Summary.Trim(), input.Severity, input.DetectedAt, input.Clarification);
        incident.AnsweredAt = input.AnsweredAt ?? await AnsweredByClarificationAsync(input, cancellationToken);
        var mentions = (input.Mentions ?? []).Distinct().ToList();
        incident.Mentions.RemoveAll(m => !mentions.Contains(m.MentionId));
        incident.Mentions.AddRange(mentions.Where(m => incident.Mentions.All(l => l.MentionId != m)).Select(m => new IncidentMention { IncidentId = incident.Id, MentionId = m }));
    }

    /// <summary>
    /// A clarification already out answers the incident when it went out, or at detection when it went out before
    /// (an incident answered by an existing statement has no delay to count).
    /// </summary>
    private async Task<DateTimeOffset?> AnsweredByClarificationAsync(IncidentInput input, CancellationToken cancellationToken)
    {
        if (input.Clarification is not { } id)
        {
            return null;
        }

        var published = await db.Clarifications.Where(c => c.Id == id).Select(c => c.FirstPublishedAt).FirstOrDefaultAsync(cancellationToken);
        return published is { } at ? (at > input.DetectedAt ? at : input.DetectedAt) : null;
    }

    private static object Summary(Incident i) => new
    {
        i.BrandId,
        i.Summary,
        Severity = i.Severity.ToConstantCase(),
        i.DetectedAt,
        i.AnsweredAt,
        i.ClarificationId,
        Mentions = i.Mentions.Select(m => m.MentionId).ToList(),
    };
}
