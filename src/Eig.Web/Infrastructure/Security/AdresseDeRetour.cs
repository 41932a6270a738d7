using System.Security.Claims;
using Eig.Web.Comptes;

namespace Eig.Web.Infrastructure.Security;

/// <summary>The one check of a "return URL" (after sign-in, second factor, confirmation…): only a path of this site
/// comes back; anything a browser could resolve to another site falls back to the person's home.</summary>
public static class AdresseDeRetour
{
    /// <summary>The path itself when it is a plain local path, else null. Browsers drop tabs and line breaks inside
    /// URLs and read a backslash as a slash, so "/%09/evil.example" or "/\evil.example" would leave the site: any
    /// control or invisible format character, any backslash, "//" at the start, or a scheme is refused.</summary>
    public static string? Locale(string? url)
    {
        if (string.IsNullOrEmpty(url) || url.Length > 2048) return null;
        if (url[0] != '/') return null;
        foreach (var c in url)
        {
            if (char.IsControl(c) || c == '\\' || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.Format
                    or System.Globalization.UnicodeCategory.LineSeparator or System.Globalization.UnicodeCategory.ParagraphSeparator)
                return null;
        }
        if (url.Length > 1 && url[1] is '/') return null;
        // "/%2F%2Fevil" is harmless as sent, but a page that decodes it once more must not find "//" either.
        var decode = Uri.UnescapeDataString(url);
        if (decode.Length > 1 && (decode[1] is '/' or '\\') || decode.Any(c => char.IsControl(c) || c == '\\')) return null;
        if (!Uri.TryCreate(url, UriKind.Relative, out _)) return null;
        return url;
    }

    /// <summary>Where to go: the local return path if valid, else the home of the person's role.</summary>
    public static string Ou(string? url, ClaimsPrincipal user) => Locale(url) ?? Accueil(user);

    /// <summary>The page a role starts from.</summary>
    public static string Accueil(ClaimsPrincipal user) =>
        user.IsInRole(Roles.Staff) ? "/admin"
        : user.IsInRole(Roles.Jury) ? "/jury"
        : user.IsInRole(Roles.Evaluateur) ? "/evaluation"
        : user.IsInRole(Roles.Porteur) ? "/espace-porteur/dossiers"
        : user.IsInRole(Roles.Candidat) ? "/espace-candidat"
        : "/compte";

    /// <summary>The home of someone just signed in, before the new cookie is read back (roles from the store).</summary>
    public static string Accueil(IList<string> roles) =>
        Accueil(new ClaimsPrincipal(new ClaimsIdentity(roles.Select(r => new Claim(ClaimTypes.Role, r)), "roles")));
}
