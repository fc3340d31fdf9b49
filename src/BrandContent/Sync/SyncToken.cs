using System.Buffers.Binary;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace BrandContent.Sync;

public enum SyncPhase : byte
{
    /// <summary>Paging through every live object; <see cref="SyncPosition.From"/> is the horizon the delta starts from.</summary>
    Initial = 1,

    /// <summary>The changes of transactions in [From, To); To is 0 until the first page of the delta fixes it.</summary>
    Delta = 2,
}

/// <summary>Where a client is: the phase, the transaction horizon(s), and the last (kind, id) of the page it got.</summary>
public sealed record SyncPosition(SyncPhase Phase, long From, long To, int KindIndex, Guid? After)
{
    public static SyncPosition DeltaFrom(long horizon) => new(SyncPhase.Delta, horizon, 0, -1, null);
}

/// <summary>
/// A sync token: base64url of a versioned payload (phase, horizons, cursor, the brand and a hash of the selection)
/// and its HMAC-SHA256 under the deployment's key (<see cref="SyncState.SigningKey"/>), so a token is valid on every
/// process and after a restart, and a changed byte or a token of other arguments is SYNC_TOKEN_INVALID.
/// </summary>
public static class SyncToken
{
    private const byte Version = 1;
    private const int PayloadLength = 1 + 1 + 16 + 16 + 8 + 8 + 4 + 16;
    private const int MacLength = 32;

    /// <summary>Longer text is not a token; refused before it is decoded.</summary>
    public const int MaxLength = 256;

    public static string Write(SyncPosition position, Guid brandId, string selection, byte[] key)
    {
        var bytes = new byte[PayloadLength + MacLength];
        var payload = bytes.AsSpan(0, PayloadLength);
        payload[0] = Version;
        payload[1] = (byte)position.Phase;
        brandId.TryWriteBytes(payload[2..18]);
        SelectionHash(selection).CopyTo(payload[18..34]);
        BinaryPrimitives.WriteInt64BigEndian(payload[34..42], position.From);
        BinaryPrimitives.WriteInt64BigEndian(payload[42..50], position.To);
        BinaryPrimitives.WriteInt32BigEndian(payload[50..54], position.KindIndex);
        (position.After ?? Guid.Empty).TryWriteBytes(payload[54..70]);
        HMACSHA256.HashData(key, payload, bytes.AsSpan(PayloadLength));
        return Base64Url.EncodeToString(bytes);
    }

    /// <summary>The position in <paramref name="token"/>, or SYNC_TOKEN_INVALID when it is not one of ours for these arguments.</summary>
    public static SyncPosition Read(string token, Guid brandId, string selection, byte[] key)
    {
        var bytes = new byte[PayloadLength + MacLength];
        if (token.Length > MaxLength
            || !Base64Url.IsValid(token, out var length) || length != bytes.Length
            || Base64Url.DecodeFromChars(token, bytes) != bytes.Length)
        {
            throw Invalid();
        }

        var payload = bytes.AsSpan(0, PayloadLength);
        if (!CryptographicOperations.FixedTimeEquals(HMACSHA256.HashData(key, payload), bytes.AsSpan(PayloadLength))
            || payload[0] != Version
            || new Guid(payload[2..18]) != brandId
            || !payload[18..34].SequenceEqual(SelectionHash(selection))
            || !Enum.IsDefined((SyncPhase)payload[1]))
        {
            throw Invalid();
        }

        var after = new Guid(payload[54..70]);
        return new SyncPosition(
            (SyncPhase)payload[1],
            BinaryPrimitives.ReadInt64BigEndian(payload[34..42]),
            BinaryPrimitives.ReadInt64BigEndian(payload[42..50]),
            BinaryPrimitives.ReadInt32BigEndian(payload[50..54]),
            after == Guid.Empty ? null : after);
    }

    private static BrandContentException Invalid() => new(ErrorCode.SyncTokenInvalid);

    private static byte[] SelectionHash(string selection) => SHA256.HashData(Encoding.UTF8.GetBytes(selection))[..16];
}
