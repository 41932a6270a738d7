using Eig.Web.Infrastructure.Database;
using Eig.Web.Contenus;
using Eig.Web.Evenements;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Pages.Public.RendezVous;

/// <summary>The cancel link of the booking mail (whoever holds it). GET shows a button, POST frees the slot and sends the calendar file that removes it (<see cref="RendezVousEquipe"/>).</summary>
public class AnnulerModel(EigDbContext db, RendezVousEquipe rendezVous) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty(SupportsGet = true)] public string? Jeton { get; set; }
    public bool LienValide { get; private set; }

    private async Task<ReservationCreneau?> TrouverAsync(CancellationToken ct)
    {
        var r = await db.ReservationsCreneaux.FirstOrDefaultAsync(x => x.Id == Id, ct);
        return r is not null && !string.IsNullOrEmpty(Jeton) && AbonneNewsletter.Hash(Jeton) == r.JetonAnnulationHash ? r : null;
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
        var creneau = await db.CreneauxAppel.AsNoTracking().FirstAsync(c => c.Id == r.CreneauId, ct);
        await rendezVous.ParLaPersonneAsync(r, creneau, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Staff cancelled it at the same moment: the person already has that mail, no second one.
        }
        TempData["Succes"] = "Votre rendez-vous est annulé. Vous pouvez en réserver un autre quand vous voulez.";
        return Redirect("/rendez-vous");
    }
}
