using Eig.Web.Extractions;
using Eig.Web.Infrastructure.Audit;
using Eig.Web.Infrastructure.Database;
using Eig.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Pages.Admin.Exports;

/// <summary>Every export the team needs, downloaded at once when small, prepared in the background (and mailed) when
/// it has more than <see cref="Exporteur.LignesMaxImmediat"/> rows or is the attachments' archive.</summary>
public class IndexModel(EigDbContext db, IAuditLog audit, IClock clock) : PageModel
{
    public sealed record Jeu(JeuDeDonnees Donnees, int Lignes, IReadOnlyList<string> Feuilles)
    {
        public bool Immediat => Lignes <= Exporteur.LignesMaxImmediat;
    }

    public List<Jeu> Jeux { get; private set; } = [];
    public List<ExportPrepare> Demandes { get; private set; } = [];
    public int PiecesJointes { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        foreach (var j in JeuxDeDonnees.Tous)
            Jeux.Add(new Jeu(j, await j.Compter(db, ct), j.Feuilles(db).Select(f => f.Nom).ToList()));
        PiecesJointes = await db.FichiersAap.CountAsync(f => f.DossierId != null, ct);
        var moi = User.UtilisateurId();
        Demandes = await db.ExportsPrepares.AsNoTracking().Where(e => e.DemandeParId == moi).OrderByDescending(e => e.DemandeLe)
            .Select(e => new ExportPrepare { Id = e.Id, Jeu = e.Jeu, Format = e.Format, DemandeLe = e.DemandeLe, Etat = e.Etat, PretLe = e.PretLe, Taille = e.Taille, Erreur = e.Erreur })
            .Take(20).ToListAsync(ct);
    }

    public string Libelle(ExportPrepare e) => JeuxDeDonnees.Trouver(e.Jeu) is { } j ? ExportsEnArrierePlan.Libelle(j, e.Format, db) : e.Jeu;

    /// <summary>A small export, written to a temporary file row by row and sent from it.</summary>
    public async Task<IActionResult> OnGetFichierAsync(string jeu, string format, CancellationToken ct)
    {
        if (JeuxDeDonnees.Trouver(jeu) is not { } j || !Exporteur.FormatValide(j, format, db)) return NotFound();
        if (format == Exporteur.Pieces || await j.Compter(db, ct) > Exporteur.LignesMaxImmediat)
        {
            TempData["Erreur"] = "Cet export est trop volumineux pour être téléchargé tout de suite : demandez sa préparation, vous recevrez un courriel.";
            return RedirectToPage();
        }
        var fichier = await Exporteur.EcrireAsync(j, format, db, ct);
        audit.Enregistrer("export.telecharge", "Export", j.Cle, format);
        await db.SaveChangesAsync(ct);
        var flux = new FileStream(fichier.Chemin, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 64 * 1024,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        return File(flux, fichier.TypeMime, fichier.NomFichier);
    }

    public async Task<IActionResult> OnPostPreparerAsync(string jeu, string format, CancellationToken ct)
    {
        if (JeuxDeDonnees.Trouver(jeu) is not { } j || !Exporteur.FormatValide(j, format, db)) return NotFound();
        var demande = new ExportPrepare { Jeu = j.Cle, Format = format, DemandeParId = User.UtilisateurId(), DemandeLe = clock.UtcNow };
        db.ExportsPrepares.Add(demande);
        audit.Enregistrer("export.demande", "Export", j.Cle, format);
        await db.SaveChangesAsync(ct);
        TempData["Succes"] = $"L'export « {ExportsEnArrierePlan.Libelle(j, format, db)} » est en préparation : vous recevrez un courriel avec le lien dès qu'il sera prêt (en général en quelques minutes).";
        return RedirectToPage();
    }
}
