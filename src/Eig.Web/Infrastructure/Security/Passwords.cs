using System.Security.Cryptography;

namespace Eig.Web.Infrastructure.Security;

public static class Passwords
{
    private const string Alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /// <summary>A random password for generated accounts: 20 characters, no look-alike letters.</summary>
    public static string Generate(int length = 20) =>
        string.Create(length, 0, (span, _) =>
        {
            for (var i = 0; i < span.Length; i++) span[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        });
}
