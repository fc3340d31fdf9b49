using BrandContent.Auditing;
using BrandContent.Changes;
using BrandContent.Channels;
using BrandContent.Editing;
using BrandContent.Localization;
using BrandContent.Storage;
using BrandContent.Sync;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Markets;

public sealed record LocaleInput(string Tag, string Name, string NativeName);

public sealed record MarketInput(
    string Code, IReadOnlyDictionary<string, string> Names, IReadOnlyList<string> LocaleChain, IReadOnlyList<string>? Audiences, IReadOnlyList<string>? Channels,
    string? TimeZone = null);

/// <summary>Locales and markets: reference data, checked and audited like content.</summary>
public static class ReferenceDataEditing
{
    public static async Task<Locale> SaveLocaleAsync(
        this BrandContentDb db, LocaleInput input, bool create, EditContext edit, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var problems = new List<FieldProblem>();
        if (!LocaleTag.TryNormalize(input.Tag, out var tag))
        {
            problems.Add(new FieldProblem("tag", ValidationRule.LocaleTag, input.Tag));
        }

        problems.Line("name", input.Name, Locale.NameMaxLength);
        problems.Line("nativeName", input.NativeName, Locale.NameMaxLength);
        ValidationFailedException.ThrowIfAny(problems);
        var locale = await db.Locales.AsTracking().FirstOrDefaultAsync(l => l.Tag == tag, cancellationToken);
        if (create && locale is not null)
        {
            throw new ValidationFailedException([new FieldProblem("tag", ValidationRule.Unique, tag)]);
        }

        var before = locale is null ? null : new { locale.Name, locale.NativeName };
        locale ??= create ? db.Locales.Add(new Locale { Tag = tag! }).Entity : throw new BrandContentException(ErrorCode.LocaleNotFound, tag);
        (locale.Name, locale.NativeName) = (input.Name.Trim(), input.NativeName.Trim());
        db.Record(edit, now, "Locale", null, tag, before, new { locale.Name, locale.NativeName });
        await db.SaveChangesAsync(cancellationToken);
        await db.AnnounceAsync([ChangeTags.Everything], cancellationToken);
        return locale;
    }

    public static async Task<Locale> ArchiveLocaleAsync(
        this BrandContentDb db, string tag, bool archived, EditContext edit, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var normalized = LocaleTag.Normalize(tag);
        var locale = await db.Locales.AsTracking().FirstOrDefaultAsync(l => l.Tag == normalized, cancellationToken)
            ?? throw new BrandContentException(ErrorCode.LocaleNotFound, normalized);
        return await db.SetArchivedAsync(
            locale, archived, edit, now, "Locale", normalized, archivedAt => new { archivedAt }, cancellationToken);
    }

