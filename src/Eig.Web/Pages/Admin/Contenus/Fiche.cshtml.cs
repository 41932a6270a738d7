using System.ComponentModel.DataAnnotations;
using Eig.Web.Contenus;
using Eig.Web.Contenus.Site;
using Eig.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Pages.Admin.Contenus;

/// <summary>Staff (with 2FA): create, edit or delete one record of a collection, written as the program's file
/// (YAML header + Markdown body) and read by the importer's own rules, so the back office and the files never
/// disagree. Each save keeps a revision and empties the public cache.</summary>
public class FicheModel(EigDbContext db, ContentImporter importer, CachePublic cache, IClock clock) : PageModel
{
    public sealed class InputModel
    {
        [StringLength(80, ErrorMessage = "80 caractères au plus.")]
        [RegularExpression("^[a-z0-9-]*$", ErrorMessage = "Lettres minuscules sans accents, chiffres et tirets seulement, par exemple mon-defi.")]
        public string? Identifiant { get; set; }

        [Required(ErrorMessage = "Saisissez le contenu du fichier.")]
        [StringLength(200_000, ErrorMessage = "Le contenu est trop long.")]
        public string? Texte { get; set; }
    }

    [BindProperty] public InputModel Input { get; set; } = new();
    public string Collection { get; private set; } = "";
    public Guid? Id { get; private set; }
    public string Titre { get; private set; } = "";
    public IReadOnlyList<string> Inconnus { get; private set; } = [];

    private static readonly Dictionary<string, string> Modeles = new()
    {
        ["articles"] = "---\ntitle: Titre de l'actualité\nauthor: L'équipe EIG\ndate: 2026-01-01\ndescription: Une phrase de résumé.\ncategories: []\ndraft: true\n---\nLe texte, en Markdown.\n",
        ["defis"] = "---\ntitle: Titre du défi\ndescription: Une phrase de résumé.\nadministration: Nom de l'administration\ntown: Ville\nthemes: []\nexpertises: []\npromotions: [\"7\"]\nvisible: false\n---\nLe défi, en Markdown.\n",
        ["personnes"] = "---\nname: Prénom Nom\njob: Poste\nrole: participant\npromotions: [\"7\"]\ndefis: []\npublic_profile: false\n---\n",
        ["themes"] = "---\ntitle: Nom du thème\n---\n",
        ["expertises"] = "---\ntitle: Nom de l'expertise\n---\n",
        ["categories"] = "---\ntitle: Nom de la catégorie\n---\n",
    };

    public async Task<IActionResult> OnGetAsync(string collection, Guid? id, CancellationToken ct)
    {
        if (!CollectionModel.Noms.ContainsKey(collection)) return NotFound();
        Collection = collection;
        Id = id;
        if (id is null)
        {
            Titre = "Ajouter : " + CollectionModel.Noms[collection];
            Input.Texte = Modeles[collection];
            return Page();
        }
        var fichier = await LireAsync(collection, id.Value, ct);
        if (fichier is null) return NotFound();
        Input.Texte = fichier.Value.Texte;
        Titre = Path.GetFileName(fichier.Value.Relatif);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string collection, Guid? id, CancellationToken ct)
    {
        if (!CollectionModel.Noms.ContainsKey(collection)) return NotFound();
        Collection = collection;
        Id = id;
        Titre = id is null ? "Ajouter : " + CollectionModel.Noms[collection] : "Modifier";
        string relatif;
        if (id is null)
        {
            if (string.IsNullOrEmpty(Input.Identifiant)) ModelState.AddModelError("Input.Identifiant", "Saisissez l'identifiant, par exemple mon-defi : il fera partie de l'adresse.");
            relatif = $"{collection}/{Input.Identifiant}.md";
        }
        else
        {
            var existant = await LireAsync(collection, id.Value, ct);
            if (existant is null) return NotFound();
            relatif = existant.Value.Fichier;
        }
        if (!ModelState.IsValid) return Page();
        if (id is null && await ExisteAsync(collection, relatif, Input.Identifiant!, ct))
        {
            ModelState.AddModelError("Input.Identifiant", "Cet identifiant est déjà pris : choisissez-en un autre.");
            return Page();
        }
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        try
        {
            Inconnus = await importer.AppliquerFichierAsync(collection, relatif, Input.Texte!, ct);
            await db.SaveChangesAsync(ct);
            var nouvelId = await IdAsync(collection, relatif, ct);
            db.Revisions.Add(new Revision
            {
                Collection = collection, ObjetId = nouvelId, Contenu = Input.Texte!, Motif = id is null ? "Création" : "Modification",
                Auteur = User.Identity?.Name ?? "", CreeLe = clock.UtcNow,
            });
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            await cache.ViderAsync(ct);
            TempData["Succes"] = Inconnus.Count == 0 ? "Enregistré." : $"Enregistré. Champs conservés mais non affichés par le site : {string.Join(", ", Inconnus)}.";
            return Redirect($"/admin/contenus/collections/{collection}/fiche/{nouvelId}");
        }
        catch (ContentFormatException ex)
        {
            ModelState.AddModelError("Input.Texte", (ex.Ligne is null ? "" : $"Ligne {ex.Ligne} : ") + ex.Message.Split(" : ", 2)[^1]);
        }
        catch (DomainException ex)
        {
            ModelState.AddModelError("Input.Texte", ex.Message);
        }
        catch (DbUpdateException)
        {
            ModelState.AddModelError("Input.Texte", "L'enregistrement a été refusé : un autre contenu porte peut-être déjà ce titre ou cet identifiant.");
        }
        db.ChangeTracker.Clear();
        return Page();
    }

