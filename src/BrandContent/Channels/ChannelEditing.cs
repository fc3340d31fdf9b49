using BrandContent.Auditing;
using BrandContent.Changes;
using BrandContent.Editing;
using BrandContent.Localization;
using BrandContent.Markets;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Channels;

/// <summary>A channel as an administrator writes it; <see cref="Code"/> is required to create and may not change on update.</summary>
public sealed record ChannelInput(
    string? Code, IReadOnlyDictionary<string, string> Names, ChannelKind Kind, IReadOnlyList<string> Markets, ChannelRules Rules);

/// <summary>Channels are reference data like markets: checked, audited, and announced to every server's cache.</summary>
public static class ChannelEditing
{
    public static async Task<Channel> SaveChannelAsync(
        this BrandContentDb db, string? code, ChannelInput input, EditContext edit, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var create = code is null;
        var normalized = ChannelCode.Normalize(code ?? input.Code ?? "");
        var problems = new List<FieldProblem>();
        if (create && !ChannelCode.IsWellFormed(normalized))
        {
            problems.Add(new FieldProblem("code", ValidationRule.Format, input.Code, "2-40 lowercase letters, digits and single hyphens"));
        }
        else if (!create && input.Code is not null && ChannelCode.Normalize(input.Code) != normalized)
        {
            problems.Add(new FieldProblem("input.code", ValidationRule.Format, input.Code, $"'{normalized}': a channel's code cannot change"));
        }

        var locales = (await db.Locales.Select(l => l.Tag).ToListAsync(cancellationToken)).ToHashSet();
        problems.Names(input.Names, locales, Channel.NameMaxLength);
        var markets = input.Markets.Select(MarketCode.Normalize).Distinct().ToList();
        problems.Exists("markets", markets, await db.Markets.Select(m => m.Code).ToListAsync(cancellationToken));
        problems.AddRange(ChannelRulesCheck.Problems(input.Rules));
        ValidationFailedException.ThrowIfAny(problems);

        var channel = await db.Channels.AsTracking().FirstOrDefaultAsync(c => c.Code == normalized, cancellationToken);
        if (create && channel is not null)
        {
            throw new ValidationFailedException([new FieldProblem("code", ValidationRule.Unique, normalized)]);
        }

        var before = channel is null ? null : Snapshot(channel);
        channel ??= create ? db.Channels.Add(new Channel { Code = normalized }).Entity : throw new BrandContentException(ErrorCode.ChannelNotFound, normalized);
        channel.Names = input.Names.ToDictionary(n => LocaleTag.Normalize(n.Key), n => n.Value.Trim());
        channel.Kind = input.Kind;
        channel.Markets = markets;
        channel.Rules = input.Rules with { MediaKinds = input.Rules.MediaKinds.Distinct().ToList() };
        db.Record(edit, now, "Channel", null, null, before, Snapshot(channel));
        await db.SaveChangesAsync(cancellationToken);
        await db.AnnounceAsync([ChangeTags.Everything], cancellationToken);
        return channel;
    }

    public static async Task<Channel> ArchiveChannelAsync(
        this BrandContentDb db, string code, bool archived, EditContext edit, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var normalized = ChannelCode.Normalize(code);
        var channel = await db.Channels.AsTracking().FirstOrDefaultAsync(c => c.Code == normalized, cancellationToken)
            ?? throw new BrandContentException(ErrorCode.ChannelNotFound, normalized);
        return await db.SetArchivedAsync(
            channel, archived, edit, now, "Channel", null, archivedAt => new { channel.Code, archivedAt }, cancellationToken);
    }

    /// <summary>
    /// Makes exactly <paramref name="channels"/> serve <paramref name="market"/> (from updateMarket's <c>channels</c>):
    /// the channels hold the list, so a market's channels are never stored twice.
    /// </summary>
    public static async Task ServeMarketAsync(this BrandContentDb db, string market, IReadOnlyCollection<string> channels, CancellationToken cancellationToken)
    {
        var affected = await db.Channels.AsTracking()
            .Where(c => channels.Contains(c.Code) || c.Markets.Contains(market))
            .ToListAsync(cancellationToken);
        foreach (var channel in affected)
        {
            var serves = channels.Contains(channel.Code);
            channel.Markets = serves
                ? channel.Markets.Contains(market) ? channel.Markets : [.. channel.Markets, market]
                : channel.Markets.Where(m => m != market).ToList();
        }
    }

    private static object Snapshot(Channel channel) => new { channel.Code, channel.Names, Kind = channel.Kind.ToConstantCase(), channel.Markets, channel.Rules };
}
