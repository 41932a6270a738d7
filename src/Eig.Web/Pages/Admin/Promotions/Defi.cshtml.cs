using Eig.Web.AppelsAProjets;
using Eig.Web.Candidatures;
using Eig.Web.Contenus;
using Eig.Web.Infrastructure.Audit;
using Eig.Web.Infrastructure.Database;
using Eig.Web.Infrastructure.Security;
using Eig.Web.Promotions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Pages.Admin.Promotions;

/// <summary>Staff: complete a défi (a laureate arrives as a draft with its administration, sponsor and problem),
/// publish it, see its team, and record its outcome and each EIG's.</summary>
public class DefiModel(EigDbContext db, IClock clock, IAuditLog audit, Eig.Web.Contenus.Site.CachePublic cache) : PageModel
{
    public sealed record Membre(Guid Id, string Nom, string Profil, DateOnly Depuis, bool Public, Guid? PersonneId, ResultatEig? Resultat);

    public Defi Defi { get; private set; } = null!;
    public Promotion Promotion { get; private set; } = null!;
    public IReadOnlyList<Membre> Equipe { get; private set; } = [];
    public ResultatDefi? Resultat { get; private set; }
    public List<SelectListItem> Themes { get; private set; } = [];
    public List<SelectListItem> Expertises { get; private set; } = [];
    public IReadOnlyList<(string Profil, int Nombre)> Postes { get; private set; } = [];