    public static async Task<Market> ArchiveMarketAsync(
        this BrandContentDb db, string code, bool archived, EditContext edit, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var normalized = MarketCode.Normalize(code);
        var market = await db.Markets.AsTracking().FirstOrDefaultAsync(m => m.Code == normalized, cancellationToken)
            ?? throw new BrandContentException(ErrorCode.MarketNotFound, normalized);
        // The market's chain leaves or returns: its sync tokens expire, in the transaction of the change.
        await using var transaction = await db.BeginOrJoinTransactionAsync(cancellationToken);
        await db.RecordSyncResetAsync(null, normalized, cancellationToken);
        var saved = await db.SetArchivedAsync(
            market, archived, edit, now, "Market", null, archivedAt => new { market.Code, archivedAt }, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return saved;
    }

    public static async Task<Market> SaveMarketAsync(
        this BrandContentDb db, MarketInput input, bool create, EditContext edit, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var code = MarketCode.Normalize(input.Code);
        var problems = new List<FieldProblem>();
        if (!MarketCode.IsWellFormed(code))
        {
            problems.Add(new FieldProblem("code", ValidationRule.Format, input.Code, "2-16 letters, digits, - or _"));
        }

        var locales = (await db.Locales.Select(l => l.Tag).ToListAsync(cancellationToken)).ToHashSet();
        if (input.LocaleChain.Count == 0)
        {
            problems.Add(new FieldProblem("localeChain", ValidationRule.Required));
        }

        foreach (var (tag, i) in input.LocaleChain.Select((t, i) => (t, i)))
        {
            problems.Locale($"localeChain[{i}]", tag, locales);
        }

        foreach (var (tag, name) in input.Names)
        {
            problems.Locale("names.locale", tag, locales);
            problems.Line($"names.{tag}", name, Locale.NameMaxLength);
        }

        problems.Exists("audiences", (input.Audiences ?? []).Select(AudienceCode.Normalize), await db.Audiences.Select(a => a.Code).ToListAsync(cancellationToken));
        // Given: exactly these channels serve the market afterwards (stored on the channels); absent: unchanged.
        var channels = input.Channels?.Select(ChannelCode.Normalize).Distinct().ToList();
        if (channels is not null)
        {
            problems.Exists("channels", channels, await db.Channels.Select(c => c.Code).ToListAsync(cancellationToken));
        }

        if (input.TimeZone is not null && !MarketTimeZone.TryFind(input.TimeZone, out _))
        {
            problems.Add(new FieldProblem("timeZone", ValidationRule.TimeZone, input.TimeZone));
        }

        ValidationFailedException.ThrowIfAny(problems);
        await using var transaction = await db.BeginOrJoinTransactionAsync(cancellationToken);
        var market = await db.Markets.AsTracking().FirstOrDefaultAsync(m => m.Code == code, cancellationToken);
        if (create && market is not null)
        {
            throw new ValidationFailedException([new FieldProblem("code", ValidationRule.Unique, code)]);
        }

        var before = market is null ? null : new { market.Names, market.LocaleChain, market.Audiences, market.TimeZone };
        market ??= create ? db.Markets.Add(new Market { Code = code }).Entity : throw new BrandContentException(ErrorCode.MarketNotFound, code);
        market.Names = input.Names.ToDictionary(n => LocaleTag.Normalize(n.Key), n => n.Value.Trim());
        market.LocaleChain = input.LocaleChain.Select(LocaleTag.Normalize).Distinct().ToList();
        market.Audiences = (input.Audiences ?? []).Select(AudienceCode.Normalize).Distinct().ToList();
        // Without a zone: a new market gets the default, an updated one keeps its own (clients from before time zones).
        market.TimeZone = MarketTimeZone.TryFind(input.TimeZone, out var zone) ? zone.Id : market.TimeZone;
        db.Record(edit, now, "Market", null, null, before, new { market.Code, market.Names, market.LocaleChain, market.Audiences, market.TimeZone, channels });
        if (channels is not null)
        {
            await db.ServeMarketAsync(code, channels, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        await db.AnnounceAsync([ChangeTags.Everything], cancellationToken);
        await db.RecordSyncResetAsync(null, code, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return market;
    }

    /// <summary>
    /// Archives reference data, or brings it back: the first archiving time is kept, the change is audited with
    /// <paramref name="snapshot"/> of the times before and after, and every process hears of it (reference data
    /// reaches every answer).
    /// </summary>
    internal static async Task<T> SetArchivedAsync<T>(
        this BrandContentDb db, T item, bool archived, EditContext edit, DateTimeOffset now, string kind, string? locale,
        Func<DateTimeOffset?, object> snapshot, CancellationToken cancellationToken)
        where T : IArchivable
    {
        var before = item.ArchivedAt;
        item.ArchivedAt = archived ? item.ArchivedAt ?? now : null;
        db.Record(edit, now, kind, null, locale, snapshot(before), snapshot(item.ArchivedAt));
        await db.SaveChangesAsync(cancellationToken);
        await db.AnnounceAsync([ChangeTags.Everything], cancellationToken);
        return item;
    }
}
