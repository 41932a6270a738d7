using Eig.Web.Infrastructure.Database;
using Eig.Web.Appels;
using Eig.Web.AppelsAProjets;
using Eig.Web.Candidatures;
using Eig.Web.Evaluations;
using Eig.Web.Evenements;
using Eig.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Eig.Web.Infrastructure.Security;

namespace Eig.Web.Pages.Admin.AppelsAProjets;

/// <summary>Staff: soutenance slots of a call; pre-selected porteurs book them, or staff assign one, and a booking to
/// come opens the page that moves it.</summary>
public class SoutenancesModel(EigDbContext db, IClock clock, IAuditLog audit, ReservationsSoutenances reservations) : PageModel, IPublieCreneaux
{
    public sealed record Ligne(Guid Id, DateTime Debut, int Duree, string Lieu, int DelaiHeures, Guid? DossierId, string? Dossier);

    public AppelAProjets Appel { get; private set; } = null!;
    public DateTime Maintenant => clock.UtcNow;
    public List<Ligne> Creneaux { get; private set; } = [];
    public List<SelectListItem> DossiersSansCreneau { get; private set; } = [];
    public List<SelectListItem> CreneauxLibres { get; private set; } = [];
    public string? CreneauId { get; private set; }
    public string? DossierId { get; private set; }

    [BindProperty] public SaisieCreneaux Serie { get; set; } = new() { Duree = 45 };
    public RegleCreneaux Regle => Regles;

    /// <summary>Soutenances last 10 minutes to 4 hours, in a place or by video; the porteur may change or cancel them
    /// online until the delay the series sets, as for interviews.</summary>
    public static readonly RegleCreneaux Regles = new(DureeMin: 10, DureeMax: 240, NombreMax: 24, LongueurLieu: CreneauSoutenance.LongueurLieu,
        DelaiMaxHeures: Creneau.DelaiMaxHeures);

    private async Task<bool> ChargerAsync(Guid id, CancellationToken ct)
    {
        var a = await db.AppelsAProjets.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (a is null) return false;
        Appel = a;
        Creneaux = await db.CreneauxSoutenance.Where(c => c.AppelId == id).OrderBy(c => c.Debut)
            .Select(c => new Ligne(c.Id, c.Debut, c.DureeMinutes, c.Lieu, c.DelaiModificationHeures, c.DossierId,
                db.DossiersProjets.Where(d => d.Id == c.DossierId).Select(d => d.Titre + " — " + d.Administration).FirstOrDefault()))
            .ToListAsync(ct);
        DossiersSansCreneau = await db.DossiersProjets
            .Where(d => d.AppelId == id && d.Etat == EtatDossier.PreSelectionne && !db.CreneauxSoutenance.Any(c => c.DossierId == d.Id))
            .OrderBy(d => d.Numero).Select(d => new { d.Id, d.Titre, d.Administration }).AsAsyncEnumerable()
            .Select(d => new SelectListItem(d.Titre + " — " + d.Administration, d.Id.ToString())).ToListAsync(ct);
        var maintenant = clock.UtcNow;
        CreneauxLibres = Creneaux.Where(c => c.DossierId is null && c.Debut > maintenant)
            .Select(c => new SelectListItem($"{Fr.DateEtHeure(c.Debut)} — {c.Lieu}", c.Id.ToString())).ToList();
        CreneauId = CreneauxLibres.FirstOrDefault()?.Value;
        DossierId = DossiersSansCreneau.FirstOrDefault()?.Value;
        return true;
    }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await ChargerAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!await ChargerAsync(id, ct)) return NotFound();
        var publies = await db.CreneauxSoutenance.Where(c => c.AppelId == id)
            .Select(c => new { c.Debut, c.DureeMinutes }).ToListAsync(ct);
        var erreurs = new List<ErreurSaisie>();
        var serie = PublicationCreneaux.Preparer(Serie, Regle, clock.UtcNow, publies.Select(c => (c.Debut, c.Debut.AddMinutes(c.DureeMinutes))), erreurs);
        if (erreurs.Count > 0)
        {
            foreach (var e in erreurs) ModelState.AddModelError($"{nameof(Serie)}.{e.Champ}", e.Message);
            return Page();
        }
        foreach (var c in serie)
            db.CreneauxSoutenance.Add(new CreneauSoutenance { AppelId = id, Debut = c.Debut, DureeMinutes = c.DureeMinutes, Lieu = Serie.Lieu!.Trim(), DelaiModificationHeures = Regle.Delai(Serie) });
        audit.Enregistrer("soutenance.creneau", "AppelAProjets", id.ToString(), $"{Fr.Nombre(serie.Count, "créneau", "créneaux")} à partir du {Fr.DateEtHeure(serie[0].Debut)}");
        await db.SaveChangesAsync(ct);
        TempData["Succes"] = serie.Count == 1 ? $"Créneau du {Fr.DateEtHeure(serie[0].Debut)} publié." : $"{Fr.Nombre(serie.Count, "créneau publié", "créneaux publiés")} à partir du {Fr.DateEtHeure(serie[0].Debut)}.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostAttribuerAsync(Guid id, Guid creneauId, Guid dossierId, CancellationToken ct)
    {
        if (!await ChargerAsync(id, ct)) return NotFound();
        var creneau = await db.CreneauxSoutenance.FirstOrDefaultAsync(c => c.Id == creneauId && c.AppelId == id, ct);
        var dossier = await db.DossiersProjets.FirstOrDefaultAsync(d => d.Id == dossierId && d.AppelId == id, ct);
        if (creneau is null || dossier is null)
        {
            ModelState.AddModelError(nameof(CreneauId), "Choisissez un créneau et un dossier pré-sélectionné.");
            return Page();
        }
        await reservations.ReserverAsync(creneau, dossier, User.UtilisateurId(), parLePorteur: false, ct);
        TempData["Succes"] = "Le créneau est attribué ; le porteur reçoit son invitation.";
        return RedirectToPage(new { id });
    }
}
