using System.Buffers;

namespace BrandContent.Api.GraphQL.Http;

/// <summary>
/// A request's bytes as sent: what it is parsed from and what its cache key is hashed from. A body of ordinary size
/// sits in a pooled buffer, given back when the request is done with it (<see cref="Dispose"/>), so a cache hit reads
/// its request without allocating one.
/// </summary>
public readonly struct RequestBytes : IDisposable
{
    /// <summary>Bodies up to this size are read into pooled buffers; larger ones (imports) get their own array.</summary>
    private const int PooledUpTo = 64 * 1024;

    private readonly byte[] buffer;
    private readonly int start;
    private readonly bool pooled;

    private RequestBytes(byte[] buffer, int start, int length, bool pooled)
    {
        (this.buffer, this.start, this.pooled) = (buffer, start, pooled);
        Memory = buffer.AsMemory(start, length);
    }

    public ReadOnlyMemory<byte> Memory { get; }

    public static RequestBytes Of(byte[] bytes) => new(bytes, 0, bytes.Length, pooled: false);

    /// <summary>The same bytes less the first <paramref name="count"/> (a byte order mark), in the same buffer.</summary>
    public RequestBytes Skip(int count) => new(buffer, start + count, Memory.Length - count, pooled);

    /// <summary>The whole body; its size is limited upstream (RequestBodyLimit), so it can be held.</summary>
    public static async ValueTask<RequestBytes> ReadAsync(Stream body, long? contentLength, CancellationToken cancellationToken)
    {
        var expected = contentLength is { } known and >= 0 and <= int.MaxValue ? (int)known : -1;
        var buffer = Take(expected is >= 0 and <= PooledUpTo ? Math.Max(expected, 1) : Math.Min(Math.Max(expected, 4096), PooledUpTo));
        var length = 0;
        try
        {
            while (length != expected)
            {
                if (length == buffer.Length)
                {
                    buffer = Grow(buffer, length);
                }

                var read = await body.ReadAsync(buffer.AsMemory(length), cancellationToken);
                if (read == 0)
                {
                    break;
                }

                length += read;
            }
        }
        catch
        {
            Give(buffer);
            throw;
        }

        return new RequestBytes(buffer, 0, length, pooled: buffer.Length <= PooledUpTo);
    }

    public void Dispose()
    {
        if (pooled)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static byte[] Take(int size) => size <= PooledUpTo ? ArrayPool<byte>.Shared.Rent(size) : new byte[size];

    private static void Give(byte[] buffer)
    {
        if (buffer.Length <= PooledUpTo)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static byte[] Grow(byte[] buffer, int length)
    {
        var larger = Take(checked(buffer.Length * 2));
        buffer.AsSpan(0, length).CopyTo(larger);
        Give(buffer);
        return larger;
    }
}
