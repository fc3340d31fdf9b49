using BrandContent.Storage;

namespace BrandContent.Tests.Storage;

public sealed class TimeOrderedIdTests
{
    [Fact]
    public void A_new_id_is_a_version_7_uuid_carrying_its_millisecond_and_sorting_with_it()
    {
        var at = new DateTimeOffset(2026, 11, 29, 12, 0, 0, TimeSpan.Zero);
        var id = TimeOrderedId.New(at);
        var later = TimeOrderedId.New(at.AddMilliseconds(1));

        Assert.Equal(7, id.Version);
        Assert.Equal(0x8, id.Variant & 0xC); // RFC 9562: variant bits 10
        Span<byte> bytes = stackalloc byte[16];
        Assert.True(id.TryWriteBytes(bytes, bigEndian: true, out _));
        Assert.Equal(at.ToUnixTimeMilliseconds(), ((long)bytes[0] << 40) | ((long)bytes[1] << 32) | ((long)bytes[2] << 24) | ((long)bytes[3] << 16) | ((long)bytes[4] << 8) | bytes[5]);
        Assert.True(string.CompareOrdinal(id.ToString(), later.ToString()) < 0);
    }

    [Fact]
    public void Ids_made_in_the_same_millisecond_differ()
    {
        var at = DateTimeOffset.UtcNow;
        var ids = Enumerable.Range(0, 10_000).Select(_ => TimeOrderedId.New(at)).ToHashSet();

        Assert.Equal(10_000, ids.Count);
    }
}
