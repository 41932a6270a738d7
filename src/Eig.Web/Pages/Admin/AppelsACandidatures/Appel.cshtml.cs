using Eig.Web.Infrastructure.Database;
using Eig.Web.Appels;
using Eig.Web.AppelsAProjets;
using Eig.Web.Candidatures;
using Eig.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Eig.Web.Infrastructure.Fichiers;

namespace Eig.Web.Pages.Admin.AppelsACandidatures;

/// <summary>Staff: one call for candidates — its profiles (each with its two scorecards), its sprints, its pay grid,
/// its règlement, and publishing or closing it. Each form is a handler of its own.</summary>
public class AppelModel(EigDbContext db, IClock clock, IAuditLog audit, IOptions<CandidaturesOptions> options, Eig.Web.Contenus.Site.CachePublic cache,
    Televersement televersement) : PageModel
{
    public AppelACandidatures Appel { get; private set; } = default!;
    public bool AReglement { get; private set; }

    [BindProperty] public string? ProfilCode { get; set; }
    [BindProperty] public string? ProfilLibelle { get; set; }
    [BindProperty] public string? ProfilDescription { get; set; }
    [BindProperty] public DateOnly? DepotDebut { get; set; }
    [BindProperty] public DateOnly? DepotFin { get; set; }
    [BindProperty] public DateOnly? EntretiensDebut { get; set; }
    [BindProperty] public DateOnly? EntretiensFin { get; set; }
    [BindProperty] public int SeuilAnnees { get; set; }
    [BindProperty] public int SalaireJusquauSeuil { get; set; }
    [BindProperty] public int VariableJusquauSeuil { get; set; }
    [BindProperty] public int SalaireAuDela { get; set; }
    [BindProperty] public int VariableAuDela { get; set; }
    [BindProperty] public IFormFile? Reglement { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await ChargerAsync(id)) return NotFound();
        var g = Appel.Grille;
        (SeuilAnnees, SalaireJusquauSeuil, VariableJusquauSeuil, SalaireAuDela, VariableAuDela) = (g.SeuilAnnees, g.SalaireJusquauSeuil, g.VariableJusquauSeuil, g.SalaireAuDela, g.VariableAuDela);
        return Page();
    }

    public Task<IActionResult> OnPostProfilAsync(Guid id) => AgirAsync(id, nameof(ProfilCode), a =>
    {
        var profil = a.AjouterProfil(ProfilCode ?? "", ProfilLibelle ?? "", ProfilDescription);
        var (dossier, entretien) = GrillesCandidature.ParDefaut(profil);
        db.Grilles.AddRange(dossier, entretien);
        return ("appel-candidatures.profil-ajoute", $"Le profil « {profil.Libelle} » est ajouté, avec ses grilles d'évaluation.");
    });

    public Task<IActionResult> OnPostSprintAsync(Guid id) => AgirAsync(id, nameof(DepotDebut), a =>
    {
        if (DepotDebut is null || DepotFin is null || EntretiensDebut is null || EntretiensFin is null)
            throw new DomainException("Indiquez les quatre dates du sprint.");
        var s = a.AjouterSprint(DepotDebut.Value, DepotFin.Value, EntretiensDebut.Value, EntretiensFin.Value);
        return ("appel-candidatures.sprint-ajoute", $"Le sprint {s.Numero} est ajouté.");
    });

    public Task<IActionResult> OnPostGrilleAsync(Guid id) => AgirAsync(id, nameof(SeuilAnnees), a =>
    {
        a.DefinirGrille(new GrilleRemuneration(SeuilAnnees, SalaireJusquauSeuil, VariableJusquauSeuil, SalaireAuDela, VariableAuDela));
        return ("appel-candidatures.grille-modifiee", "La grille de rémunération est enregistrée.");
    });

    public Task<IActionResult> OnPostPublierAsync(Guid id) => AgirAsync(id, "", a =>
    {
        if (a.Profils.Count == 0) throw new DomainException("Ajoutez au moins un profil avant de publier l'appel.");
        a.Publier(clock.UtcNow);
        return ("appel-candidatures.publie", "L'appel est publié : la page de candidature est ouverte.");
    });

    public Task<IActionResult> OnPostCloreAsync(Guid id) => AgirAsync(id, "", a =>
    {
        a.Clore(clock.UtcNow);
        return ("appel-candidatures.clos", "L'appel est clos.");
    });

    public async Task<IActionResult> OnPostReglementAsync(Guid id)
    {
        if (!await ChargerAsync(id, suivi: true)) return NotFound();
        if (Reglement is null) ModelState.AddModelError(nameof(Reglement), "Joignez le règlement au format PDF.");
        else
        {
            var (recu, erreur) = await televersement.LireAsync(Reglement, options.Value.CvTailleMax * 2, SorteDeFichier.Pdf, HttpContext.RequestAborted);
            if (erreur is not null) ModelState.AddModelError(nameof(Reglement), erreur);
            else
            {
                var r = await db.ReglementsAppels.FindAsync(id);
                if (r is null) db.ReglementsAppels.Add(r = new ReglementAppel { AppelId = id });
                r.NomFichier = recu!.NomOriginal;
                r.Contenu = recu.Contenu;
                r.DeposeLe = clock.UtcNow;
                audit.Enregistrer("appel-candidatures.reglement", "AppelACandidatures", id.ToString(), r.NomFichier);
                await db.SaveChangesAsync();
                await cache.ViderAsync();   // the public pages of the call link to it
                TempData["Succes"] = "Le règlement est enregistré.";
                return RedirectToPage(new { id });
            }
        }
        return Page();
    }

    private async Task<IActionResult> AgirAsync(Guid id, string champ, Func<AppelACandidatures, (string Action, string Message)> action)
    {
        if (!await ChargerAsync(id, suivi: true)) return NotFound();
        try
        {
            var (nom, message) = action(Appel);
            audit.Enregistrer(nom, "AppelACandidatures", id.ToString());
            await db.SaveChangesAsync();
            // The Candidats and Postuler pages show the call's state and profiles: show the change now.
            await cache.ViderAsync();
            TempData["Succes"] = message;
            return RedirectToPage(new { id });
        }
        catch (DomainException ex)
        {
            ModelState.AddModelError(champ, ex.Message);
            return Page();
        }
        catch (DbUpdateException)
        {
            ModelState.AddModelError(champ, "Cet élément existe déjà.");
            return Page();
        }
    }

    private async Task<bool> ChargerAsync(Guid id, bool suivi = false)
    {
        var q = db.AppelsACandidatures.Include(a => a.Profils).Include(a => a.Sprints).AsSplitQuery();
        var a = await (suivi ? q : q.AsNoTracking()).FirstOrDefaultAsync(a => a.Id == id);
        if (a is null) return false;
        Appel = a;
        AReglement = await db.ReglementsAppels.AnyAsync(r => r.AppelId == id);
        return true;
    }
}
