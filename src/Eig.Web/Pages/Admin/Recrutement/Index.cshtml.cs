using Eig.Web.Infrastructure.Database;
using Eig.Web.Candidatures;
using Eig.Web.Comptes;
using Eig.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Pages.Admin.Recrutement;

/// <summary>Staff: the posts open in laureate défis (imported from the profiles the jury granted, or opened by
/// hand), with how many people are proposed and chosen for each.</summary>
public class IndexModel(EigDbContext db, IAuditLog audit, Eig.Web.Promotions.Laureats laureats) : PageModel
{
    [BindProperty] public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        public Guid? DefiId { get; set; }
        public string? ProfilCode { get; set; }
        public int Nombre { get; set; } = 1;
        public string? Expertises { get; set; }
        public DateOnly? DebutSouhaite { get; set; }
        public string? ReferentEmail { get; set; }
    }

    public sealed record Ligne(Guid PosteId, string Defi, string Administration, string Profil, int Nombre, string Referent, int Proposees, int Choisies);

    public List<Ligne> Lignes { get; private set; } = [];
    public List<SelectListItem> Defis { get; private set; } = [];
    public List<SelectListItem> Profils { get; private set; } = [];
    public int AImporter { get; private set; }

    public async Task OnGetAsync() => await ChargerAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        var defi = Input.DefiId is { } d ? await db.Defis.FirstOrDefaultAsync(x => x.Id == d) : null;
        if (defi is null) ModelState.AddModelError("Input.DefiId", "Choisissez le défi.");
        if (string.IsNullOrWhiteSpace(Input.ProfilCode) || !await db.ProfilsRecherches.AnyAsync(p => p.Code == Input.ProfilCode))
            ModelState.AddModelError("Input.ProfilCode", "Choisissez un profil.");
        if (Input.Nombre is < 1 or > 10) ModelState.AddModelError("Input.Nombre", "Indiquez un nombre de postes entre 1 et 10.");
        if (Input.Expertises is { Length: > 1000 }) ModelState.AddModelError("Input.Expertises", "1 000 caractères au plus.");
        var email = Input.ReferentEmail?.Trim().ToUpperInvariant();
        var referent = string.IsNullOrEmpty(email) ? null : await db.Users.FirstOrDefaultAsync(u => u.NormalizedEmail == email
            && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.Porteur)));
        if (referent is null) ModelState.AddModelError("Input.ReferentEmail", "Indiquez l'adresse du compte porteur de l'administration qui mènera les entretiens.");
        if (defi is not null && await db.PostesOuverts.AnyAsync(p => p.DefiId == defi.Id && p.ProfilCode == Input.ProfilCode))
            ModelState.AddModelError("Input.ProfilCode", "Ce profil est déjà ouvert pour ce défi.");
        if (!ModelState.IsValid)
        {
            await ChargerAsync();
            return Page();
        }
        var poste = new PosteOuvert
        {
            DefiId = defi!.Id, ProfilCode = Input.ProfilCode!, Nombre = Input.Nombre, ReferentId = referent!.Id,
            Expertises = string.Join(", ", Appariement.MotsCles(Input.Expertises)), DebutSouhaite = Input.DebutSouhaite,
        };
        db.PostesOuverts.Add(poste);
        audit.Enregistrer("recrutement.poste-ouvert", "PosteOuvert", poste.Id.ToString(), $"{defi.Titre} — {poste.ProfilCode} × {poste.Nombre}");
        await db.SaveChangesAsync();
        TempData["Succes"] = "Le poste est ouvert au recrutement.";
        return RedirectToPage();
    }

    /// <summary>Opens a post for every profile the jury granted to a laureate that has its défi, once.</summary>
    public async Task<IActionResult> OnPostImporterAsync()
    {
        var octroyes = await ProfilsAImporter().ToListAsync();
        var ouverts = 0;
        foreach (var o in octroyes)
            ouverts += await laureats.OuvrirPostesAsync(o.DefiId, o.PorteurId, [(o.Profil, o.Nombre)]);
        audit.Enregistrer("recrutement.postes-importes", details: $"{Fr.Nombre(ouverts, "poste", "postes")}");
        await db.SaveChangesAsync();
        TempData["Succes"] = $"{Fr.Nombre(ouverts, "poste ouvert", "postes ouverts")} à partir des profils octroyés.";
        return RedirectToPage();
    }

    private IQueryable<ProfilAImporter> ProfilsAImporter() =>
        db.ProfilsOctroyes.Where(o => o.DefiId != null && !db.PostesOuverts.Any(p => p.DefiId == o.DefiId))
            .Join(db.DossiersProjets, o => o.DossierId, d => d.Id, (o, d) => new ProfilAImporter(o.DefiId!.Value, o.Profil, o.Nombre, d.PorteurId));

    public sealed record ProfilAImporter(Guid DefiId, string Profil, int Nombre, Guid PorteurId);

    private async Task ChargerAsync()
    {
        Defis = (await db.Defis.OrderBy(d => d.Titre).Select(d => new { Texte = d.Titre + " — " + d.Administration, d.Id }).ToListAsync()).Select(x => new SelectListItem(x.Texte, x.Id.ToString())).ToList();
        Profils = (await db.ProfilsRecherches.Select(p => new { p.Code, p.Libelle }).ToListAsync())
            .DistinctBy(p => p.Code).Select(p => new SelectListItem(p.Libelle, p.Code)).ToList();
        var libelles = Profils.ToDictionary(p => p.Value, p => p.Text);
        AImporter = await ProfilsAImporter().CountAsync();
        Lignes = (await db.PostesOuverts
            .Join(db.Defis, p => p.DefiId, d => d.Id, (p, d) => new { p, d.Titre, d.Administration })
            .Select(x => new
            {
                x.p.Id, x.Titre, x.Administration, x.p.ProfilCode, x.p.Nombre,
                Referent = db.Users.Where(u => u.Id == x.p.ReferentId).Select(u => u.NomComplet + " (" + u.Email + ")").FirstOrDefault() ?? "",
                Proposees = db.Propositions.Count(pr => pr.PosteId == x.p.Id && pr.Etat != EtatProposition.Annulee),
                Choisies = db.Propositions.Count(pr => pr.PosteId == x.p.Id && pr.Etat == EtatProposition.Choisie),
            }).ToListAsync())
            .Select(x => new Ligne(x.Id, x.Titre, x.Administration, libelles.GetValueOrDefault(x.ProfilCode, x.ProfilCode), x.Nombre, x.Referent, x.Proposees, x.Choisies))
            .OrderBy(l => l.Defi).ToList();
    }
}