    [BindProperty] public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        public string? Titre { get; set; }
        public string? Resume { get; set; }
        public string? Administration { get; set; }
        public string? SponsorNom { get; set; }
        public string? SponsorFonction { get; set; }
        public List<string> Themes { get; set; } = [];
        public List<string> Expertises { get; set; } = [];
        public bool Publie { get; set; }
        public Guid Version { get; set; }
    }

    public static readonly List<SelectListItem> IssuesDefi =
        [.. Enum.GetValues<IssueDefi>().Select(i => new SelectListItem(ResultatDefi.Libelle(i), i.ToString()))];

    public static readonly List<SelectListItem> IssuesEig =
        [.. Enum.GetValues<IssueEig>().Select(i => new SelectListItem(ResultatEig.Libelle(i), i.ToString()))];

    private async Task<bool> ChargerAsync(Guid id, CancellationToken ct)
    {
        var d = await db.Defis.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (d is null) return false;
        Defi = d;
        Promotion = await db.Promotions.AsNoTracking().FirstAsync(p => p.Id == d.PromotionId, ct);
        var membres = await db.MembresEquipes.AsNoTracking().Where(m => m.DefiId == id).OrderBy(m => m.NomComplet).ToListAsync(ct);
        var personnes = membres.Select(m => m.PersonneId).OfType<Guid>().ToList();
        var resultats = await db.ResultatsEig.AsNoTracking().Where(r => personnes.Contains(r.PersonneId)).ToDictionaryAsync(r => r.PersonneId, ct);
        Equipe = membres.Select(m => new Membre(m.Id, m.NomComplet, m.Profil, m.Depuis, m.AnnuairePublic, m.PersonneId,
            m.PersonneId is { } p ? resultats.GetValueOrDefault(p) : null)).ToList();
        Resultat = await db.ResultatsDefis.AsNoTracking().FirstOrDefaultAsync(r => r.DefiId == id, ct);
        var taxons = await db.Taxons.AsNoTracking().Where(t => t.Type != TypeTaxon.Categorie).OrderBy(t => t.Nom).ToListAsync(ct);
        Themes = taxons.Where(t => t.Type == TypeTaxon.Theme).Select(t => new SelectListItem(t.Nom, t.Slug)).ToList();
        Expertises = taxons.Where(t => t.Type == TypeTaxon.Expertise).Select(t => new SelectListItem(t.Nom, t.Slug)).ToList();
        Postes = (await db.PostesOuverts.AsNoTracking().Where(p => p.DefiId == id).Select(p => new { p.ProfilCode, p.Nombre }).ToListAsync(ct))
            .Select(p => (p.ProfilCode, p.Nombre)).ToList();
        return true;
    }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await ChargerAsync(id, ct)) return NotFound();
        var d = Defi;
        Input = new InputModel
        {
            Titre = d.Titre, Resume = d.Resume, Administration = d.Administration, SponsorNom = d.SponsorNom, SponsorFonction = d.SponsorFonction,
            Themes = [.. ListeSlugs.Lire(d.Themes)], Expertises = [.. ListeSlugs.Lire(d.Expertises)], Publie = d.Publie, Version = d.Version,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!await ChargerAsync(id, ct)) return NotFound();
        var f = new Formulaire(ModelState);
        var titre = f.Texte("Titre", Input.Titre, "le titre", Defi.LongueurCourte);
        var resume = f.Texte("Resume", Input.Resume, "le résumé", Defi.LongueurResume);
        var administration = f.Texte("Administration", Input.Administration, "l'administration", Defi.LongueurCourte);
        var sponsor = f.Texte("SponsorNom", Input.SponsorNom, "le nom du sponsor", Defi.LongueurCourte, requis: Input.Publie);
        var fonction = f.Texte("SponsorFonction", Input.SponsorFonction, "la fonction du sponsor", Defi.LongueurCourte, requis: Input.Publie);
        var themes = Input.Themes.Where(t => Themes.Any(x => x.Value == t)).ToList();
        var expertises = Input.Expertises.Where(t => Expertises.Any(x => x.Value == t)).ToList();
        if (Input.Publie && Themes.Count > 0 && themes.Count == 0) ModelState.AddModelError("Input.Themes", "Choisissez au moins un thème avant de publier le défi.");
        if (ModelState.IsValid && Input.Version != Defi.Version)
            ModelState.AddModelError("", "Quelqu'un d'autre a modifié ce défi entre-temps : rechargez la page avant d'enregistrer.");
        if (!ModelState.IsValid) return Page();
        var d = Defi;
        d.Titre = titre;
        d.Resume = resume;
        d.Administration = administration;
        d.SponsorNom = sponsor;
        d.SponsorFonction = fonction;
        d.Themes = ListeSlugs.Ecrire(themes);
        d.Expertises = ListeSlugs.Ecrire(expertises);
        var publication = !d.Publie && Input.Publie;
        d.Publie = Input.Publie;
        d.Date ??= Promotion.Debut;
        d.Version = Guid.NewGuid();
        audit.Enregistrer(publication ? "defi.publier" : "defi.modifier", "Defi", d.Id.ToString(), d.Titre);
        await db.SaveChangesAsync(ct);
        await cache.ViderAsync(ct);
        TempData["Succes"] = publication ? "Le défi est publié sur le site." : "Le défi est enregistré.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostResultatDefiAsync(Guid id, string? issue, string? date, string? lien, string? commentaire, CancellationToken ct)
    {
        if (!await ChargerAsync(id, ct)) return NotFound();
        if (!Enum.TryParse<IssueDefi>(issue, out var i)) return Refuser("Choisissez ce que le défi est devenu.", id);
        if (!DateOnly.TryParse(date, System.Globalization.CultureInfo.InvariantCulture, out var jour)) return Refuser("Indiquez la date de l'issue du défi.", id);
        try
        {
            var r = Resultats.PourDefi(id, i, jour, lien, commentaire, SourceResultat.Equipe, User.UtilisateurId(), clock.UtcNow);
            db.ResultatsDefis.RemoveRange(db.ResultatsDefis.Where(x => x.DefiId == id));
            db.ResultatsDefis.Add(r);
        }
        catch (DomainException ex)
        {
            return Refuser(ex.Message, id);
        }
        audit.Enregistrer("defi.resultat", "Defi", id.ToString(), i.ToString());
        await db.SaveChangesAsync(ct);
        await cache.ViderAsync(ct);
        TempData["Succes"] = "L'issue du défi est enregistrée : les chiffres du site en tiennent compte.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostResultatEigAsync(Guid id, Guid membreId, string? issue, string? ou, string? date, CancellationToken ct)
    {
        if (!await ChargerAsync(id, ct)) return NotFound();
        var m = Equipe.FirstOrDefault(x => x.Id == membreId);
        if (m?.PersonneId is not { } personneId) return NotFound();
        if (!Enum.TryParse<IssueEig>(issue, out var i)) return Refuser($"Indiquez si {m.Nom} est resté·e dans le secteur public.", id);
        DateOnly? jour = DateOnly.TryParse(date, System.Globalization.CultureInfo.InvariantCulture, out var j) ? j : null;
        try
        {
            await Enregistrer(db, Resultats.PourEig(personneId, i, ou, jour, SourceResultat.Equipe, User.UtilisateurId(), clock.UtcNow), ct);
        }
        catch (DomainException ex)
        {
            return Refuser(ex.Message, id);
        }
        audit.Enregistrer("eig.resultat", "Personne", personneId.ToString(), i.ToString());
        await db.SaveChangesAsync(ct);
        await cache.ViderAsync(ct);
        TempData["Succes"] = $"La suite de parcours de {m.Nom} est enregistrée.";
        return RedirectToPage(new { id });
    }

    /// <summary>One outcome per person: a new one replaces the former.</summary>
    public static async Task Enregistrer(EigDbContext db, ResultatEig r, CancellationToken ct)
    {
        var ancien = await db.ResultatsEig.FirstOrDefaultAsync(x => x.PersonneId == r.PersonneId, ct);
        if (ancien is not null) db.ResultatsEig.Remove(ancien);
        db.ResultatsEig.Add(r);
    }

    private RedirectToPageResult Refuser(string message, Guid id)
    {
        TempData["Erreur"] = message;
        return RedirectToPage(new { id });
    }
}
