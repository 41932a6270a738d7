using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using Eig.Web.Infrastructure.Database;
using Eig.Web.Contenus;
using Eig.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Eig.Web.Infrastructure.Fichiers;

namespace Eig.Web.Pages.Admin.Contenus;

/// <summary>Staff (with 2FA): the media library. Images (PNG, JPEG, GIF, WebP, SVG once sanitized) and PDFs,
/// recognised by their content, 5 Mo at most; a whole folder as a zip on /admin/contenus/medias/import; served at /img/&lt;nom&gt;, the address the program's files already use.</summary>
[RequestSizeLimit(Media.TailleMax + 64 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = Media.TailleMax + 64 * 1024)]
public partial class MediasModel(EigDbContext db, IClock clock, IAuditLog audit, Televersement televersement) : PageModel
{
    public sealed class InputModel
    {
        [Required(ErrorMessage = "Choisissez un fichier.")]
        public IFormFile? Fichier { get; set; }

        [StringLength(200, ErrorMessage = "Le nom ne peut pas dépasser 200 caractères.")]
        public string? Nom { get; set; }

        [StringLength(300, ErrorMessage = "Le texte alternatif ne peut pas dépasser 300 caractères.")]
        public string? TexteAlternatif { get; set; }
    }

    public sealed record Ligne(Guid Id, string Nom, string TypeMime, int Taille, string? TexteAlternatif, DateTime AjouteLe);

    [BindProperty] public InputModel Input { get; set; } = new();
    public IReadOnlyList<Ligne> Medias { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await ChargerAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var f = Input.Fichier!;
            var nom = Normaliser(string.IsNullOrWhiteSpace(Input.Nom) ? Path.GetFileName(f.FileName) : Input.Nom);
            if (nom.Length == 0) ModelState.AddModelError("Input.Nom", "Donnez un nom de fichier, par exemple defis/mon-image.png.");
            else if (await db.Medias.AnyAsync(m => m.Nom == nom, ct)) ModelState.AddModelError("Input.Nom", $"Un fichier s'appelle déjà « {nom} » : supprimez-le d'abord ou choisissez un autre nom.");
            else
            {
                // SVG is text, not a format the one upload check knows: it is sanitized instead (scripts, events and
                // outside references removed); every other file goes through that check (structure, active content,
                // antivirus).
                using var ms = new MemoryStream();
                await f.CopyToAsync(ms, ct);
                byte[]? octets = null;
                string? type = null;
                if (Televersement.TypeReconnu(ms.GetBuffer().AsSpan(0, (int)ms.Length)) is null && SvgSanitizer.RessembleASvg(ms.ToArray()))
                {
                    var (svg, propre, raison) = MediaImporter.Verifier(nom, ms.ToArray());
                    if (svg is null) ModelState.AddModelError("Input.Fichier", $"Cette image SVG n'est pas lisible ({raison}).");
                    else (octets, type) = (propre, svg);
                }
                else
                {
                    var (recu, erreur) = await televersement.LireAsync(f, Media.TailleMax, SorteDeFichier.ImageOuPdf, ct);
                    if (erreur is not null) ModelState.AddModelError("Input.Fichier", erreur);
                    else (octets, type) = (recu!.Contenu, recu.TypeMime);
                }
                if (octets is not null && type is not null)
                {
                    var media = new Media { Nom = nom, TexteAlternatif = Input.TexteAlternatif?.Trim(), AjouteLe = clock.UtcNow };
                    media.Remplacer(type, octets);
                    db.Medias.Add(media);
                    audit.Enregistrer("contenus.media.ajout", "Media", nom, $"{type}, {octets.Length} octets");
                    await db.SaveChangesAsync(ct);
                    TempData["Succes"] = $"« {nom} » est en ligne à l'adresse /img/{nom}.";
                    return RedirectToPage();
                }
            }
        }
        await ChargerAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostSupprimerAsync(Guid id, CancellationToken ct)
    {
        var m = await db.Medias.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (m is null) return NotFound();
        db.Medias.Remove(m);
        audit.Enregistrer("contenus.media.suppression", "Media", m.Nom);
        await db.SaveChangesAsync(ct);
        TempData["Succes"] = $"« {m.Nom} » est supprimé.";
        return RedirectToPage();
    }

    private async Task ChargerAsync(CancellationToken ct) =>
        Medias = await db.Medias.AsNoTracking().OrderBy(m => m.Nom)
            .Select(m => new Ligne(m.Id, m.Nom, m.TypeMime, m.Taille, m.TexteAlternatif, m.AjouteLe)).ToListAsync(ct);

    /// <summary>Lower case letters, digits, dot, dash, underscore and folder slashes; no "..", no leading slash.</summary>
    public static string Normaliser(string nom)
    {
        var n = NonPermis().Replace(nom.Trim().ToLowerInvariant().Replace('\\', '/').Replace(' ', '-'), "");
        n = string.Join('/', n.Split('/', StringSplitOptions.RemoveEmptyEntries).Where(s => s != "." && s != ".."));
        return n.StartsWith("img/", StringComparison.Ordinal) ? n[4..] : n;
    }

    [GeneratedRegex("[^a-z0-9._/-]")]
    private static partial Regex NonPermis();
}
