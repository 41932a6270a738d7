using System.ComponentModel.DataAnnotations;
using Eig.Web.Infrastructure.Database;
using Eig.Web.Contenus;
using Eig.Web.Evenements;
using Eig.Web.Infrastructure.Audit;
using Eig.Web.Infrastructure.Mail;
using Eig.Web.Pages.Public.Evenements;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Pages.Public.RendezVous;

/// <summary>Book a 20-minute call with the team, for everyone: free slots only, one booking per slot (unique index),
/// a confirmation mail with an .ics and a link to cancel.</summary>
[EnableRateLimiting(WebApp.RateLimitForms)]
public class IndexModel(EigDbContext db, IClock clock, IOutbox outbox, MailTemplates mails, IAuditLog audit) : PageModel
{
    public sealed class InputModel
    {
        [Required(ErrorMessage = "Choisissez un créneau.")]
        public Guid? Creneau { get; set; }

        [Required(ErrorMessage = "Saisissez votre nom.")]
        [StringLength(200, ErrorMessage = "Votre nom ne peut pas dépasser 200 caractères.")]
        public string? Nom { get; set; }

        [Required(ErrorMessage = "Saisissez votre adresse électronique.")]
        [EmailAddress(ErrorMessage = "Saisissez une adresse électronique valide, comme nom@domaine.fr.")]
        [StringLength(256, ErrorMessage = "L'adresse électronique ne peut pas dépasser 256 caractères.")]
        public string? Email { get; set; }

        [Required(ErrorMessage = "Dites-nous en une phrase de quoi vous voulez parler.")]
        [StringLength(1000, ErrorMessage = "1 000 caractères au plus.")]
        public string? Objet { get; set; }
    }

    [BindProperty] public InputModel Input { get; set; } = new();
    public List<SelectListItem> Creneaux { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await ChargerAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return await InvalideAsync(ct);
        var maintenant = clock.UtcNow;
        var creneau = await db.CreneauxAppel.AsNoTracking().FirstOrDefaultAsync(c => c.Id == Input.Creneau && c.Debut > maintenant, ct);
        if (creneau is null || await db.ReservationsCreneaux.AnyAsync(r => r.CreneauId == Input.Creneau, ct))
        {
            ModelState.AddModelError("Input.Creneau", "Ce créneau n'est plus libre : choisissez-en un autre.");
            return await InvalideAsync(ct);
        }
        var jeton = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
        var reservation = new ReservationCreneau
        {
            CreneauId = creneau.Id, Nom = Input.Nom!.Trim(), Email = Input.Email!.Trim(), Objet = Input.Objet!.Trim(),
            JetonAnnulationHash = AbonneNewsletter.Hash(jeton), ReserveLe = maintenant,
        };
        db.ReservationsCreneaux.Add(reservation);
        audit.Enregistrer("rendezvous.reserve", "CreneauAppel", creneau.Id.ToString(), $"{reservation.Email}, {Fr.DateEtHeure(creneau.Debut)}");
        outbox.Ajouter(reservation.Email, mails.Rendre(Eig.Web.Evenements.ModelesEvenements.RendezVousConfirme, new Dictionary<string, string?>
            {
                ["nom"] = reservation.Nom, ["creneau"] = Fr.Creneau(creneau.Debut, CreneauAppel.DureeMinutes),
                ["lien"] = mails.Lien($"/rendez-vous/annuler?id={reservation.Id}&jeton={jeton}"),
            }),
            RendezVousEquipe.Ics(reservation, creneau, maintenant));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two people pressed "Réserver" on the same slot at once (the unique index kept the other one), or staff
            // removed the slot meanwhile (the foreign key refused the booking): nothing was saved, no mail leaves.
            db.ChangeTracker.Clear();
            ModelState.AddModelError("Input.Creneau", "Ce créneau n'est plus libre : choisissez-en un autre.");
            return await InvalideAsync(ct);
        }
        TempData["Succes"] = "Votre rendez-vous est réservé. La confirmation et l'invitation vous ont été envoyées par courriel.";
        return RedirectToPage();
    }

    private async Task<IActionResult> InvalideAsync(CancellationToken ct)
    {
        await ChargerAsync(ct);
        return Page();
    }

    private async Task ChargerAsync(CancellationToken ct)
    {
        var maintenant = clock.UtcNow;
        var libres = await db.CreneauxAppel.AsNoTracking()
            .Where(c => c.Debut > maintenant && !db.ReservationsCreneaux.Any(r => r.CreneauId == c.Id))
            .OrderBy(c => c.Debut).Take(60).ToListAsync(ct);
        Creneaux = libres.Select(c => new SelectListItem(Fr.Creneau(c.Debut, CreneauAppel.DureeMinutes), c.Id.ToString())).ToList();
    }
}
