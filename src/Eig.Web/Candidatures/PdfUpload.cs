namespace Eig.Web.Candidatures;

/// <summary>Reads an uploaded PDF and checks it by content (not by name or declared type), with a size limit.
/// Returns a French message for the person, or the bytes.</summary>
public static class PdfUpload
{
    private static readonly byte[] Signature = "%PDF-"u8.ToArray();

    public static async Task<(byte[]? Contenu, string? Erreur)> LireAsync(IFormFile fichier, int tailleMax, CancellationToken ct = default)
    {
        if (fichier.Length == 0)
            return (null, "Le fichier est vide.");
        if (fichier.Length > tailleMax)
            return (null, $"Le fichier dépasse la taille maximale de {tailleMax / (1024 * 1024)} Mo.");
        using var ms = new MemoryStream((int)fichier.Length);
        await fichier.CopyToAsync(ms, ct);
        var bytes = ms.ToArray();
        if (!EstPdf(bytes))
            return (null, "Le fichier n'est pas un PDF. Enregistrez votre document au format PDF puis joignez-le à nouveau.");
        return (bytes, null);
    }

    public static bool EstPdf(ReadOnlySpan<byte> contenu) => contenu.StartsWith(Signature);

    /// <summary>A file name safe to send back in a Content-Disposition header and to show.</summary>
    public static string NomSur(string? nom)
    {
        var n = Path.GetFileName(nom ?? "");
        n = new string(n.Where(c => !char.IsControl(c) && c is not ('"' or '\\' or '/')).ToArray()).Trim();
        if (n.Length == 0) n = "document.pdf";
        if (n.Length > 200) n = n[..200];
        return n.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) ? n : n + ".pdf";
    }
}