    public async Task<IActionResult> OnPostSupprimerAsync(string collection, Guid id, CancellationToken ct)
    {
        if (!CollectionModel.Noms.ContainsKey(collection)) return NotFound();
        var fichier = await LireAsync(collection, id, ct);
        if (fichier is null) return NotFound();
        db.Revisions.Add(new Revision { Collection = collection, ObjetId = id, Contenu = fichier.Value.Texte, Motif = "Suppression", Auteur = User.Identity?.Name ?? "", CreeLe = clock.UtcNow });
        switch (collection)
        {
            case "articles": db.Articles.Remove(await db.Articles.SingleAsync(x => x.Id == id, ct)); break;
            case "defis":
                // A défi may be referenced by other features (dossiers, recrutement): hide it rather than delete it.
                (await db.Defis.SingleAsync(x => x.Id == id, ct)).Publie = false; break;
            case "personnes": db.Personnes.Remove(await db.Personnes.SingleAsync(x => x.Id == id, ct)); break;
            default: db.Taxons.Remove(await db.Taxons.SingleAsync(x => x.Id == id, ct)); break;
        }
        await db.SaveChangesAsync(ct);
        await cache.ViderAsync(ct);
        TempData["Succes"] = collection == "defis" ? "Le défi est masqué du site (il reste lié aux dossiers qui le citent)." : "Supprimé. Le contenu reste dans l'historique.";
        return Redirect($"/admin/contenus/collections/{collection}");
    }

    private async Task<(string Fichier, string Relatif, string Texte)?> LireAsync(string collection, Guid id, CancellationToken ct)
    {
        (string Relatif, string Texte)? f;
        string? fichier;
        switch (collection)
        {
            case "articles":
                var a = await db.Articles.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
                f = a is null ? null : ContentExporter.Texte(a); fichier = a?.Fichier; break;
            case "defis":
                var d = await db.Defis.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
                f = d is null ? null : ContentExporter.Texte(d); fichier = d is null ? null : d.Fichier ?? $"defis/{d.Slug}.md"; break;
            case "personnes":
                var p = await db.Personnes.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
                f = p is null ? null : ContentExporter.Texte(p); fichier = p?.Fichier; break;
            default:
                var type = CollectionModel.Type(collection);
                var t = await db.Taxons.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id && x.Type == type, ct);
                f = t is null ? null : ContentExporter.Texte(t); fichier = t?.Fichier; break;
        }
        return f is null || fichier is null ? null : (fichier, f.Value.Relatif, f.Value.Texte);
    }

    private async Task<bool> ExisteAsync(string collection, string relatif, string slug, CancellationToken ct) => collection switch
    {
        "articles" => await db.Articles.AnyAsync(x => x.Fichier == relatif || x.Slug == slug, ct),
        "defis" => await db.Defis.AnyAsync(x => x.Fichier == relatif || x.Slug == slug, ct),
        "personnes" => await db.Personnes.AnyAsync(x => x.Fichier == relatif || x.Slug == slug, ct),
        _ => await db.Taxons.AnyAsync(x => x.Fichier == relatif || (x.Type == CollectionModel.Type(collection) && x.Slug == slug), ct),
    };

    private async Task<Guid> IdAsync(string collection, string relatif, CancellationToken ct) => collection switch
    {
        "articles" => await db.Articles.Where(x => x.Fichier == relatif).Select(x => x.Id).SingleAsync(ct),
        "defis" => await db.Defis.Where(x => x.Fichier == relatif).Select(x => x.Id).SingleAsync(ct),
        "personnes" => await db.Personnes.Where(x => x.Fichier == relatif).Select(x => x.Id).SingleAsync(ct),
        _ => await db.Taxons.Where(x => x.Fichier == relatif).Select(x => x.Id).SingleAsync(ct),
    };
}
