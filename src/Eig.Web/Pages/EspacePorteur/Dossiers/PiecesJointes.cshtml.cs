using Eig.Web.Infrastructure.Database;
using Eig.Web.AppelsAProjets;
using Eig.Web.Evaluations;
using Eig.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Eig.Web.Infrastructure.Security;
using Eig.Web.Infrastructure.Fichiers;

namespace Eig.Web.Pages.EspacePorteur.Dossiers;

/// <summary>Porteur: step 5, PDF attachments (checked by content, size-limited), then on to the summary.</summary>
// The request may be larger than the file limit, so that a too-large file gets a French message next to the field
// rather than a bare 413; beyond 64 MB the server cuts the request short.
[RequestFormLimits(MultipartBodyLengthLimit = 64 * 1024 * 1024)]
[RequestSizeLimit(64 * 1024 * 1024)]
public class PiecesJointesModel(EigDbContext db, DossierAcces acces, IClock clock, IAuditLog audit, Televersement televersement) : PageModel
{
    public const int NombreMax = 10;

    public sealed record Piece(Guid Id, string NomFichier, long Taille, DateTime DeposeLe);

    public DossierProjet Dossier { get; private set; } = null!;
    public List<Piece> Pieces { get; private set; } = [];

    [BindProperty] public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        public IFormFile? Fichier { get; set; }
    }

    private async Task<bool> ChargerAsync(Guid id, CancellationToken ct)
    {
        var d = await acces.TrouverPourPorteurAsync(id, User.UtilisateurId(), ct);
        if (d is null) return false;
        Dossier = d;
        Pieces = await db.FichiersAap.Where(f => f.DossierId == id && f.MessageId == null).OrderBy(f => f.DeposeLe)
            .Select(f => new Piece(f.Id, f.NomFichier, f.Taille, f.DeposeLe)).ToListAsync(ct);
        return true;
    }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await ChargerAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!await ChargerAsync(id, ct)) return NotFound();
        if (!Dossier.EstModifiableParLePorteur)
        {
            TempData["Erreur"] = "Ce dossier est en instruction : il ne peut plus être modifié.";
            return RedirectToPage("Details", new { id });
        }
        if (Pieces.Count >= NombreMax)
            ModelState.AddModelError("Input.Fichier", $"Un dossier compte au plus {NombreMax} pièces jointes.");
        var (recu, erreur) = await televersement.LireAsync(Input.Fichier, FichierAap.TailleMax, SorteDeFichier.Pdf, ct);
        if (erreur is not null) ModelState.AddModelError("Input.Fichier", erreur);
        if (!ModelState.IsValid) return Page();
        var maintenant = clock.UtcNow;
        var fichier = new FichierAap
        {
            DossierId = id, NomFichier = recu!.NomOriginal, Taille = recu.Contenu.Length, Contenu = recu.Contenu,
            DeposeParId = User.UtilisateurId(), DeposeLe = maintenant,
        };
        db.FichiersAap.Add(fichier);
        Dossier.EtapeAtteinte = Math.Max(Dossier.EtapeAtteinte, 5);
        Dossier.MarquerModifie(maintenant);
        audit.Enregistrer("dossier.piece-jointe", "DossierProjet", id.ToString(), fichier.NomFichier);
        await db.SaveChangesAsync(ct);
        TempData["Succes"] = $"« {fichier.NomFichier} » est ajouté au dossier.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostSupprimerAsync(Guid id, Guid fichierId, CancellationToken ct)
    {
        if (!await ChargerAsync(id, ct)) return NotFound();
        var f = await db.FichiersAap.FirstOrDefaultAsync(x => x.Id == fichierId && x.DossierId == id && x.MessageId == null, ct);
        if (f is null) return NotFound();
        if (!Dossier.EstModifiableParLePorteur)
        {
            TempData["Erreur"] = "Ce dossier est en instruction : il ne peut plus être modifié.";
            return RedirectToPage("Details", new { id });
        }
        db.FichiersAap.Remove(f);
        Dossier.MarquerModifie(clock.UtcNow);
        audit.Enregistrer("dossier.piece-jointe.supprimer", "DossierProjet", id.ToString(), f.NomFichier);
        await db.SaveChangesAsync(ct);
        TempData["Succes"] = $"« {f.NomFichier} » est retiré du dossier.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnGetTelechargerAsync(Guid id, Guid fichierId, CancellationToken ct)
    {
        if (!await ChargerAsync(id, ct)) return NotFound();
        var f = await db.FichiersAap.FirstOrDefaultAsync(x => x.Id == fichierId && x.DossierId == id, ct);
        return f is null ? NotFound() : File(f.Contenu, "application/pdf", Televersement.NomDeTelechargement("piece-jointe", f.Id));
    }
}
