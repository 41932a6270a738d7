using Eig.Web.Comptes;
using Microsoft.AspNetCore.Identity;

namespace Eig.Web.Infrastructure.Security;

/// <summary>
/// ASVS 2.1: a password of 12 characters or more, with no composition rule, refused only when attackers would try it
/// first: it is in the list shipped with the platform (common words and names with the usual endings, keyboard rows,
/// sequences; no network call), it repeats a short pattern ("abcabcabcabc"), or it contains the account's address.
/// </summary>
public sealed class MotsDePasseCourants : IPasswordValidator<Utilisateur>
{
    public const string Message = "Ce mot de passe est trop courant : les attaquants l'essaient en premier. Choisissez-en un autre, par exemple une phrase de plusieurs mots.";

    private static readonly Lazy<HashSet<string>> Liste = new(() =>
    {
        using var stream = typeof(MotsDePasseCourants).Assembly.GetManifestResourceStream("mots-de-passe-courants.txt")
            ?? throw new InvalidOperationException("La liste des mots de passe courants manque à l'assemblage.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
            if (line.Length > 0) set.Add(line);
        return set;
    });

    public static bool EstCourant(string motDePasse, string? email = null)
    {
        var p = motDePasse.Trim().ToLowerInvariant();
        if (Liste.Value.Contains(p)) return true;
        for (var n = 1; n <= 4; n++)
            if (p.Length % n == 0 && p.Length > n && string.Concat(Enumerable.Repeat(p[..n], p.Length / n)) == p) return true;
        var local = email?.Split('@')[0].ToLowerInvariant();
        return local is { Length: >= 4 } && p.Contains(local, StringComparison.Ordinal) && p.Length - local.Length < 6;
    }

    public Task<IdentityResult> ValidateAsync(UserManager<Utilisateur> manager, Utilisateur user, string? password) =>
        Task.FromResult(password is not null && EstCourant(password, user.Email)
            ? IdentityResult.Failed(new IdentityError { Code = "PasswordCommon", Description = Message })
            : IdentityResult.Success);
}
