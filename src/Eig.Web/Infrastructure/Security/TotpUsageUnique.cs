using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using Eig.Web.Comptes;
using Microsoft.AspNetCore.Identity;

namespace Eig.Web.Infrastructure.Security;

/// <summary>
/// Identity's authenticator codes (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits), each usable once: the step of the
/// last accepted code is kept with the account (Identity's user tokens), and a code of that step or an earlier one is
/// refused, so that a code seen over someone's shoulder or replayed from a captured request does not sign in again.
/// </summary>
public sealed class TotpUsageUnique(TimeProvider time) : IUserTwoFactorTokenProvider<Utilisateur>
{
    public const string Nom = "TotpUsageUnique";
    private const string Fournisseur = "Eig";
    private const string DernierPas = "DernierPasTotp";

    public Task<string> GenerateAsync(string purpose, UserManager<Utilisateur> manager, Utilisateur user) => Task.FromResult("");

    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<Utilisateur> manager, Utilisateur user) =>
        !string.IsNullOrWhiteSpace(await manager.GetAuthenticatorKeyAsync(user));

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<Utilisateur> manager, Utilisateur user)
    {
        var key = await manager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key) || token.Length != 6 || !token.All(char.IsAsciiDigit)) return false;
        var bytes = Base32(key);
        var maintenant = time.GetUtcNow().ToUnixTimeSeconds() / 30;
        long.TryParse(await manager.GetAuthenticationTokenAsync(user, Fournisseur, DernierPas), CultureInfo.InvariantCulture, out var dernier);
        // One step either side: a phone a little ahead or behind.
        for (var pas = maintenant - 1; pas <= maintenant + 1; pas++)
        {
            if (pas <= dernier || !CryptographicOperations.FixedTimeEquals(
                    System.Text.Encoding.ASCII.GetBytes(Code(bytes, pas)), System.Text.Encoding.ASCII.GetBytes(token)))
                continue;
            // Saved with the account's concurrency stamp: two requests racing with the same code cannot both pass.
            var saved = await manager.SetAuthenticationTokenAsync(user, Fournisseur, DernierPas, pas.ToString(CultureInfo.InvariantCulture));
            return saved.Succeeded;
        }
        return false;
    }

    public static string Code(byte[] key, long pas)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, pas);
        Span<byte> hash = stackalloc byte[20];
        HMACSHA1.HashData(key, counter, hash);
        var offset = hash[^1] & 0x0F;
        var binary = (BinaryPrimitives.ReadInt32BigEndian(hash[offset..]) & 0x7FFFFFFF) % 1_000_000;
        return binary.ToString("000000", CultureInfo.InvariantCulture);
    }

    private static byte[] Base32(string input)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var output = new List<byte>(input.Length * 5 / 8);
        int buffer = 0, bits = 0;
        foreach (var ch in input.ToUpperInvariant())
        {
            var value = alphabet.IndexOf(ch);
            if (value < 0) continue;
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
