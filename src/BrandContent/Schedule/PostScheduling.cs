using BrandContent.Auditing;
using BrandContent.Changes;
using BrandContent.Channels;
using BrandContent.Editing;
using BrandContent.Markets;
using BrandContent.Posts;
using BrandContent.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BrandContent.Schedule;

/// <summary>
/// Sets a post's slots: the list given replaces the slots not yet posted. A slot given again (same channel, market and
/// local time) keeps its id and state, so calendars and webhooks see the same slot; slots left out are cancelled
/// (kept, so a calendar subscription learns of it); posted slots never change. New slots must lie in the future.
/// </summary>
public sealed class PostScheduling(BrandContentDb db, TimeProvider clock, IOptions<ScheduleOptions> options)
{
    public async Task<IReadOnlyList<PostSlot>> ScheduleAsync(
        Guid postId, IReadOnlyList<PostSlotInput> inputs, ScheduleScope scope, EditContext edit, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // The post's row is locked: two schedulePost calls for one post run one after the other, never interleaved.
        await db.Database.ExecuteSqlAsync($"""SELECT 1 FROM "ChannelPosts" WHERE "Id" = {postId} FOR UPDATE""", cancellationToken);
        var post = await db.ChannelPosts.FirstOrDefaultAsync(p => p.Id == postId, cancellationToken)
            ?? throw new BrandContentException(ErrorCode.NotFound, nameof(ChannelPost), postId);
        if (!scope.Brands.Includes(post.BrandId))
        {
            throw new BrandContentException(ErrorCode.OutOfScope, "brand", post.BrandId);
        }

        if (post.ArchivedAt is not null)
        {
            throw new BrandContentException(ErrorCode.Archived, nameof(ChannelPost), postId);
        }

        var wanted = await CheckAsync(post, inputs, scope, cancellationToken);
        // Locked, so that the due job and markPosted wait for this change rather than act on a slot being replaced.
        var open = await db.PostSlots
            .FromSql($"""SELECT * FROM "PostSlots" WHERE "PostId" = {postId} AND "State" IN ('Scheduled', 'Due', 'Posted') FOR UPDATE""")
            .AsTracking()
            .ToListAsync(cancellationToken);
        var before = open.Where(s => s.State != SlotState.Posted).Select(Summary).ToList();
        foreach (var slot in open.Where(s => s.State != SlotState.Posted && !wanted.Any(w => SameTime(w.Slot, s))))
        {
            slot.State = SlotState.Cancelled;
            slot.CancelledAt = now;
        }

        var added = wanted.Where(w => !open.Any(s => SameTime(w.Slot, s))).ToList();
        // A slot already scheduled may lie in the past now (it stays as it is); a new one may not.
        ValidationFailedException.ThrowIfAny(added.Where(w => w.Slot.DueAt <= now)
            .Select(w => new FieldProblem($"{w.Field}.localTime", ValidationRule.InPast, SlotTime.Format(w.Slot.LocalTime), w.Slot.TimeZone)));
        foreach (var (_, slot) in added)
        {
            slot.ScheduledBy = edit.Actor;
            slot.ScheduledAt = now;
            db.PostSlots.Add(slot);
        }

        var after = open.Where(s => s.State is SlotState.Scheduled or SlotState.Due).Concat(db.ChangeTracker.Entries<PostSlot>()
            .Where(e => e.State == EntityState.Added).Select(e => e.Entity)).Select(Summary).ToList();
        db.Record(edit, now, nameof(ChannelPost), postId, null, new { slots = before }, new { slots = after });
        await db.SaveChangesAsync(cancellationToken);
        // The post's slots are part of what delivery shows of it (ChannelPost.slots).
        await db.AnnounceBrandChangeAsync(post.BrandId, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return await db.PostSlots.Where(s => s.PostId == postId && s.State != SlotState.Cancelled)
            .OrderBy(s => s.DueAt).ThenBy(s => s.Id).ToListAsync(cancellationToken);
    }

    /// <summary>Every problem of the input at once; the slots it asks for, with their instants.</summary>
    private async Task<List<(string Field, PostSlot Slot)>> CheckAsync(
        ChannelPost post, IReadOnlyList<PostSlotInput> inputs, ScheduleScope scope, CancellationToken cancellationToken)
    {
        var problems = new List<FieldProblem>();
        if (inputs.Count > options.Value.MaxSlotsPerPost)
        {
            throw new ValidationFailedException([new FieldProblem("slots", ValidationRule.Range, 0, options.Value.MaxSlotsPerPost, inputs.Count)]);
        }

        var channelCodes = inputs.Select(i => ChannelCode.Normalize(i.Channel)).Distinct().ToArray();
        var marketCodes = inputs.Select(i => MarketCode.Normalize(i.Market)).Distinct().ToArray();
        var channels = await db.Channels.Unarchived().Where(c => channelCodes.Contains(c.Code)).ToDictionaryAsync(c => c.Code, cancellationToken);
        var markets = await db.Markets.Unarchived().Where(m => marketCodes.Contains(m.Code)).ToDictionaryAsync(m => m.Code, cancellationToken);
        var slots = new List<(string Field, PostSlot Slot)>();
        for (var i = 0; i < inputs.Count; i++)
        {
            var field = $"slots[{i}]";
            var channelCode = ChannelCode.Normalize(inputs[i].Channel);
            var marketCode = MarketCode.Normalize(inputs[i].Market);
            var channel = channels.GetValueOrDefault(channelCode);
            var market = markets.GetValueOrDefault(marketCode);
            if (channel is null)
            {
                problems.Add(new FieldProblem($"{field}.channel", ValidationRule.Reference, inputs[i].Channel));
            }
            else if (!post.Channels.Contains(channelCode))
            {
                problems.Add(new FieldProblem($"{field}.channel", ValidationRule.SlotTarget, channelCode));
            }

            if (market is null)
            {
                problems.Add(new FieldProblem($"{field}.market", ValidationRule.Reference, inputs[i].Market));
            }
            else if (!post.Markets.Contains(marketCode) || (channel is not null && !channel.Markets.Contains(marketCode)))
            {
                problems.Add(new FieldProblem($"{field}.market", ValidationRule.SlotTarget, marketCode));
            }

            if (!scope.Covers(post.BrandId, marketCode))
            {
                throw new BrandContentException(ErrorCode.OutOfScope, "market", marketCode);
            }

            if (!SlotTime.TryParse(inputs[i].LocalTime, out var local))
            {
                problems.Add(new FieldProblem($"{field}.localTime", ValidationRule.Format, inputs[i].LocalTime, "yyyy-MM-ddTHH:mm"));
                continue;
            }

            if (market is null)
            {
                continue;
            }

            var zone = market.TimeZone;
            var instant = SlotTime.Resolve(local, zone);
            switch (instant.Outcome)
            {
                case SlotTimeOutcome.UnknownZone:
                    problems.Add(new FieldProblem($"{field}.market", ValidationRule.TimeZone, zone));
                    break;
                case SlotTimeOutcome.Skipped:
                    problems.Add(new FieldProblem($"{field}.localTime", ValidationRule.TimeSkipped, SlotTime.Format(local), zone));
                    break;
                case SlotTimeOutcome.Resolved:
                    var slot = new PostSlot
                    {
                        PostId = post.Id,
                        BrandId = post.BrandId,
                        Channel = channelCode,
                        Market = marketCode,
                        LocalTime = local,
                        TimeZone = zone,
                        DueAt = instant.Instant!.Value,
                        State = SlotState.Scheduled,
                    };
                    if (slots.Any(s => SameTime(s.Slot, slot)))
                    {
                        problems.Add(new FieldProblem(field, ValidationRule.Unique, $"{channelCode} {marketCode} {SlotTime.Format(local)}"));
                    }

                    slots.Add((field, slot));
                    break;
            }
        }

        ValidationFailedException.ThrowIfAny(problems);
        return slots;
    }

    private static bool SameTime(PostSlot a, PostSlot b) => a.Channel == b.Channel && a.Market == b.Market && a.LocalTime == b.LocalTime;

    private static object Summary(PostSlot s) => new { s.Id, s.Channel, s.Market, localTime = SlotTime.Format(s.LocalTime), s.TimeZone, s.DueAt, state = s.State };
}
