using Eig.Web.Infrastructure.Database;
using Eig.Web.Candidatures;
using Eig.Web.Infrastructure.Security;
using Eig.Web.Instruction;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Pages.Admin.Candidatures;

/// <summary>Staff: every filed candidature, filtered by call, state, profile, sprint and name, 25 a page.</summary>
public class IndexModel(EigDbContext db, Eig.Web.Nouveautes.SuiviDesNouveautes nouveautes, SuiviEquipe suivis, EtiquettesEquipe etiquettes, DecisionsCandidature decisions) : PageModel
{
    public const int ParPage = 25;

    [BindProperty(SupportsGet = true)] public Guid? Appel { get; set; }
    [BindProperty(SupportsGet = true)] public EtatCandidature? Etat { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? Profil { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public FiltreSuivi Suivi { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? Etiquette { get; set; }
    /// <summary>"Tout sélectionner": every row of the filter is chosen for the bulk form, not only this page's.</summary>
    [BindProperty(SupportsGet = true)] public bool Tout { get; set; }
    /// <summary>With <see cref="Tout"/>: the ids of every row of the filter, carried by the bulk form.</summary>
    public string? Selection { get; private set; }
    /// <summary>?page=N (read by <see cref="Infrastructure.Http.Pagination"/>).</summary>
    public int NumeroPage { get; private set; } = 1;

    public sealed record Ligne(Guid Id, string Prenom, string Nom, string Email, string? Profil, int? Annees, EtatCandidature Etat, DateTime? DeposeeLe, int? Sprint);

    public List<Ligne> Lignes { get; private set; } = [];
    /// <summary>Per candidature: moves by others and reviews submitted since I last opened it.</summary>
    public IReadOnlyDictionary<Guid, int> Nouveautes { get; private set; } = new Dictionary<Guid, int>();
    public int Total { get; private set; }
    public int Pages => Math.Max(1, (Total + ParPage - 1) / ParPage);
    public List<SelectListItem> Appels { get; private set; } = [];
    public List<SelectListItem> Profils { get; private set; } = [];
    public List<SelectListItem> Suivis { get; } = SuiviEquipe.Filtres.Select(f => new SelectListItem(f.Libelle, f.Cle.ToString())).ToList();
    public List<SelectListItem> Etiquettes { get; private set; } = [];
    public List<SelectListItem> Evaluateurs { get; private set; } = [];
    public VueLot Lot => new(new LotInput(), ActionsEnLot.PourCandidatures.Select(a => new SelectListItem(a.Libelle, a.Cle)).ToList(), Evaluateurs, Etiquettes);
    /// <summary>Labels and followers of the page's candidatures, by candidature id.</summary>
    public Dictionary<Guid, List<EtiquettesEquipe.Vue>> EtiquettesDe { get; private set; } = [];
    public Dictionary<Guid, List<Collegue>> SuiveursDe { get; private set; } = [];
    public List<SelectListItem> Etats { get; } = Enum.GetValues<EtatCandidature>().Where(e => e != EtatCandidature.Brouillon)
        .Select(e => new SelectListItem(EtatsCandidature.Libelle(e), e.ToString())).ToList();

    public async Task OnGetAsync()
    {
        NumeroPage = Infrastructure.Http.Pagination.NumeroDemande(Request);
        Appels = (await db.AppelsACandidatures.OrderByDescending(a => a.PublieLe).Select(a => new { Texte = a.Titre, a.Id }).ToListAsync()).Select(x => new SelectListItem(x.Texte, x.Id.ToString())).ToList();
        Profils = (await db.ProfilsRecherches.Where(p => Appel == null || p.AppelId == Appel)
            .OrderBy(p => p.Ordre).Select(p => new { Texte = p.Libelle, p.Id }).ToListAsync()).Select(x => new SelectListItem(x.Texte, x.Id.ToString())).ToList();

        // Drafts are the candidate's business until filed.
        var q = db.Candidatures.AsNoTracking().Where(c => c.Etat != EtatCandidature.Brouillon);
        if (Appel is { } a) q = q.Where(c => c.AppelId == a);
        if (Etat is { } e) q = q.Where(c => c.Etat == e);
        if (Profil is { } p) q = q.Where(c => c.ProfilId == p);
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var motif = $"%{Q.Trim().ToLower()}%";
            q = q.Where(c => EF.Functions.Like(c.Nom.ToLower(), motif) || EF.Functions.Like(c.Prenom.ToLower(), motif) || EF.Functions.Like(c.Email.ToLower(), motif));
        }
        if (Etiquette is { } etiquette) q = q.Where(c => db.EtiquettesPosees.Any(p => p.CandidatureId == c.Id && p.EtiquetteId == etiquette));
        var moi = User.UtilisateurId();
        if (Suivi == FiltreSuivi.Moi) q = q.Where(c => db.Suiveurs.Any(s => s.CandidatureId == c.Id && s.UtilisateurId == moi));
        else if (Suivi == FiltreSuivi.Personne) q = q.Where(c => !db.Suiveurs.Any(s => s.CandidatureId == c.Id));
        Total = await q.CountAsync();
        if (Tout) Selection = string.Join(',', await q.OrderByDescending(c => c.DeposeeLe).Select(c => c.Id).Take(ActionsEnLot.Maximum).ToListAsync());
        Evaluateurs = (await decisions.EvaluateursAsync()).OrderBy(e => e.Nom).Select(e => new SelectListItem($"{e.Nom} ({e.Email})", e.Id.ToString())).ToList();
        NumeroPage = Math.Clamp(NumeroPage, 1, Pages);
        Lignes = await q.OrderByDescending(c => c.DeposeeLe).ThenBy(c => c.Id)
            .Skip((NumeroPage - 1) * ParPage).Take(ParPage)
            .Select(c => new Ligne(c.Id, c.Prenom, c.Nom, c.Email,
                db.ProfilsRecherches.Where(pr => pr.Id == c.ProfilId).Select(pr => pr.Libelle).FirstOrDefault(),
                c.AnneesExperience, c.Etat, c.DeposeeLe,
                db.SprintsRecrutement.Where(s => s.Id == c.SprintId).Select(s => (int?)s.Numero).FirstOrDefault()))
            .ToListAsync();
        var ids = Lignes.Select(l => l.Id).ToList();
        EtiquettesDe = await etiquettes.ParObjetAsync(GenreCible.Candidature, ids);
        SuiveursDe = await suivis.ParObjetAsync(GenreCible.Candidature, ids);
        Etiquettes = (await etiquettes.ToutesAsync()).Select(e => new SelectListItem(e.Nom, e.Id.ToString())).ToList();
        Nouveautes = await nouveautes.CandidaturesAsync(User.UtilisateurId(), Lignes.Select(l => l.Id).ToList(), equipe: true);
    }

    public string UrlPage(int page, FiltreSuivi? suivi = null, bool tout = false) => QueryString.Create(new Dictionary<string, string?>
    {
        ["Appel"] = Appel?.ToString(), ["Etat"] = Etat?.ToString(), ["Profil"] = Profil?.ToString(), ["Q"] = Q,
        ["Suivi"] = (suivi ?? Suivi) == FiltreSuivi.Tous ? null : (suivi ?? Suivi).ToString(), ["Etiquette"] = Etiquette?.ToString(),
        ["page"] = page.ToString(), ["Tout"] = tout ? "true" : null,
    }.Where(kv => !string.IsNullOrEmpty(kv.Value))).ToString();
}
