namespace BrandContent.Channels;

/// <summary>What sort of outlet a channel is; the plans name social networks, portals, loudspeaker radio, banners, the press and newsletters.</summary>
public enum ChannelKind
{
    Social,
    Web,
    Radio,
    Print,
    Press,
    Email,
}
