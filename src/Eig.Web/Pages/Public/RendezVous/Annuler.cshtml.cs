using Eig.Web.Infrastructure.Database;
using Eig.Web.Contenus;
using Eig.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Pages.Public.RendezVous;

/// <summary>The cancel link of the booking mail (whoever holds it). GET shows a button, POST frees the slot.</summary>
public class AnnulerModel(EigDbContext db, IAuditLog audit) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty(SupportsGet = true)] public string? Jeton { get; set; }
    public bool LienValide { get; private set; }

    private async Task<Eig.Web.Evenements.ReservationCreneau?> TrouverAsync(CancellationToken ct)
    {
        var r = await db.ReservationsCreneaux.FirstOrDefaultAsync(x => x.Id == Id, ct);
        return r is not null && !string.IsNullOrEmpty(Jeton) && AbonneNewsletter.Hash(Jeton) == r.JetonAnnulationHash ? r : null;
    }

    /// <summary>The person's cancellation (here, or with their account): the slot is free again. Not saved here.</summary>
    internal static void Annuler(EigDbContext db, IAuditLog audit, Eig.Web.Evenements.ReservationCreneau r, string details)
    {
        db.ReservationsCreneaux.Remove(r);
        audit.Enregistrer("rendezvous.annule", "CreneauAppel", r.CreneauId.ToString(), details);
    }

    public async Task OnGetAsync(CancellationToken ct) => LienValide = await TrouverAsync(ct) is not null;

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var r = await TrouverAsync(ct);
        if (r is null)
        {
            TempData["Erreur"] = "Ce lien d'annulation n'est pas valable, ou le rendez-vous est déjà annulé.";
            return Redirect("/rendez-vous");
        }
        Annuler(db, audit, r, $"{r.Email}, par la personne");
        await db.SaveChangesAsync(ct);
        TempData["Succes"] = "Votre rendez-vous est annulé. Vous pouvez en réserver un autre quand vous voulez.";
        return Redirect("/rendez-vous");
    }
}
