using System.Security.Cryptography;

namespace BrandContent.Storage;

/// <summary>
/// New ids: time-ordered UUIDv7 (RFC 9562), as <see cref="Guid.CreateVersion7()"/> makes them, with the random part
/// from the process's cryptographic generator, drawn a batch at a time. Guid.NewGuid reads the kernel's random device
/// on every call on Linux; every entity gets an id when it is constructed, and EF constructs one for each row it
/// reads, so a list of 20 stories with their variants and pillars paid for dozens of system calls per request.
/// </summary>
public static class TimeOrderedId
{
    private const int RandomBytes = 10;
    private const int Batch = 100 * RandomBytes;

    [ThreadStatic]
    private static byte[]? random;

    [ThreadStatic]
    private static int used;

    public static Guid New() => New(DateTimeOffset.UtcNow);

    public static Guid New(DateTimeOffset at)
    {
        Span<byte> bytes = stackalloc byte[16];
        var pool = random;
        if (pool is null || used == Batch)
        {
            pool = random ??= new byte[Batch];
            RandomNumberGenerator.Fill(pool);
            used = 0;
        }

        pool.AsSpan(used, RandomBytes).CopyTo(bytes[6..]);
        used += RandomBytes;
        var milliseconds = at.ToUnixTimeMilliseconds();
        for (var i = 0; i < 6; i++)
        {
            bytes[i] = (byte)(milliseconds >> (8 * (5 - i)));
        }

        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x70); // version 7
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // variant 10
        return new Guid(bytes, bigEndian: true);
    }
}
