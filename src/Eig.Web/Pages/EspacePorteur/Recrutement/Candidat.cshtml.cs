using Eig.Web.Infrastructure.Database;
using Eig.Web.Candidatures;
using Eig.Web.Infrastructure.Audit;
using Eig.Web.Infrastructure.Mail;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Eig.Web.Infrastructure.Security;

namespace Eig.Web.Pages.EspacePorteur.Recrutement;

/// <summary>The administration reads the file of a person proposed for one of its posts and, after the second
/// interview, gives its feedback and its choice. A proposal for another administration's post answers 404.</summary>
public class CandidatModel(EigDbContext db, IClock clock, IOutbox outbox, CandidaturesMails mails, IAuditLog audit) : PageModel
{
    [BindProperty] public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        public string? Decision { get; set; }
        public string? Avis { get; set; }
    }

    public Proposition Proposition { get; private set; } = default!;
    public Candidature Candidature { get; private set; } = default!;
    public string Defi { get; private set; } = "";
    public string? Profil { get; private set; }
    public bool ACv { get; private set; }
    public Creneau? Entretien { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id) => await ChargerAsync(id) ? Page() : NotFound();

    [RefusSurLeChamp("Input.Decision")]
    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await ChargerAsync(id)) return NotFound();
        if (Input.Decision is not ("choisie" or "ecartee"))
            ModelState.AddModelError("Input.Decision", "Indiquez si vous choisissez cette personne pour la mission.");
        if (string.IsNullOrWhiteSpace(Input.Avis))
            ModelState.AddModelError("Input.Avis", "Donnez votre retour sur l'entretien.");
        else if (Input.Avis.Length > Proposition.LongueurAvis)
            ModelState.AddModelError("Input.Avis", $"Votre retour ne peut pas dépasser {Proposition.LongueurAvis} caractères.");
        if (!ModelState.IsValid) return Page();
        var choisie = Input.Decision == "choisie";
        try
        {
            Proposition.Decider(choisie, Input.Avis!, User.UtilisateurId(), clock.UtcNow);
            audit.Enregistrer(choisie ? "recrutement.choisie" : "recrutement.ecartee", "Proposition", Proposition.Id.ToString());
            var nom = $"{Candidature.Prenom} {Candidature.Nom}";
            var staff = await db.Users.Where(u => u.Id == Proposition.ProposeeParId).Select(u => u.Email).FirstOrDefaultAsync();
            if (staff is not null) outbox.Ajouter(staff, mails.DecisionAdministration(nom, Defi, choisie));
            if (!choisie) outbox.Ajouter(Candidature.Email, mails.NonChoisie(Candidature, Defi));
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            TempData["Erreur"] = "Une décision a déjà été enregistrée pour cette personne, peut-être par un collègue.";
            return RedirectToPage(new { id });
        }
        TempData["Succes"] = choisie ? "Votre choix est transmis à l'équipe du programme, qui prépare la proposition d'embauche." : "Votre retour est enregistré.";
        return RedirectToPage("/EspacePorteur/Recrutement/Index");
    }

    internal static IQueryable<Proposition> DeMesPostes(EigDbContext db, Guid moi) =>
        db.Propositions.Where(p => p.Etat != EtatProposition.Annulee && db.PostesOuverts.Any(po => po.Id == p.PosteId && po.ReferentId == moi));

    private async Task<bool> ChargerAsync(Guid id)
    {
        var p = await DeMesPostes(db, User.UtilisateurId()).FirstOrDefaultAsync(p => p.Id == id);
        if (p is null) return false;
        Proposition = p;
        Candidature = await db.Candidatures.AsNoTracking().FirstAsync(c => c.Id == p.CandidatureId);
        Defi = await db.Defis.Where(d => d.Id == p.DefiId).Select(d => d.Titre).FirstAsync();
        Profil = await db.ProfilsRecherches.Where(x => x.Id == Candidature.ProfilId).Select(x => x.Libelle).FirstOrDefaultAsync();
        ACv = await db.CvCandidatures.AnyAsync(x => x.CandidatureId == p.CandidatureId);
        Entretien = await db.Creneaux.FirstOrDefaultAsync(c => c.Type == TypeEntretien.Mission && c.DefiId == p.DefiId && c.CandidatureId == p.CandidatureId);
        return true;
    }
}
