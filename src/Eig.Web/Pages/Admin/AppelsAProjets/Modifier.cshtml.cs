using System.Globalization;
using Eig.Web.Infrastructure.Database;
using Eig.Web.Appels;
using Eig.Web.AppelsAProjets;
using Eig.Web.Candidatures;
using Eig.Web.Evaluations;
using Eig.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Eig.Web.Infrastructure.Security;
using Eig.Web.Infrastructure.Fichiers;

namespace Eig.Web.Pages.Admin.AppelsAProjets;

/// <summary>Staff: a call's settings, its criteria grid as editable data, its règlement, and publishing or closing it.</summary>
[RequestFormLimits(MultipartBodyLengthLimit = 64 * 1024 * 1024)]
[RequestSizeLimit(64 * 1024 * 1024)]
public class ModifierModel(EigDbContext db, IClock clock, IAuditLog audit, Eig.Web.Contenus.Site.CachePublic cache,
    Televersement televersement) : PageModel
{
    public AppelAProjets Appel { get; private set; } = null!;
    public Grille Grille { get; private set; } = null!;
    public bool GrilleVerrouillee { get; private set; }
    public string? NomReglement { get; private set; }

    [BindProperty] public InputModel Input { get; set; } = new();
    [BindProperty] public IFormFile? Reglement { get; set; }

    public sealed class InputModel
    {
        public string? Titre { get; set; }
        public string Mode { get; set; } = nameof(ModeAppel.Continu);
        public string? Ouverture { get; set; }
        public string? Cloture { get; set; }
        public string? EvaluateursMinimum { get; set; }
        public string? DelaiEvaluationJours { get; set; }
        public string? RelanceJoursAvant { get; set; }
        public string? EchelleMin { get; set; }
        public string? EchelleMax { get; set; }
        public string? SeuilDesaccord { get; set; }
        public string? Criteres { get; set; }
        public string? ProfilsProposes { get; set; }
        public string? TauxCofinancement { get; set; }
        public string? SalairesReference { get; set; }
    }

    public static readonly List<SelectListItem> Modes =
    [
        new("En continu, avec des sessions de jury régulières", nameof(ModeAppel.Continu)),
        new("Fenêtre fixe, avec une date d'ouverture et de clôture", nameof(ModeAppel.Fenetre)),
    ];

    private async Task<bool> ChargerAsync(Guid id, CancellationToken ct)
    {
        var a = await db.AppelsAProjets.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (a is null) return false;
        Appel = a;
        Grille = await GrilleDeSelection.DeLAppelAsync(db, a, ct);
        GrilleVerrouillee = await db.Affectations.AnyAsync(x => x.GrilleId == Grille.Id, ct);
        NomReglement = a.ReglementFichierId is { } f ? await db.FichiersAap.Where(x => x.Id == f).Select(x => x.NomFichier).FirstOrDefaultAsync(ct) : null;
        return true;
    }

    public static string CriteresEnTexte(Grille g) => string.Join("\n", g.CriteresOrdonnes.Select(c =>
        $"{c.Nom} | {c.Description}" + (c.Poids is { } p ? $" | {p}" : "")));

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await ChargerAsync(id, ct)) return NotFound();
        var a = Appel;
        Input = new InputModel
        {
            Titre = a.Titre, Mode = a.Mode.ToString(), Ouverture = a.Ouverture?.ToString("yyyy-MM-dd"), Cloture = a.Cloture?.ToString("yyyy-MM-dd"),
            EvaluateursMinimum = a.EvaluateursMinimum.ToString(), DelaiEvaluationJours = a.DelaiEvaluationJours.ToString(),
            RelanceJoursAvant = a.RelanceJoursAvant.ToString(), EchelleMin = Grille.EchelleMin.ToString(), EchelleMax = Grille.EchelleMax.ToString(),
            SeuilDesaccord = Grille.SeuilDesaccord.ToString(CultureInfo.InvariantCulture), Criteres = CriteresEnTexte(Grille),
            ProfilsProposes = a.ProfilsProposes, TauxCofinancement = a.TauxCofinancement?.ToString(), SalairesReference = a.SalairesReference,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!await ChargerAsync(id, ct)) return NotFound();
        var f = new Formulaire(ModelState);
        var titre = f.Texte("Titre", Input.Titre, "le titre", Eig.Web.Appels.Appel.LongueurTitre);
        var mode = Enum.TryParse<ModeAppel>(Input.Mode, out var m) ? m : ModeAppel.Continu;
        var ouverture = f.Date("Ouverture", Input.Ouverture, "la date d'ouverture", mode == ModeAppel.Fenetre);
        var cloture = f.Date("Cloture", Input.Cloture, "la date de clôture", mode == ModeAppel.Fenetre);
        if (ouverture is { } o && cloture is { } c && c < o) ModelState.AddModelError("Input.Cloture", "La clôture doit suivre l'ouverture.");
        var min = f.Entier("EvaluateursMinimum", Input.EvaluateursMinimum, "le nombre d'évaluateurs", 1, 10) ?? 2;
        var delai = f.Entier("DelaiEvaluationJours", Input.DelaiEvaluationJours, "le délai d'évaluation", 1, 120) ?? 21;
        var relance = f.Entier("RelanceJoursAvant", Input.RelanceJoursAvant, "le délai de relance", 0, 119) ?? 3;
        if (relance >= delai) ModelState.AddModelError("Input.RelanceJoursAvant", "La relance doit partir avant l'échéance.");
        // A grid in use is shown disabled, so its fields are not posted: keep what is stored.
        int echMin = Grille.EchelleMin, echMax = Grille.EchelleMax;
        double seuil = Grille.SeuilDesaccord;
        List<(string Nom, string? Description, int? Poids)> criteres = [];
        if (!GrilleVerrouillee)
        {
            echMin = f.Entier("EchelleMin", Input.EchelleMin, "la note minimale", 0, 99) ?? 1;
            echMax = f.Entier("EchelleMax", Input.EchelleMax, "la note maximale", 1, 100) ?? 5;
            if (echMax <= echMin) ModelState.AddModelError("Input.EchelleMax", "La note maximale doit dépasser la note minimale.");
            if (!double.TryParse(Input.SeuilDesaccord?.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out seuil) || seuil <= 0 || seuil > echMax - echMin)
                ModelState.AddModelError("Input.SeuilDesaccord", "Indiquez un écart-type positif, plus petit que l'étendue de l'échelle (par exemple 1,2).");
            criteres = LireCriteres(Input.Criteres);
        }
        var profils = f.Texte("ProfilsProposes", Input.ProfilsProposes, "les profils proposés", AppelAProjets.LongueurProfilsProposes);
        var taux = f.Entier("TauxCofinancement", Input.TauxCofinancement, "le taux de cofinancement", 1, 100, requis: false);
        var salaires = (Input.SalairesReference ?? "").Replace(" ", "").Replace("€", "");
        if (salaires.Length > 100 || (salaires.Length > 0 && salaires.Split(';').Any(s => !int.TryParse(s, out var v) || v is < 1000 or > 20000)))
            ModelState.AddModelError("Input.SalairesReference", "Indiquez des salaires nets mensuels en euros séparés par « ; », par exemple 3500;4000.");
        if (taux is not null && salaires.Length == 0)
            ModelState.AddModelError("Input.SalairesReference", "Indiquez au moins un salaire de référence pour le cofinancement.");
        if (!ModelState.IsValid) return Page();
        var a = Appel;
        a.Titre = titre; a.Mode = mode; a.Ouverture = ouverture; a.Cloture = cloture;
        a.DefinirEvaluation(min, delai, relance);
        a.ProfilsProposes = profils.Replace("\r", "");
        a.TauxCofinancement = taux; a.SalairesReference = salaires;
        if (!GrilleVerrouillee)
        {
            Grille.DefinirEchelle(echMin, echMax, seuil);
            db.Criteres.RemoveRange(Grille.Criteres);
            Grille.Criteres.Clear();
            await db.SaveChangesAsync(ct);   // the old criteria go first: their (grid, number) pairs are reused
            foreach (var (nom, desc, poids) in criteres) Grille.AjouterCritere(nom, desc, poids);
        }
        audit.Enregistrer("appel-a-projets.modifier", "AppelAProjets", a.Id.ToString(), a.Titre);
        await db.SaveChangesAsync(ct);
        // The public pages read the call's criteria, dates, profiles and co-financing: they change now, not at the cache's expiry.
        await cache.ViderAsync(ct);
        TempData["Succes"] = GrilleVerrouillee
            ? "Appel enregistré. La grille n'a pas changé : des évaluations l'utilisent déjà."
            : "Appel enregistré.";
        return RedirectToPage(new { id });
    }

    private List<(string Nom, string? Description, int? Poids)> LireCriteres(string? texte)
    {
        var resultat = new List<(string, string?, int?)>();
        var lignes = (texte ?? "").Replace("\r", "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (lignes.Length == 0 && !GrilleVerrouillee) ModelState.AddModelError("Input.Criteres", "La grille doit compter au moins un critère.");
        if (lignes.Length > 30) ModelState.AddModelError("Input.Criteres", "La grille compte au plus 30 critères.");
        for (var i = 0; i < lignes.Length; i++)
        {
            var parts = lignes[i].Split('|', StringSplitOptions.TrimEntries);
            int? poids = null;
            if (parts.Length > 3 || parts[0].Length == 0 || parts[0].Length > Critere.LongueurNom
                || (parts.Length > 1 && parts[1].Length > Critere.LongueurDescription)
                || (parts.Length == 3 && parts[2].Length > 0 && (!int.TryParse(parts[2], out var p) || p is < 1 or > 100 || (poids = p) is null)))
            {
                ModelState.AddModelError("Input.Criteres", $"Ligne {i + 1} : écrivez « nom | description | poids », le poids (facultatif) entre 1 et 100.");
                continue;
            }
            if (parts.Length == 3 && int.TryParse(parts[2], out var w)) poids = w;
            resultat.Add((parts[0], parts.Length > 1 ? parts[1] : null, poids));
        }
        return resultat;
    }

    public async Task<IActionResult> OnPostReglementAsync(Guid id, CancellationToken ct)
    {
        if (!await ChargerAsync(id, ct)) return NotFound();
        var (recu, erreur) = await televersement.LireAsync(Reglement, FichierAap.TailleMax, SorteDeFichier.Pdf, ct);
        if (erreur is not null)
        {
            ModelState.AddModelError(nameof(Reglement), erreur);
            await OnGetAsync(id, ct);
            return Page();
        }
        var fichier = new FichierAap
        {
            NomFichier = recu!.NomOriginal, Taille = recu.Contenu.Length, Contenu = recu.Contenu,
            DeposeParId = User.UtilisateurId(), DeposeLe = clock.UtcNow,
        };
        db.FichiersAap.Add(fichier);
        Appel.ReglementFichierId = fichier.Id;
        audit.Enregistrer("appel-a-projets.reglement", "AppelAProjets", id.ToString(), fichier.NomFichier);
        await db.SaveChangesAsync(ct);
        await cache.ViderAsync(ct);   // the public pages of the call link to it
        TempData["Succes"] = "Le règlement est enregistré.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostPublierAsync(Guid id, CancellationToken ct) =>
        await ChangerAsync(id, a => a.Publier(clock.UtcNow), "appel-a-projets.publier", "L'appel est publié : les administrations peuvent déposer leurs dossiers.", ct);

    public async Task<IActionResult> OnPostCloreAsync(Guid id, CancellationToken ct) =>
        await ChangerAsync(id, a => a.Clore(clock.UtcNow), "appel-a-projets.clore", "L'appel est clos.", ct);

    private async Task<IActionResult> ChangerAsync(Guid id, Action<AppelAProjets> action, string trace, string succes, CancellationToken ct)
    {
        if (!await ChargerAsync(id, ct)) return NotFound();
        try
        {
            if (Grille.Criteres.Count == 0) throw new DomainException("La grille d'évaluation ne compte aucun critère.");
            action(Appel);
        }
        catch (DomainException ex)
        {
            TempData["Erreur"] = ex.Message;
            return RedirectToPage(new { id });
        }
        audit.Enregistrer(trace, "AppelAProjets", id.ToString(), Appel.Titre);
        await db.SaveChangesAsync(ct);
        // The Administrations page shows the apply button or the wait block from the call's state: show it now.
        await cache.ViderAsync(ct);
        TempData["Succes"] = succes;
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnGetReglementAsync(Guid id, CancellationToken ct)
    {
        if (!await ChargerAsync(id, ct) || Appel.ReglementFichierId is not { } fid) return NotFound();
        var f = await db.FichiersAap.FirstAsync(x => x.Id == fid, ct);
        return File(f.Contenu, "application/pdf", Televersement.NomDeTelechargement("reglement", f.Id));
    }
}
