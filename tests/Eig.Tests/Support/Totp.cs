using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Eig.Tests.Support;

/// <summary>RFC 6238 time-based codes as an authenticator app computes them (HMAC-SHA1, 30 s steps, 6 digits),
/// from the base32 key that Identity's authenticator token provider stores.</summary>
public static class Totp
{
    public static string Code(string base32Key, DateTimeOffset? at = null, int digits = 6) =>
        Code(Base32Decode(base32Key), at ?? DateTimeOffset.UtcNow, digits);

    public static string Code(byte[] key, DateTimeOffset at, int digits = 6)
    {
        var step = (ulong)(at.ToUnixTimeSeconds() / 30);
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteUInt64BigEndian(counter, step);
        Span<byte> hash = stackalloc byte[20];
        HMACSHA1.HashData(key, counter, hash);
        var offset = hash[^1] & 0x0F;
        var binary = (BinaryPrimitives.ReadInt32BigEndian(hash[offset..]) & 0x7FFFFFFF) % (int)Math.Pow(10, digits);
        return binary.ToString(new string('0', digits), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>RFC 4648 base32 (A–Z, 2–7); spaces, dashes and padding ignored, any case.</summary>
    public static byte[] Base32Decode(string input)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var output = new List<byte>(input.Length * 5 / 8);
        int buffer = 0, bits = 0;
        foreach (var ch in input.ToUpperInvariant())
        {
            if (ch is ' ' or '-' or '=') continue;
            var value = alphabet.IndexOf(ch);
            if (value < 0) throw new FormatException($"Caractère base32 invalide : {ch}");
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                output.Add((byte)(buffer >> bits));
                buffer &= (1 << bits) - 1;
            }
        }
        return [.. output];
    }
}
