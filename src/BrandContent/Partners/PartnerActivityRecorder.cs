using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;

namespace BrandContent.Partners;

/// <summary>
/// Counts what partner keys take away, in memory, and adds the counts to <see cref="PartnerActivityDay"/> rows in one
/// upsert per flush (<see cref="PartnerActivityFlusher"/>: every <see cref="PartnerActivityOptions.FlushSeconds"/> and
/// at shutdown). A request only adds to a tally under a short lock: it never waits for the database. Several processes
/// add into the same rows, so counts add up; a crash loses what was not flushed yet (at most one interval).
/// </summary>
public sealed partial class PartnerActivityRecorder(IServiceScopeFactory scopes, TimeProvider clock, ILogger<PartnerActivityRecorder> logger)
{
    // Rows whose partner, agreement (of that partner) or brand was deleted meanwhile are dropped, not failed: one
    // deleted brand must not keep the whole batch out. The last version is the one of the latest read.
    private const string Upsert = """
        INSERT INTO "PartnerActivityDays" AS d ("PartnerId", "AgreementId", "BrandId", "Kind", "Day", "Count", "FirstAt", "LastAt", "LastVersion")
        SELECT t.partner_id, t.agreement_id, t.brand_id, t.kind, t.day, t.n, t.first_at, t.last_at, t.served
        FROM unnest(@partners, @agreements, @brands, @kinds, @days, @counts, @firsts, @lasts, @versions)
            AS t(partner_id, agreement_id, brand_id, kind, day, n, first_at, last_at, served)
        WHERE EXISTS (SELECT 1 FROM "Agreements" a WHERE a."Id" = t.agreement_id AND a."PartnerId" = t.partner_id)
          AND EXISTS (SELECT 1 FROM "Brands" b WHERE b."Id" = t.brand_id)
        ON CONFLICT ("PartnerId", "AgreementId", "BrandId", "Kind", "Day") DO UPDATE SET
            "Count" = d."Count" + excluded."Count",
            "FirstAt" = least(d."FirstAt", excluded."FirstAt"),
            "LastAt" = greatest(d."LastAt", excluded."LastAt"),
            "LastVersion" = CASE WHEN excluded."LastAt" >= d."LastAt" THEN excluded."LastVersion" ELSE d."LastVersion" END
        """;

    private readonly Lock gate = new();
    private readonly SemaphoreSlim flushing = new(1, 1);
    private Dictionary<ActivityKey, Tally> pending = [];

    /// <summary>Counts one take-away now (UTC day of the clock). Cheap: no I/O.</summary>
    public void Record(Guid partnerId, Guid agreementId, Guid brandId, PartnerActivityKind kind, string version)
    {
        var now = clock.GetUtcNow();
        var key = new ActivityKey(partnerId, agreementId, brandId, kind, DateOnly.FromDateTime(now.UtcDateTime));
        var served = version.Length > PartnerActivityDay.VersionMaxLength ? version[..PartnerActivityDay.VersionMaxLength] : version;
        lock (gate)
        {
            Add(pending, key, new Tally(1, now, now, served));
        }
    }

    /// <summary>
    /// Adds every count kept so far to the database and waits for it (and for a flush already under way). Tests call
    /// it instead of waiting for the interval. On failure the counts are kept for the next flush, and it throws.
    /// </summary>
    public async Task FlushAsync(CancellationToken cancellationToken = default)
    {
        await flushing.WaitAsync(cancellationToken);
        try
        {
            Dictionary<ActivityKey, Tally> batch;
            lock (gate)
            {
                batch = pending;
                pending = [];
            }

            if (batch.Count == 0)
            {
                return;
            }

            try
            {
                await WriteAsync(batch, cancellationToken);
            }
            catch (Exception)
            {
                // Put back, added to what came meanwhile: the next flush tries again.
                lock (gate)
                {
                    foreach (var (key, tally) in batch)
                    {
                        Add(pending, key, tally);
                    }
                }

                throw;
            }

            LogFlushed(logger, batch.Count);
        }
        finally
        {
            flushing.Release();
        }
    }

    private async Task WriteAsync(Dictionary<ActivityKey, Tally> batch, CancellationToken cancellationToken)
    {
        var rows = batch.ToList();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BrandContentDb>();
        await db.Database.ExecuteSqlRawAsync(
            Upsert,
            [
                Array("partners", NpgsqlDbType.Uuid, rows.Select(r => r.Key.PartnerId)),
                Array("agreements", NpgsqlDbType.Uuid, rows.Select(r => r.Key.AgreementId)),
                Array("brands", NpgsqlDbType.Uuid, rows.Select(r => r.Key.BrandId)),
                Array("kinds", NpgsqlDbType.Text, rows.Select(r => r.Key.Kind.ToString())),
                Array("days", NpgsqlDbType.Date, rows.Select(r => r.Key.Day)),
                Array("counts", NpgsqlDbType.Integer, rows.Select(r => r.Value.Count)),
                Array("firsts", NpgsqlDbType.TimestampTz, rows.Select(r => r.Value.FirstAt.UtcDateTime)),
                Array("lasts", NpgsqlDbType.TimestampTz, rows.Select(r => r.Value.LastAt.UtcDateTime)),
                Array("versions", NpgsqlDbType.Text, rows.Select(r => r.Value.LastVersion)),
            ],
            cancellationToken);
    }

    private static NpgsqlParameter Array<T>(string name, NpgsqlDbType type, IEnumerable<T> values) =>
        new(name, NpgsqlDbType.Array | type) { Value = values.ToArray() };

    private static void Add(Dictionary<ActivityKey, Tally> into, ActivityKey key, Tally tally) =>
        into[key] = into.TryGetValue(key, out var had) ? had.Plus(tally) : tally;

    [LoggerMessage(Level = LogLevel.Debug, Message = "Partner activity: {Rows} day counts flushed")]
    private static partial void LogFlushed(ILogger logger, int rows);

    private readonly record struct ActivityKey(Guid PartnerId, Guid AgreementId, Guid BrandId, PartnerActivityKind Kind, DateOnly Day);

    private readonly record struct Tally(int Count, DateTimeOffset FirstAt, DateTimeOffset LastAt, string LastVersion)
    {
        public Tally Plus(Tally other) => new(
            Count + other.Count,
            other.FirstAt < FirstAt ? other.FirstAt : FirstAt,
            other.LastAt >= LastAt ? other.LastAt : LastAt,
            other.LastAt >= LastAt ? other.LastVersion : LastVersion);
    }
}
