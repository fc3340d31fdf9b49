using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using BrandContent.Brands;
using BrandContent.Changes;
using BrandContent.Channels;
using BrandContent.Localization;
using BrandContent.Markets;
using BrandContent.Monitoring;
using BrandContent.Schedule;
using BrandContent.Storage;
using BrandContent.Sync;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Demo;

/// <summary>
/// Loads the demo destinations drawn from the seed plans. Idempotent: reference data is added by code when
/// missing and a brand is added only when its slug is not taken, under an advisory lock so that two servers
/// starting together do not both insert.
/// </summary>
public static class DemoContent
{
    private const long LoadLock = 0x42_43_44_45_4D_4F;

    public static async Task<int> LoadAsync(BrandContentDb db, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({LoadLock})", cancellationToken);

        var reference = Read<ReferenceFile>("reference.json");
        await AddReferenceDataAsync(db, reference, cancellationToken);

        var taken = (await db.Brands.Select(b => b.Slug).ToListAsync(cancellationToken)).ToHashSet();
        var files = ResourceNames()
            .Where(name => !name.EndsWith("reference.json", StringComparison.Ordinal))
            .Select(Read<BrandFile>)
            .OrderBy(file => Enum.Parse<BrandLevel>(file.Level, ignoreCase: true))
            .ToList();
        var added = 0;
        foreach (var file in files.Where(f => !taken.Contains(f.Slug)))
        {
            DemoBrandBuilder.Add(db, file);
            await db.RecordSyncResetAsync(Id("brand", file.Slug), null, cancellationToken);
            added++;
        }

        await db.AddDemoSlotsAsync(TimeProvider.System.GetUtcNow(), cancellationToken);
        db.AddDemoMonitoring(TimeProvider.System.GetUtcNow());

        await db.SaveChangesAsync(cancellationToken);
        await DemoPlans.AddMissingAsync(db, TimeProvider.System.GetUtcNow(), cancellationToken);

        // After the brands are saved: an agreement tied to an event takes the event's dates from the database.
        await DemoPartners.AddAsync(db, TimeProvider.System.GetUtcNow(), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        if (added > 0)
        {
            await db.AnnounceAsync([ChangeTags.Everything], cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return added;
    }

    /// <summary>The same id for the same demo key on every machine, so references between files resolve.</summary>
    internal static Guid Id(string kind, string key) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes($"{kind}:{key}")).AsSpan(0, 16));

    private static async Task AddReferenceDataAsync(BrandContentDb db, ReferenceFile reference, CancellationToken cancellationToken)
    {
        var locales = (await db.Locales.Select(l => l.Tag).ToListAsync(cancellationToken)).ToHashSet();
        db.Locales.AddRange(reference.Locales
            .Select(l => new Locale { Tag = LocaleTag.Normalize(l.Tag), Name = l.Name, NativeName = l.NativeName })
            .Where(l => !locales.Contains(l.Tag)));

        var audiences = (await db.Audiences.Select(a => a.Code).ToListAsync(cancellationToken)).ToHashSet();
        db.Audiences.AddRange(reference.Audiences
            .Where(a => !audiences.Contains(a.Code))
            .Select(a => new Audience { Code = a.Code, Names = a.Names }));

        var markets = (await db.Markets.Select(m => m.Code).ToListAsync(cancellationToken)).ToHashSet();
        db.Markets.AddRange(reference.Markets
            .Where(m => !markets.Contains(m.Code))
            .Select(m => new Market
            {
                Code = m.Code,
                Names = m.Names,
                LocaleChain = m.LocaleChain.Select(LocaleTag.Normalize).ToList(),
                Audiences = m.Audiences,
                TimeZone = m.TimeZone,
            }));

        var channels = (await db.Channels.Select(c => c.Code).ToListAsync(cancellationToken)).ToHashSet();
        db.Channels.AddRange(reference.Channels
            .Where(c => !channels.Contains(c.Code))
            .Select(c => new Channel { Code = c.Code, Names = c.Names, Kind = c.Kind, Markets = c.Markets, Rules = c.Rules }));
        await db.SaveChangesAsync(cancellationToken);
    }

    private static IEnumerable<string> ResourceNames() =>
        Assembly.GetExecutingAssembly().GetManifestResourceNames().Where(n => n.Contains(".Demo.Content.", StringComparison.Ordinal)).Order();

    private static T Read<T>(string resource)
    {
        var name = ResourceNames().Single(n => n.EndsWith(resource, StringComparison.Ordinal));
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)!;
        return JsonSerializer.Deserialize<T>(stream, DemoJson.Options) ?? throw new InvalidDataException($"{name} is empty.");
    }
}
