using Eig.Web.AppelsAProjets;

namespace Eig.Web.AppelsAProjets;

/// <summary>Checks an uploaded file is a PDF by its content, not its name, and not too large.</summary>
public static class PdfUpload
{
    public static async Task<(byte[]? Contenu, string? Erreur)> LireAsync(IFormFile? fichier, CancellationToken ct = default)
    {
        if (fichier is null || fichier.Length == 0)
            return (null, "Choisissez un fichier PDF.");
        if (fichier.Length > FichierAap.TailleMax)
            return (null, $"Le fichier dépasse la taille maximale de {FichierAap.TailleMax / 1024 / 1024} Mo.");
        using var ms = new MemoryStream();
        await fichier.CopyToAsync(ms, ct);
        var contenu = ms.ToArray();
        if (contenu.Length < 5 || contenu[0] != '%' || contenu[1] != 'P' || contenu[2] != 'D' || contenu[3] != 'F' || contenu[4] != '-')
            return (null, "Le fichier n'est pas un PDF valide. Seuls les fichiers PDF sont acceptés.");
        return (contenu, null);
    }

    /// <summary>A file name safe to show and to send back in Content-Disposition.</summary>
    public static string NomSur(string? nom)
    {
        var n = Path.GetFileName(nom ?? "");
        n = new string(n.Where(c => !char.IsControl(c) && c is not ('"' or '\\' or '/')).ToArray()).Trim();
        if (n.Length == 0) n = "document.pdf";
        if (n.Length > 200) n = n[..196] + ".pdf";
        return n;
    }
}
