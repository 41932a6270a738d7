namespace Eig.Web.Contenus;

/// <summary>A permanent redirect from an address of the program's former site (or one staff added) to its page
/// here. The import fills it from every file it reads; <see cref="Source"/> is kept normalised
/// (<see cref="Normaliser"/>) so that "/defis/Défi-Santé/" and "/defis/d%C3%A9fi-sant%C3%A9" find the same row.</summary>
public class Redirection
{
    public const int Longueur = 400;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public string Source { get; set; } = "";
    public string Cible { get; set; } = "";
    /// <summary>Added by staff (kept by re-imports) rather than by the import.</summary>
    public bool Manuelle { get; set; }
    public DateTime CreeLe { get; set; }

    /// <summary>Lower case, decoded, composed (NFC), without trailing slash or query: the form both the table
    /// and the incoming request are compared in.</summary>
    public static string Normaliser(string chemin)
    {
        var c = chemin.Trim();
        // A full address of the former site: only its path counts.
        if (Uri.TryCreate(c, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https") c = uri.AbsolutePath;
        var q = c.IndexOfAny(['?', '#']);
        if (q >= 0) c = c[..q];
        try { c = Uri.UnescapeDataString(c); } catch (UriFormatException) { }
        c = c.Normalize(System.Text.NormalizationForm.FormC).ToLowerInvariant();
        if (!c.StartsWith('/')) c = "/" + c;
        if (c.EndsWith("/index.html", StringComparison.Ordinal)) c = c[..^"index.html".Length];
        return c.Length > 1 ? c.TrimEnd('/') : c;
    }

    /// <summary>A target is a path of this site: no scheme, no protocol-relative address (never an open redirect).</summary>
    public static bool CibleValide(string cible) =>
        cible.StartsWith('/') && !cible.StartsWith("//", StringComparison.Ordinal) && !cible.StartsWith("/\\", StringComparison.Ordinal)
        && cible.Length <= Longueur;
}
