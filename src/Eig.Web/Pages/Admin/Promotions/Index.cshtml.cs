using Eig.Web.AppelsAProjets;
using Eig.Web.Infrastructure.Audit;
using Eig.Web.Infrastructure.Database;
using Eig.Web.Infrastructure.Fichiers;
using Eig.Web.Promotions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Pages.Admin.Promotions;

/// <summary>Staff: the promotions, a new one on the programme's usual calendar (three phases, September to July), and
/// the outcomes of past promotions imported from a CSV file (<see cref="ImportResultats"/>).</summary>
[RequestFormLimits(MultipartBodyLengthLimit = 16 * 1024 * 1024)]
[RequestSizeLimit(16 * 1024 * 1024)]
public class IndexModel(EigDbContext db, IAuditLog audit, CalendrierPublic calendrier, Televersement televersement, ImportResultats import,
    Eig.Web.Contenus.Site.CachePublic cache) : PageModel
{
    public sealed record Ligne(Guid Id, string Nom, int Numero, DateOnly Debut, DateOnly Fin, bool Publiee, string? Phase, int Defis);

    public IReadOnlyList<Ligne> Promotions { get; private set; } = [];
    [BindProperty] public InputModel Input { get; set; } = new();
    /// <summary>The outcomes file (named apart from <see cref="Input"/>: the two forms are posted separately).</summary>
    [BindProperty] public IFormFile? FichierResultats { get; set; }
    /// <summary>The last import's report, shown under its form.</summary>
    public RapportImportResultats? Rapport { get; private set; }

    public sealed class InputModel
    {
        public string? Numero { get; set; }
        public string? Annee { get; set; }
        public string? Libelle { get; set; }
    }

    private async Task ChargerAsync(CancellationToken ct)
    {
        var jour = calendrier.Aujourdhui();
        var defis = await db.Defis.GroupBy(d => d.PromotionId).Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.N, ct);
        Promotions = (await db.Promotions.AsNoTracking().Include(p => p.Phases).OrderByDescending(p => p.Numero).ToListAsync(ct))
            .Select(p => new Ligne(p.Id, p.Titre, p.Numero, p.Debut, p.Fin, p.Publiee, p.PhaseEnCours(jour)?.Nom, defis.GetValueOrDefault(p.Id)))
            .ToList();
    }

    public async Task OnGetAsync(CancellationToken ct)
    {
        await ChargerAsync(ct);
        var derniere = Promotions.FirstOrDefault();
        Input = new InputModel
        {
            Numero = ((derniere?.Numero ?? 0) + 1).ToString(),
            Annee = (derniere is null ? calendrier.Aujourdhui().Year : derniere.Debut.Year + 1).ToString(),
        };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var f = new Formulaire(ModelState);
        var numero = f.Entier("Numero", Input.Numero, "le numéro de la promotion", 1, 999);
        var annee = f.Entier("Annee", Input.Annee, "l'année de rentrée", 2016, 2100);
        var libelle = f.Texte("Libelle", Input.Libelle, "la filière", Promotion.LongueurLibelle, requis: false);
        if (numero is { } n && await db.Promotions.AnyAsync(p => p.Numero == n && p.Libelle == libelle, ct))
            ModelState.AddModelError("Input.Numero", $"La promotion « {new Promotion { Numero = n, Libelle = libelle }.Titre} » existe déjà.");
        if (!ModelState.IsValid)
        {
            await ChargerAsync(ct);
            return Page();
        }
        var p = Promotion.Nouvelle(numero!.Value, annee!.Value, libelle);
        db.Promotions.Add(p);
        audit.Enregistrer("promotion.creer", "Promotion", p.Id.ToString(), p.Titre);
        await db.SaveChangesAsync(ct);
        TempData["Succes"] = "La promotion est créée avec les trois phases habituelles : ajustez-les, puis publiez-la.";
        return RedirectToPage("Promotion", new { id = p.Id });
    }

    /// <summary>Imports the outcomes file: every row checked, all saved or none, a report line per row.</summary>
    public async Task<IActionResult> OnPostImporterAsync(CancellationToken ct)
    {
        await ChargerAsync(ct);
        ModelState.Clear();
        var (recu, erreur) = await televersement.LireAsync(FichierResultats, ImportResultats.TailleMax, SorteDeFichier.CsvUtf8, ct);
        if (erreur is not null)
        {
            ModelState.AddModelError(nameof(FichierResultats), erreur);
            return Page();
        }
        Rapport = await import.ImporterAsync(recu!.Contenu, User.UtilisateurId(), ct);
        if (!Rapport.Enregistre)
        {
            ModelState.AddModelError(nameof(FichierResultats), Rapport.Resume);
            return Page();
        }
        if (Rapport.Importees > 0) await cache.ViderAsync(ct);
        return Page();
    }
}
