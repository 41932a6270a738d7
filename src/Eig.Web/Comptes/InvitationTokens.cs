using System.Security.Cryptography;
using System.Text;

namespace Eig.Web.Comptes;

public static class InvitationTokens
{
    /// <summary>Only the hash is stored: a leaked database does not hand out invitations.</summary>
    public static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
