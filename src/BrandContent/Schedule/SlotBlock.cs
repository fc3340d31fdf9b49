namespace BrandContent.Schedule;

/// <summary>Why a slot cannot go out as planned; the feed lists such slots under <c>blocked</c>, never drops them.</summary>
public enum SlotBlock
{
    /// <summary>The post is archived.</summary>
    PostArchived,

    /// <summary>The channel is archived (or gone).</summary>
    ChannelArchived,

    /// <summary>The market is archived (or gone).</summary>
    MarketArchived,

    /// <summary>The post no longer targets the slot's channel or market, or the channel no longer serves the market.</summary>
    NotTargeted,

    /// <summary>No variant in the market's locale chain is published at the slot's time.</summary>
    NoPublishedVariant,

    /// <summary>The post has media and the rights of every one of them have expired by the slot's time.</summary>
    MediaRightsExpired,
}
