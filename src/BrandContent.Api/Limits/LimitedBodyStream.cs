namespace BrandContent.Api.Limits;

/// <summary>
/// A request body that throws <see cref="RequestBodyTooLargeException"/> once more than <c>maxBytes</c> were read,
/// asking the inner stream for at most one byte past the limit.
/// </summary>
public sealed class LimitedBodyStream(Stream inner, long maxBytes) : Stream
{
    private long read;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => read;
        set => throw new NotSupportedException();
    }

    public override int Read(Span<byte> buffer) => Count(inner.Read(buffer[..Allowed(buffer.Length)]));

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Count(await inner.ReadAsync(buffer[..Allowed(buffer.Length)], cancellationToken));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    private int Allowed(int requested) => (int)Math.Min(requested, maxBytes - read + 1);

    private int Count(int bytes)
    {
        read += bytes;
        return read > maxBytes ? throw new RequestBodyTooLargeException(maxBytes) : bytes;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
