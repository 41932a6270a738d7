using Eig.Web.Infrastructure.Database;
using Eig.Web.Candidatures;
using Eig.Web.Promotions;
using Eig.Web.Infrastructure.Audit;
using Eig.Web.Infrastructure.Mail;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Eig.Web.Infrastructure.Security;

namespace Eig.Web.Pages.EspaceCandidat;

/// <summary>The candidate reads the hiring offer (pay and the rule applied, contract, start date, administration and
/// défi) and accepts or declines it. Accepting hires them, adds them to the défi's team, cancels their other
/// proposals and sends the mission letter. Someone else's offer answers 404.</summary>
public class OffreModel(EigDbContext db, IClock clock, IOutbox outbox, CandidaturesMails mails, IAuditLog audit, Equipes equipes, Eig.Web.Contenus.Site.CachePublic cache) : PageModel
{
    public Offre Offre { get; private set; } = default!;
    public Candidature Candidature { get; private set; } = default!;
    public Defi Defi { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(Guid id) => await ChargerAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAccepterAsync(Guid id)
    {
        if (!await ChargerAsync(id)) return NotFound();
        var now = clock.UtcNow;
        await using var tx = await db.Database.BeginTransactionAsync();
        try
        {
            Offre.Accepter(Candidature, now);
            foreach (var p in await db.Propositions.Where(p => p.CandidatureId == Candidature.Id && p.Etat == EtatProposition.Proposee).ToListAsync())
                p.Annuler(now);
            var profil = await db.ProfilsRecherches.Where(p => p.Id == Candidature.ProfilId).Select(p => p.Libelle).FirstAsync();
            await equipes.AccueillirAsync(Candidature, Defi, profil, Offre.DateDebut, now);
            var pdf = LettreDeMission.Generer(Contenu(profil, now));
            outbox.Ajouter(Candidature.Email, mails.LettreDeMission(Candidature, Defi.Titre),
                new OutboxAttachment { NomFichier = "lettre-de-mission.pdf", TypeMime = "application/pdf", Contenu = pdf });
            await PrevenirAsync(acceptee: true);
            audit.Enregistrer("recrutement.offre-acceptee", "Offre", Offre.Id.ToString(), $"{Candidature.Id} rejoint le défi {Defi.Id}");
            await db.SaveChangesAsync();
            await tx.CommitAsync();
            // The défi page, the talents directory and the figures now show the new EIG.
            await cache.ViderAsync();
        }
        catch (DomainException ex)
        {
            TempData["Erreur"] = ex.Message;
            return RedirectToPage(new { id });
        }
        catch (DbUpdateConcurrencyException)
        {
            TempData["Erreur"] = "Vous avez déjà répondu à cette offre.";
            return RedirectToPage(new { id });
        }
        TempData["Succes"] = "Bienvenue dans le programme ! Votre lettre de mission est disponible ci-dessous et vous a été envoyée.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostDeclinerAsync(Guid id)
    {
        if (!await ChargerAsync(id)) return NotFound();
        try
        {
            Offre.Decliner(clock.UtcNow);
            await PrevenirAsync(acceptee: false);
            audit.Enregistrer("recrutement.offre-declinee", "Offre", Offre.Id.ToString(), Candidature.Id.ToString());
            await db.SaveChangesAsync();
        }
        catch (DomainException ex)
        {
            TempData["Erreur"] = ex.Message;
            return RedirectToPage(new { id });
        }
        catch (DbUpdateConcurrencyException)
        {
            TempData["Erreur"] = "Vous avez déjà répondu à cette offre.";
            return RedirectToPage(new { id });
        }
        TempData["Succes"] = "Vous avez décliné la proposition. Vous restez dans le vivier.";
        return RedirectToPage("/EspaceCandidat/Index");
    }

    internal ContenuLettreDeMission Contenu(string profil, DateTime etablieLe) => new(
        $"{Candidature.Prenom} {Candidature.Nom}", profil, Defi.Titre, Defi.Administration, Offre.DateDebut, Offre.DureeMois,
        Offre.SalaireNetMensuel, Offre.PartVariablePourcent, Offre.RegleAppliquee, etablieLe, Offre.Id);

    private async Task PrevenirAsync(bool acceptee)
    {
        var nom = $"{Candidature.Prenom} {Candidature.Nom}";
        var staff = await db.Users.Where(u => u.Id == Offre.EnvoyeeParId).Select(u => u.Email).FirstOrDefaultAsync();
        if (staff is not null) outbox.Ajouter(staff, mails.ReponseOffre(nom, Defi.Titre, acceptee));
        if (acceptee)
        {
            var referent = await db.Propositions.Where(p => p.Id == Offre.PropositionId)
                .Join(db.PostesOuverts, p => p.PosteId, po => po.Id, (p, po) => po.ReferentId)
                .Join(db.Users, r => r, u => u.Id, (r, u) => u.Email).FirstOrDefaultAsync();
            if (referent is not null) outbox.Ajouter(referent, mails.ReponseOffre(nom, Defi.Titre, true));
        }
    }

    internal async Task<bool> ChargerAsync(Guid id)
    {
        var moi = User.UtilisateurId();
        var o = await db.Offres.FirstOrDefaultAsync(o => o.Id == id && db.Candidatures.Any(c => c.Id == o.CandidatureId && c.CandidatId == moi));
        if (o is null) return false;
        Offre = o;
        Candidature = await db.Candidatures.FirstAsync(c => c.Id == o.CandidatureId);
        Defi = await db.Defis.FirstAsync(d => d.Id == o.DefiId);
        return true;
    }
}
