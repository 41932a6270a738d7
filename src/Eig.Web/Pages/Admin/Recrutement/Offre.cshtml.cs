using Eig.Web.Infrastructure.Database;
using Eig.Web.Candidatures;
using Eig.Web.Promotions;
using Eig.Web.Infrastructure.Audit;
using Eig.Web.Infrastructure.Mail;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Eig.Web.Infrastructure.Security;

namespace Eig.Web.Pages.Admin.Recrutement;

/// <summary>Staff: the hiring offer after the administration's choice. The pay comes from the call's grid and the
/// person's experience, and the page shows the rule applied; staff set the start date and the contract length.</summary>
public class OffreModel(EigDbContext db, IClock clock, IOutbox outbox, CandidaturesMails mails, IAuditLog audit) : PageModel
{
    [BindProperty] public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        public int DureeMois { get; set; } = Offre.DureeMinimaleMois;
        public DateOnly? DateDebut { get; set; }
    }

    public Proposition Proposition { get; private set; } = default!;
    public Candidature Candidature { get; private set; } = default!;
    public Defi Defi { get; private set; } = default!;
    public Remuneration? Remuneration { get; private set; }
    public GrilleRemuneration Grille { get; private set; } = GrilleRemuneration.Promotion7;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await ChargerAsync(id)) return NotFound();
        Input.DateDebut ??= DateOnly.FromDateTime(clock.UtcNow).AddMonths(1);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await ChargerAsync(id)) return NotFound();
        if (Input.DateDebut is null) ModelState.AddModelError("Input.DateDebut", "Indiquez la date de début du contrat.");
        if (!ModelState.IsValid) return Page();
        var now = clock.UtcNow;
        var active = await db.Offres.AnyAsync(o => o.CandidatureId == Candidature.Id && o.Etat == EtatOffre.Envoyee);
        try
        {
            var offre = Offre.Proposer(Candidature, Proposition, Grille, Input.DureeMois, Input.DateDebut!.Value, active, User.UtilisateurId(), now);
            db.Offres.Add(offre);
            outbox.Ajouter(Candidature.Email, mails.Offre(Candidature, offre, Defi.Titre, Defi.Administration));
            audit.Enregistrer("recrutement.offre-envoyee", "Offre", offre.Id.ToString(),
                $"{Candidature.Id} — {offre.SalaireNetMensuel} € + {offre.PartVariablePourcent} % — {offre.DureeMois} mois dès le {Fr.Date(offre.DateDebut)}");
            await db.SaveChangesAsync();
        }
        catch (DomainException ex)
        {
            ModelState.AddModelError(ex.Message.Contains("mois") ? "Input.DureeMois" : ex.Message.Contains("date") ? "Input.DateDebut" : "", ex.Message);
            return Page();
        }
        catch (DbUpdateException)
        {
            // The filtered unique index: another offer was sent at the same moment.
            ModelState.AddModelError("", "Cette personne a déjà une offre en attente de réponse.");
            return Page();
        }
        TempData["Succes"] = "La proposition d'embauche est envoyée.";
        return RedirectToPage("/Admin/Recrutement/Poste", new { id = Proposition.PosteId });
    }

    private async Task<bool> ChargerAsync(Guid id)
    {
        var p = await db.Propositions.FirstOrDefaultAsync(p => p.Id == id);
        if (p is null) return false;
        Proposition = p;
        Candidature = await db.Candidatures.FirstAsync(c => c.Id == p.CandidatureId);
        Defi = await db.Defis.FirstAsync(d => d.Id == p.DefiId);
        var appel = await db.AppelsACandidatures.FirstAsync(a => a.Id == Candidature.AppelId);
        Grille = appel.Grille;
        Remuneration = Candidature.AnneesExperience is { } a ? Grille.Calculer(a) : null;
        return true;
    }
}
