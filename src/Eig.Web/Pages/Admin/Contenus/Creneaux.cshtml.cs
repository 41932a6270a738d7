using System.ComponentModel.DataAnnotations;
using Eig.Web.Infrastructure.Database;
using Eig.Web.Evenements;
using Eig.Web.Infrastructure.Audit;
using Eig.Web.Infrastructure.Mail;
using Eig.Web.Pages.Public.Evenements;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Pages.Admin.Contenus;

/// <summary>Staff (with 2FA): open 20-minute call slots (several in a row at once), see bookings, remove free slots,
/// cancel a booking with a mail to the person. A booked slot is never deleted: the check and the deletion are one
/// decision (<see cref="Verrous"/>), so a visitor booking at that very moment either keeps the slot or is told it is gone.</summary>
public class CreneauxModel(EigDbContext db, IClock clock, IAuditLog audit, RendezVousEquipe rendezVous) : PageModel, IPublieCreneaux
{
    public sealed record Ligne(Guid Id, DateTime Debut, string? Nom, string? Email, string? Objet);

    [BindProperty] public SaisieCreneaux Serie { get; set; } = new();
    public RegleCreneaux Regle => CreneauAppel.Publication;
    public IReadOnlyList<Ligne> Creneaux { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await ChargerAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var maintenant = clock.UtcNow;
        var publies = await db.CreneauxAppel.Where(c => c.Debut > maintenant.AddMinutes(-CreneauAppel.DureeMinutes)).Select(c => c.Debut).ToListAsync(ct);
        var erreurs = new List<ErreurSaisie>();
        var serie = PublicationCreneaux.Preparer(Serie, Regle, maintenant, publies.Select(d => (d, d.AddMinutes(CreneauAppel.DureeMinutes))), erreurs);
        foreach (var e in erreurs) ModelState.AddModelError($"{nameof(Serie)}.{e.Champ}", e.Message);
        if (!ModelState.IsValid)
        {
            await ChargerAsync(ct);
            return Page();
        }
        foreach (var c in serie) db.CreneauxAppel.Add(new CreneauAppel { Debut = c.Debut });
        audit.Enregistrer("contenus.creneaux.ouverture", "CreneauAppel", null, $"{Fr.Nombre(serie.Count, "créneau", "créneaux")} à partir du {Fr.DateEtHeure(serie[0].Debut)}");
        await db.SaveChangesAsync(ct);
        TempData["Succes"] = $"{Fr.Nombre(serie.Count, "créneau ouvert", "créneaux ouverts")}.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostSupprimerAsync(Guid id, CancellationToken ct)
    {
        await using var tx = await db.Database.TransactionExclusiveAsync($"creneau:{id}", ct);
        // PostgreSQL: the row lock waits for a booking being saved (its foreign key check holds the slot's row), and
        // makes a booking that comes after wait for this decision; SQLite: the transaction holds the write lock.
        var c = db.Database.IsNpgsql()
            ? (await db.CreneauxAppel.FromSql($"SELECT * FROM \"CreneauxAppel\" WHERE \"Id\" = {id} FOR UPDATE").ToListAsync(ct)).FirstOrDefault()
            : await db.CreneauxAppel.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (c is null) return NotFound();
        if (await db.ReservationsCreneaux.AnyAsync(r => r.CreneauId == id, ct))
        {
            TempData["Erreur"] = "Ce créneau est réservé : annulez d'abord le rendez-vous (la personne est prévenue par courriel).";
            return RedirectToPage();
        }
        db.CreneauxAppel.Remove(c);
        audit.Enregistrer("contenus.creneaux.suppression", "CreneauAppel", c.Id.ToString(), Fr.DateEtHeure(c.Debut));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        TempData["Succes"] = "Le créneau est supprimé.";
        return RedirectToPage();
    }

    /// <summary>Cancels the booking of a slot (the slot stays, free again) and tells the person.</summary>
    public async Task<IActionResult> OnPostAnnulerAsync(Guid id, CancellationToken ct)
    {
        var c = await db.CreneauxAppel.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        var r = await db.ReservationsCreneaux.FirstOrDefaultAsync(x => x.CreneauId == id, ct);
        if (c is null || r is null)
        {
            TempData["Erreur"] = "Ce créneau n'a pas (ou plus) de rendez-vous.";
            return RedirectToPage();
        }
        await rendezVous.ParLEquipeAsync(r, c, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // The person cancelled at the same moment: nothing more to do, and no second mail.
        }
        TempData["Succes"] = "Le rendez-vous est annulé et la personne prévenue par courriel.";
        return RedirectToPage();
    }

    private async Task ChargerAsync(CancellationToken ct)
    {
        var depuis = clock.UtcNow.AddDays(-1);
        Creneaux = await (from c in db.CreneauxAppel.AsNoTracking()
                          where c.Debut > depuis
                          join r in db.ReservationsCreneaux on c.Id equals r.CreneauId into rs
                          from r in rs.DefaultIfEmpty()
                          orderby c.Debut
                          select new Ligne(c.Id, c.Debut, r == null ? null : r.Nom, r == null ? null : r.Email, r == null ? null : r.Objet))
            .ToListAsync(ct);
    }
}
