using BrandContent.Api.Caching;
using BrandContent.Api.GraphQL.DataLoading;
using BrandContent.Localization;
using BrandContent.Posts;
using BrandContent.Schedule;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace BrandContent.Api.GraphQL.Schedule;

public static class PostSlotFields
{
    /// <summary><c>ChannelPost.slots</c>: the post's slots that are not cancelled, by due time (one statement per page of posts).</summary>
    public static void AddSlotsField(this ObjectGraphType<Localized<ChannelPost, ChannelPostVariant>> type) =>
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PostSlotType>>>>("slots")
            .Description("The post's slots that are not cancelled, by due time (needs the schedule permission; never cached, since slots fall due by themselves).")
            .Resolve(ctx =>
            {
                ctx.Answer().ChangesWithTime();
                var delivery = ctx.Delivery();
                return delivery.Load<Guid, IReadOnlyList<PostSlot>>("post-slots", ctx.Source.Entity.Id, async (ids, ct) =>
                        (await delivery.Db.PostSlots.Where(s => ids.Contains(s.PostId) && s.State != SlotState.Cancelled)
                            .OrderBy(s => s.DueAt).ThenBy(s => s.Id).ToListAsync(ct))
                        .ToLookup(s => s.PostId).ToListDictionary())
                    .Then(slots => slots ?? []);
            });
}
