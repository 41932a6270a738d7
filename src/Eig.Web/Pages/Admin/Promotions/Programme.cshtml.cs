using Eig.Web.AppelsAProjets;
using Eig.Web.Evenements;
using Eig.Web.Infrastructure.Database;
using Eig.Web.Promotions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Pages.Admin.Promotions;

/// <summary>Staff: a promotion's support programme. A new session mails its invitation (with an .ics) to the
/// promotion's EIG and sponsors.</summary>
public class ProgrammeModel(EigDbContext db, IClock clock, ProgrammeAccompagnement programme) : PageModel
{
    public const int LongueurTitre = 200;
    public const int LongueurDescription = 4000;
    public const int LongueurLieu = 500;

    public Promotion Promotion { get; private set; } = null!;
    public IReadOnlyList<Evenement> Seances { get; private set; } = [];
    public int Invites { get; private set; }
    [BindProperty] public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        public string? Type { get; set; }
        public string? Titre { get; set; }
        public string? Description { get; set; }
        public string? Debut { get; set; }
        public string? Duree { get; set; } = "180";
        public string? Lieu { get; set; }
        public string? Capacite { get; set; } = "40";
    }

    public static readonly List<SelectListItem> Types =
        [.. ProgrammeAccompagnement.Types.Select(t => new SelectListItem(Evenement.Libelle(t), t.ToString()))];

    private async Task<bool> ChargerAsync(Guid id, CancellationToken ct)
    {
        if (await db.Promotions.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct) is not { } p) return false;
        Promotion = p;
        Seances = await db.Evenements.AsNoTracking().Where(e => e.PromotionId == id).OrderBy(e => e.Debut).ToListAsync(ct);
        Invites = (await programme.InvitesAsync(id, ct)).Count;
        return true;
    }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await ChargerAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!await ChargerAsync(id, ct)) return NotFound();
        var f = new Formulaire(ModelState);
        if (!Enum.TryParse<TypeEvenement>(Input.Type, out var type) || !ProgrammeAccompagnement.Types.Contains(type))
            ModelState.AddModelError("Input.Type", "Choisissez le type de séance.");
        var titre = f.Texte("Titre", Input.Titre, "le titre", LongueurTitre);
        var description = f.Texte("Description", Input.Description, "la description", LongueurDescription, requis: false);
        var debut = f.DateHeure("Debut", Input.Debut, "le début de la séance");
        if (debut is { } d && d <= clock.UtcNow) ModelState.AddModelError("Input.Debut", "La séance doit avoir lieu dans le futur.");
        var duree = f.Entier("Duree", Input.Duree, "la durée en minutes", 15, 600);
        var lieu = f.Texte("Lieu", Input.Lieu, "le lieu ou le lien de la visio", LongueurLieu);
        var capacite = f.Entier("Capacite", Input.Capacite, "le nombre de places", 1, 1000);
        if (!ModelState.IsValid) return Page();
        var (seance, invites) = await programme.CreerAsync(Promotion, type, titre, description, debut!.Value, duree!.Value, lieu, capacite!.Value, clock.UtcNow, ct);
        await db.SaveChangesAsync(ct);
        TempData["Succes"] = $"« {seance.Titre} » est au programme : {Fr.Nombre(invites, "invitation envoyée", "invitations envoyées")}.";
        return RedirectToPage(new { id });
    }
}
