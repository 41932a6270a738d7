using Eig.Web.Infrastructure.Database;
using Eig.Web.Candidatures;
using Eig.Web.Instruction;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Pages.Admin.Candidatures;

/// <summary>Staff: the vivier, the pool of people retained after the first interview, searchable by profile, skill,
/// domain, town, availability and staff label; its people take the bulk actions that still make sense for them
/// (label, message, not retained) like the other lists.</summary>
public class VivierModel(EigDbContext db, EtiquettesEquipe etiquettes) : PageModel
{
    public const int ParPage = 50;

    [BindProperty(SupportsGet = true)] public string? Profil { get; set; }
    [BindProperty(SupportsGet = true)] public string? Competence { get; set; }
    [BindProperty(SupportsGet = true)] public string? Domaine { get; set; }
    [BindProperty(SupportsGet = true)] public string? Ville { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? DisponibleAvant { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? Etiquette { get; set; }
    /// <summary>"Tout sélectionner": every person of the filter is chosen for the bulk form, not only this page's.</summary>
    [BindProperty(SupportsGet = true)] public bool Tout { get; set; }
    /// <summary>With <see cref="Tout"/>: the ids of every person of the filter, carried by the bulk form.</summary>
    public string? Selection { get; private set; }
    /// <summary>?page=N (read by <see cref="Infrastructure.Http.Pagination"/>).</summary>
    public int NumeroPage { get; private set; } = 1;

    public sealed record Ligne(Guid Id, string Nom, string Profil, int? Annees, string Competences, string Domaines, string Ville, DateOnly? Disponibilite, int Propositions);

    public List<Ligne> Lignes { get; private set; } = [];
    public int Total { get; private set; }
    public int Pages => Math.Max(1, (Total + ParPage - 1) / ParPage);
    public List<SelectListItem> Profils { get; private set; } = [];
    public List<SelectListItem> Etiquettes { get; private set; } = [];
    public Dictionary<Guid, List<EtiquettesEquipe.Vue>> EtiquettesDe { get; private set; } = [];
    public VueLot Lot => new(new LotInput(), ActionsEnLot.PourVivier.Select(a => new SelectListItem(a.Libelle, a.Cle)).ToList(), [], Etiquettes);

    public async Task OnGetAsync()
    {
        NumeroPage = Infrastructure.Http.Pagination.NumeroDemande(Request);
        Profils = (await db.ProfilsRecherches.Select(p => new { p.Code, p.Libelle }).ToListAsync())
            .DistinctBy(p => p.Code).Select(p => new SelectListItem(p.Libelle, p.Code)).ToList();
        var q = db.Candidatures.AsNoTracking().Where(c => c.Etat == EtatCandidature.Vivier);
        if (!string.IsNullOrWhiteSpace(Profil))
            q = q.Where(c => db.ProfilsRecherches.Any(p => p.Id == c.ProfilId && p.Code == Profil));
        // Skills and domains are stored lower-cased (normalised keywords); the town as typed.
        if (!string.IsNullOrWhiteSpace(Competence)) { var m = Motif(Competence); q = q.Where(c => EF.Functions.Like(c.Competences, m)); }
        if (!string.IsNullOrWhiteSpace(Domaine)) { var m = Motif(Domaine); q = q.Where(c => EF.Functions.Like(c.Domaines, m)); }
        if (!string.IsNullOrWhiteSpace(Ville)) { var m = Motif(Ville); q = q.Where(c => EF.Functions.Like(c.Ville.ToLower(), m)); }
        if (DisponibleAvant is { } d) q = q.Where(c => c.Disponibilite != null && c.Disponibilite <= d);
        if (Etiquette is { } etiquette) q = q.Where(c => db.EtiquettesPosees.Any(p => p.CandidatureId == c.Id && p.EtiquetteId == etiquette));
        Total = await q.CountAsync();
        if (Tout) Selection = string.Join(',', await q.OrderBy(c => c.Disponibilite).ThenBy(c => c.Id).Select(c => c.Id).Take(ActionsEnLot.Maximum).ToListAsync());
        NumeroPage = Math.Clamp(NumeroPage, 1, Pages);
        Lignes = await q.OrderBy(c => c.Disponibilite).ThenBy(c => c.Id).Skip((NumeroPage - 1) * ParPage).Take(ParPage)
            .Select(c => new Ligne(c.Id, c.Prenom + " " + c.Nom,
                db.ProfilsRecherches.Where(p => p.Id == c.ProfilId).Select(p => p.Libelle).FirstOrDefault() ?? "",
                c.AnneesExperience, c.Competences, c.Domaines, c.Ville, c.Disponibilite,
                db.Propositions.Count(p => p.CandidatureId == c.Id && p.Etat == EtatProposition.Proposee)))
            .ToListAsync();
        EtiquettesDe = await etiquettes.ParObjetAsync(GenreCible.Candidature, Lignes.Select(l => l.Id).ToList());
        Etiquettes = (await etiquettes.ToutesAsync()).Select(e => new SelectListItem(e.Nom, e.Id.ToString())).ToList();
    }

    private static string Motif(string s) => $"%{s.Trim().ToLowerInvariant()}%";

    public string UrlPage(int page, bool tout = false) => QueryString.Create(new Dictionary<string, string?>
    {
        ["Profil"] = Profil, ["Competence"] = Competence, ["Domaine"] = Domaine, ["Ville"] = Ville,
        ["DisponibleAvant"] = DisponibleAvant?.ToString("yyyy-MM-dd"), ["Etiquette"] = Etiquette?.ToString(), ["page"] = page.ToString(),
        ["Tout"] = tout ? "true" : null,
    }.Where(kv => !string.IsNullOrEmpty(kv.Value))).ToString();
}
