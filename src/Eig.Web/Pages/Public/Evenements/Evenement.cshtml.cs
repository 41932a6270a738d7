using System.ComponentModel.DataAnnotations;
using Eig.Web.Infrastructure.Database;
using Eig.Web.Evenements;
using Eig.Web.Infrastructure.Calendrier;
using Eig.Web.Infrastructure.Mail;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Pages.Public.Evenements;

/// <summary>One event and its registration form, for everyone. Registered people get a mail with an .ics.
/// The capacity holds under concurrent registrations: <see cref="Places"/> takes a seat in one conditional UPDATE.</summary>
[EnableRateLimiting(WebApp.RateLimitForms)]
public class EvenementModel(EigDbContext db, IClock clock, IOutbox outbox, MailTemplates mails) : PageModel
{
    public sealed class InputModel
    {
        [Required(ErrorMessage = "Saisissez votre nom.")]
        [StringLength(200, ErrorMessage = "Votre nom ne peut pas dépasser 200 caractères.")]
        public string? Nom { get; set; }

        [Required(ErrorMessage = "Saisissez votre adresse électronique.")]
        [EmailAddress(ErrorMessage = "Saisissez une adresse électronique valide, comme nom@domaine.fr.")]
        [StringLength(256, ErrorMessage = "L'adresse électronique ne peut pas dépasser 256 caractères.")]
        public string? Email { get; set; }
    }

    [BindProperty] public InputModel Input { get; set; } = new();
    public Evenement Evenement { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var e = await db.Evenements.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id && x.Publie && x.PromotionId == null, ct);
        if (e is null) return NotFound();
        Evenement = e;
        ViewData["Title"] = e.Titre;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var e = await db.Evenements.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id && x.Publie && x.PromotionId == null, ct);
        if (e is null) return NotFound();
        Evenement = e;
        ViewData["Title"] = e.Titre;
        if (!ModelState.IsValid) return Page();
        const string inscrit = "Vous êtes inscrit·e. L'invitation vous a été envoyée par courriel.";
        var email = Input.Email!.Trim().ToLowerInvariant();
        if (await db.InscriptionsEvenements.AnyAsync(i => i.EvenementId == id && i.Email == email, ct))
        {
            // Registering twice is harmless: same answer, no second seat.
            TempData["Succes"] = inscrit;
            return Redirect($"/evenements/{id}");
        }
        try
        {
            // The rules on what was read (published, not started, not full); the seat itself is taken below.
            e.Inscrire(clock.UtcNow);
        }
        catch (DomainException ex)
        {
            ModelState.AddModelError("", ex.Message);
            return Page();
        }
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (!await Places.PrendreAsync(db, id, ct))
        {
            ModelState.AddModelError("", "Cet événement est complet.");
            return Page();
        }
        db.InscriptionsEvenements.Add(new InscriptionEvenement { EvenementId = id, Nom = Input.Nom!.Trim(), Email = email, InscritLe = clock.UtcNow });
        var ics = Ics.Evenement($"evenement-{e.Id}@eig.numerique.gouv.fr", e.Debut, e.Fin, e.Titre, e.Description + "\n\n" + e.Lien, e.Lien, clock.UtcNow);
        outbox.Ajouter(email, mails.Rendre(Eig.Web.Evenements.ModelesEvenements.InscriptionEvenement, new Dictionary<string, string?>
            {
                ["nom"] = Input.Nom!.Trim(), ["evenement"] = e.Titre, ["creneau"] = Fr.Creneau(e.Debut, e.DureeMinutes), ["lien_participation"] = e.Lien,
            }),
            new OutboxAttachment { NomFichier = "invitation.ics", TypeMime = "text/calendar", Contenu = ics });
        try
        {
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The same address registered at the same moment (unique index): the rollback gives the seat back and
            // the first registration stands.
            await tx.RollbackAsync(CancellationToken.None);
        }
        TempData["Succes"] = inscrit;
        return Redirect($"/evenements/{id}");
    }
}
