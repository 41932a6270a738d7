using Eig.Web.AppelsAProjets;
using Eig.Web.Infrastructure.Audit;
using Eig.Web.Infrastructure.Database;
using Eig.Web.Infrastructure.Fichiers;
using Eig.Web.Promotions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Pages.Admin.Promotions;

/// <summary>Staff: a promotion's label, dates and phases (each with its dates, description and what is expected at
/// its end), publishing it, and its défis.</summary>
// A too-large document gets its French message next to the field rather than a bare 413 (up to 64 MB).
[RequestFormLimits(MultipartBodyLengthLimit = 64 * 1024 * 1024)]
[RequestSizeLimit(64 * 1024 * 1024)]
public class PromotionModel(EigDbContext db, IClock clock, IAuditLog audit, Eig.Web.Contenus.Site.CachePublic cache, Questionnaires questionnaires,
    Televersement televersement) : PageModel
{
    /// <summary>Rows offered in the form: the phases plus one empty row to add a phase.</summary>
    public const int LignesEnPlus = 1;

    public sealed record LigneDefi(Guid Id, string Titre, string Administration, bool Publie, int Equipe);

    public Promotion Promotion { get; private set; } = null!;
    public IReadOnlyList<LigneDefi> Defis { get; private set; } = [];
    /// <summary>The EIG and sponsors asked for their outcome, and where their answer stands.</summary>
    public IReadOnlyList<Questionnaires.Repondant> Repondants { get; private set; } = [];
    public DateTime Maintenant { get; private set; }
    [BindProperty] public InputModel Input { get; set; } = new();
    /// <summary>The documents shared with the promotion's EIG and sponsors.</summary>
    public IReadOnlyList<DocumentsPromotion.Ligne> Documents { get; private set; } = [];
    [BindProperty] public IFormFile? Document { get; set; }
    [BindProperty] public string? TitreDocument { get; set; }

    public sealed class InputModel
    {
        public string? Libelle { get; set; }
        public string? Annee { get; set; }
        public string? Debut { get; set; }
        public string? Fin { get; set; }
        public List<PhaseInput> Phases { get; set; } = [];
        public Guid Version { get; set; }
    }

    public sealed class PhaseInput
    {
        public string? Nom { get; set; }
        public string? Debut { get; set; }
        public string? Fin { get; set; }
        public string? Description { get; set; }
        public string? Attendus { get; set; }
    }

    private async Task<bool> ChargerAsync(Guid id, CancellationToken ct)
    {
        var p = await db.Promotions.Include(x => x.Phases).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (p is null) return false;
        Promotion = p;
        var equipes = await db.MembresEquipes.GroupBy(m => m.DefiId).Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.N, ct);
        Defis = (await db.Defis.AsNoTracking().Where(d => d.PromotionId == id).OrderBy(d => d.Titre)
                .Select(d => new { d.Id, d.Titre, d.Administration, d.Publie }).ToListAsync(ct))
            .Select(d => new LigneDefi(d.Id, d.Titre, d.Administration, d.Publie, equipes.GetValueOrDefault(d.Id))).ToList();
        Repondants = await questionnaires.RepondantsAsync(id, ct);
        Documents = await DocumentsPromotion.Lignes(db, d => d.PromotionId == id).ToListAsync(ct);
        Maintenant = clock.UtcNow;
        return true;
    }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await ChargerAsync(id, ct)) return NotFound();
        RemplirFormulaire();
        return Page();
    }

    private void RemplirFormulaire()
    {
        var p = Promotion;
        Input = new InputModel
        {
            Libelle = p.Libelle, Annee = p.Annee.ToString(), Debut = p.Debut.ToString("yyyy-MM-dd"), Fin = p.Fin.ToString("yyyy-MM-dd"), Version = p.Version,
            Phases = [.. p.PhasesOrdonnees.Select(x => new PhaseInput
            {
                Nom = x.Nom, Debut = x.Debut.ToString("yyyy-MM-dd"), Fin = x.Fin.ToString("yyyy-MM-dd"), Description = x.Description, Attendus = x.Attendus,
            })],
        };
        for (var i = 0; i < LignesEnPlus; i++) Input.Phases.Add(new PhaseInput());
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!await ChargerAsync(id, ct)) return NotFound();
        var f = new Formulaire(ModelState);
        var libelle = f.Texte("Libelle", Input.Libelle, "la filière", Promotion.LongueurLibelle, requis: false);
        var annee = f.Entier("Annee", Input.Annee, "l'année de rentrée", 2016, 2100);
        var debut = f.Date("Debut", Input.Debut, "le début de la promotion", true);
        var fin = f.Date("Fin", Input.Fin, "la fin de la promotion", true);
        var phases = new List<PhaseSaisie>();
        for (var i = 0; i < Input.Phases.Count; i++)
        {
            var x = Input.Phases[i];
            // An empty row is the spare one: ignored.
            if (string.IsNullOrWhiteSpace(x.Nom) && string.IsNullOrWhiteSpace(x.Debut) && string.IsNullOrWhiteSpace(x.Fin)) continue;
            var nom = f.Texte($"Phases[{i}].Nom", x.Nom, $"le nom de la phase {i + 1}", PhasePromotion.LongueurNom);
            var d = f.Date($"Phases[{i}].Debut", x.Debut, $"le début de la phase {i + 1}", true);
            var fi = f.Date($"Phases[{i}].Fin", x.Fin, $"la fin de la phase {i + 1}", true);
            f.Texte($"Phases[{i}].Description", x.Description, "la description", PhasePromotion.LongueurTexte, requis: false);
            f.Texte($"Phases[{i}].Attendus", x.Attendus, "ce qui est attendu", PhasePromotion.LongueurTexte, requis: false);
            if (d is { } dd && fi is { } ff) phases.Add(new PhaseSaisie(nom, dd, ff, x.Description, x.Attendus));
        }
        if (ModelState.IsValid)
        {
            if (Input.Version != Promotion.Version)
                ModelState.AddModelError("", "Quelqu'un d'autre a modifié cette promotion entre-temps : rechargez la page avant d'enregistrer.");
            else
            {
                try
                {
                    Promotion.Libelle = libelle;
                    Promotion.Annee = annee!.Value;
                    Promotion.Debut = debut!.Value;
                    Promotion.Fin = fin!.Value;
                    Promotion.DefinirPhases(phases);
                }
                catch (DomainException ex)
                {
                    ModelState.AddModelError("", ex.Message);
                }
            }
        }
        if (!ModelState.IsValid) return Page();
        audit.Enregistrer("promotion.modifier", "Promotion", Promotion.Id.ToString(), $"{Promotion.Nom} : {Fr.Nombre(phases.Count, "phase", "phases")}");
        await db.SaveChangesAsync(ct);
        await cache.ViderAsync(ct);
        TempData["Succes"] = "La promotion et ses phases sont enregistrées.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostPublierAsync(Guid id, CancellationToken ct)
    {
        if (!await ChargerAsync(id, ct)) return NotFound();
        try
        {
            Promotion.Publier(clock.UtcNow);
        }
        catch (DomainException ex)
        {
            TempData["Erreur"] = ex.Message;
            return RedirectToPage(new { id });
        }
        audit.Enregistrer("promotion.publier", "Promotion", Promotion.Id.ToString(), Promotion.Nom);
        await db.SaveChangesAsync(ct);
        await cache.ViderAsync(ct);
        TempData["Succes"] = "La promotion est publiée : ses phases apparaissent sur le site.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostDepublierAsync(Guid id, CancellationToken ct)
    {
        if (!await ChargerAsync(id, ct)) return NotFound();
        Promotion.Depublier();
        audit.Enregistrer("promotion.depublier", "Promotion", Promotion.Id.ToString(), Promotion.Nom);
        await db.SaveChangesAsync(ct);
        await cache.ViderAsync(ct);
        TempData["Succes"] = "La promotion n'est plus visible sur le site.";
        return RedirectToPage(new { id });
    }

    /// <summary>Mails each EIG and each défi's sponsor whose outcome is not known yet their personal form.</summary>
    public async Task<IActionResult> OnPostQuestionnairesAsync(Guid id, CancellationToken ct)
    {
        if (!await ChargerAsync(id, ct)) return NotFound();
        var n = await questionnaires.EnvoyerAsync(Promotion, User.UtilisateurId(), clock.UtcNow, ct);
        if (n == 0)
        {
            TempData["Erreur"] = "Aucun questionnaire à envoyer : chaque issue est connue, ou les personnes restantes n'ont pas d'adresse sur la plateforme.";
            return RedirectToPage(new { id });
        }
        await db.SaveChangesAsync(ct);
        TempData["Succes"] = $"{Fr.Nombre(n, "questionnaire envoyé", "questionnaires envoyés")} : chaque lien est personnel et valable {Questionnaires.JoursDeValidite} jours.";
        return RedirectToPage(new { id });
    }

    /// <summary>Shares a document (PDF or image, through the one upload check) with the promotion's EIG and sponsors.</summary>
    public async Task<IActionResult> OnPostDocumentAsync(Guid id, CancellationToken ct)
    {
        if (!await ChargerAsync(id, ct)) return NotFound();
        RemplirFormulaire();
        ModelState.Clear();
        var titre = TitreDocument?.Trim() ?? "";
        if (titre.Length > DocumentPromotion.LongueurTitre)
            ModelState.AddModelError(nameof(TitreDocument), $"Le titre tient en {DocumentPromotion.LongueurTitre} caractères au plus.");
        var (recu, erreur) = await televersement.LireAsync(Document, DocumentPromotion.TailleMax, SorteDeFichier.ImageOuPdf, ct);
        if (erreur is not null) ModelState.AddModelError(nameof(Document), erreur);
        if (!ModelState.IsValid) return Page();
        var document = new DocumentPromotion
        {
            PromotionId = id, Titre = titre.Length > 0 ? titre : recu!.NomOriginal, NomFichier = recu!.NomOriginal, TypeMime = recu.TypeMime,
            Taille = recu.Contenu.Length, Contenu = recu.Contenu, DeposeParId = User.UtilisateurId(), DeposeLe = clock.UtcNow,
        };
        db.DocumentsPromotions.Add(document);
        audit.Enregistrer("promotion.document", "Promotion", id.ToString(), document.Titre);
        await db.SaveChangesAsync(ct);
        TempData["Succes"] = $"« {document.Titre} » est partagé avec les EIG et les sponsors de la promotion.";
        return RedirectToPage(null, null, new { id }, "documents");
    }

    public async Task<IActionResult> OnPostSupprimerDocumentAsync(Guid id, Guid documentId, CancellationToken ct)
    {
        var document = await db.DocumentsPromotions.FirstOrDefaultAsync(d => d.Id == documentId && d.PromotionId == id, ct);
        if (document is null) return NotFound();
        db.DocumentsPromotions.Remove(document);
        audit.Enregistrer("promotion.document.supprimer", "Promotion", id.ToString(), document.Titre);
        await db.SaveChangesAsync(ct);
        TempData["Succes"] = $"« {document.Titre} » n'est plus partagé.";
        return RedirectToPage(null, null, new { id }, "documents");
    }

    public async Task<IActionResult> OnGetDocumentAsync(Guid id, Guid documentId, CancellationToken ct)
    {
        var d = await db.DocumentsPromotions.AsNoTracking().FirstOrDefaultAsync(x => x.Id == documentId && x.PromotionId == id, ct);
        return d is null ? NotFound() : File(d.Contenu, d.TypeMime, Televersement.NomDeTelechargement("document", d.Id, d.TypeMime));
    }
}
