using System.ComponentModel.DataAnnotations;
using Eig.Web.Infrastructure.Database;
using Eig.Web.Evenements;
using Eig.Web.Infrastructure.Audit;
using Eig.Web.Pages.Public.Evenements;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Pages.Admin.Contenus;

/// <summary>Staff (with 2FA): publish webinars and seminars, see who registered.</summary>
public class EvenementsModel(EigDbContext db, IClock clock, IAuditLog audit) : PageModel
{
    public sealed class InputModel
    {
        [Required(ErrorMessage = "Saisissez le titre.")]
        [StringLength(200, ErrorMessage = "200 caractères au plus.")]
        public string? Titre { get; set; }

        [StringLength(4000, ErrorMessage = "4 000 caractères au plus.")]
        public string? Description { get; set; }

        [Required(ErrorMessage = "Saisissez la date.")]
        public DateOnly? Date { get; set; }

        [Required(ErrorMessage = "Saisissez l'heure de début (heure de Paris).")]
        public TimeOnly? Heure { get; set; }

        [Required(ErrorMessage = "Saisissez la durée.")]
        [Range(15, 600, ErrorMessage = "La durée va de 15 à 600 minutes.")]
        public int? Duree { get; set; } = 60;

        [Required(ErrorMessage = "Saisissez le lien de connexion ou l'adresse.")]
        [StringLength(500, ErrorMessage = "500 caractères au plus.")]
        public string? Lien { get; set; }

        [Required(ErrorMessage = "Saisissez la capacité.")]
        [Range(1, 10000, ErrorMessage = "La capacité va de 1 à 10 000 places.")]
        public int? Capacite { get; set; } = 100;
    }

    public sealed record Ligne(Guid Id, string Titre, DateTime Debut, int Duree, int Inscrits, int Capacite, bool Publie);

    [BindProperty] public InputModel Input { get; set; } = new();
    public IReadOnlyList<Ligne> Evenements { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await ChargerAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var debut = Fr.VersUtc(Input.Date!.Value.ToDateTime(Input.Heure!.Value));
            if (debut <= clock.UtcNow) ModelState.AddModelError("Input.Date", "La date doit être dans le futur.");
            else
            {
                var e = new Evenement
                {
                    Titre = Input.Titre!.Trim(), Description = Input.Description?.Trim() ?? "", Debut = debut, DureeMinutes = Input.Duree!.Value,
                    Lien = Input.Lien!.Trim(), Capacite = Input.Capacite!.Value, Publie = true,
                };
                db.Evenements.Add(e);
                audit.Enregistrer("contenus.evenement.publication", "Evenement", e.Id.ToString(), e.Titre);
                await db.SaveChangesAsync(ct);
                TempData["Succes"] = $"« {e.Titre} » est publié : les inscriptions sont ouvertes.";
                return RedirectToPage();
            }
        }
        await ChargerAsync(ct);
        return Page();
    }

    private async Task ChargerAsync(CancellationToken ct) =>
        Evenements = await db.Evenements.AsNoTracking().Where(e => e.PromotionId == null).OrderByDescending(e => e.Debut)
            .Select(e => new Ligne(e.Id, e.Titre, e.Debut, e.DureeMinutes, e.Inscrits, e.Capacite, e.Publie)).ToListAsync(ct);
}
