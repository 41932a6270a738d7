using Eig.Web.Infrastructure.Database;
using Eig.Web.Appels;
using Eig.Web.AppelsAProjets;
using Eig.Web.Candidatures;
using Eig.Web.Evaluations;
using Eig.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Eig.Web.Infrastructure.Security;

namespace Eig.Web.Pages.EspacePorteur.Dossiers;

/// <summary>Porteur: the dossier as filed, what is missing, the co-financing estimate, the filing button, every status
/// change with its date and reason, the soutenance and the decision letter.</summary>
public class DetailsModel(EigDbContext db, DossierAcces acces, IClock clock, IAuditLog audit, AapMails mails, AapPdf pdf,
    Eig.Web.Infrastructure.Observabilite.Metriques metriques, Eig.Web.Infrastructure.Mail.AdressesEquipe equipe,
    Eig.Web.Nouveautes.SuiviDesNouveautes nouveautes) : PageModel
{
    public DossierProjet Dossier { get; private set; } = null!;
    public AppelAProjets Appel { get; private set; } = null!;
    public IReadOnlyList<string> Manques { get; private set; } = [];
    public IReadOnlyList<EstimationCofinancement> Cofinancement { get; private set; } = [];
    public List<ChangementEtatDossier> Historique { get; private set; } = [];
    public int NombrePieces { get; private set; }
    public CreneauSoutenance? Creneau { get; private set; }
    public bool DecisionPubliee { get; private set; }
    public DateTime Maintenant => clock.UtcNow;

    private async Task<bool> ChargerAsync(Guid id, CancellationToken ct)
    {
        var d = await acces.TrouverPourPorteurAsync(id, User.UtilisateurId(), ct);
        if (d is null) return false;
        Dossier = d;
        Appel = await db.AppelsAProjets.FirstAsync(a => a.Id == d.AppelId, ct);
        Manques = d.Manques();
        Cofinancement = Eig.Web.AppelsAProjets.Cofinancement.Estimer(Appel, d.NombreProfils ?? 0);
        Historique = await db.ChangementsEtatDossiers.Where(h => h.DossierId == id).OrderBy(h => h.Le).ToListAsync(ct);
        NombrePieces = await db.FichiersAap.CountAsync(f => f.DossierId == id && f.MessageId == null, ct);
        Creneau = await db.CreneauxSoutenance.FirstOrDefaultAsync(c => c.DossierId == id, ct);
        // A decision exists for the porteur only once its jury session is published.
        DecisionPubliee = EtatsDossier.EstDecide(d.Etat) && d.MotifDecision is not null;
        return true;
    }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await ChargerAsync(id, ct)) return NotFound();
        await nouveautes.VuAsync(User.UtilisateurId(), Eig.Web.Nouveautes.ObjetsSuivis.Dossier, id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostDeposerAsync(Guid id, CancellationToken ct)
    {
        if (!await ChargerAsync(id, ct)) return NotFound();
        try
        {
            Dossier.Deposer(Appel, User.UtilisateurId(), clock.UtcNow);
        }
        catch (DomainException ex)
        {
            TempData["Erreur"] = ex.Message;
            return RedirectToPage(new { id });
        }
        audit.Enregistrer("dossier.deposer", "DossierProjet", id.ToString(), Dossier.Reference);
        await mails.RecepisseAsync(Dossier, pdf.Recapitulatif(Dossier, Appel.Titre, Cofinancement), ct);
        mails.Equipe(await equipe.ToutesAsync(ct), Dossier, "nouveau dossier déposé", $"déposé le {Fr.DateEtHeure(Dossier.DeposeLe)}, il attend le début de son instruction.");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            TempData["Erreur"] = "Le dossier vient d'être modifié par une autre personne. Relisez-le avant de le déposer.";
            return RedirectToPage(new { id });
        }
        metriques.Depot("dossier");
        TempData["Succes"] = "Votre dossier est déposé. Un accusé de réception avec son récapitulatif vous est envoyé par courriel.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnGetRecapitulatifAsync(Guid id, CancellationToken ct)
    {
        if (!await ChargerAsync(id, ct)) return NotFound();
        return File(pdf.Recapitulatif(Dossier, Appel.Titre, Cofinancement), "application/pdf", $"dossier-{Dossier.Reference}.pdf");
    }

    public async Task<IActionResult> OnGetLettreAsync(Guid id, CancellationToken ct)
    {
        if (!await ChargerAsync(id, ct) || !DecisionPubliee) return NotFound();
        var profils = await db.ProfilsOctroyes.Where(p => p.DossierId == id).ToListAsync(ct);
        return File(pdf.LettreDecision(Dossier, Appel.Titre, Dossier.Etat, Dossier.MotifDecision!, profils, Dossier.DecideLe ?? clock.UtcNow),
            "application/pdf", $"decision-{Dossier.Reference}.pdf");
    }
}
