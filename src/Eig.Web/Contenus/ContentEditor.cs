using System.Text.Json;
using System.Text.Json.Nodes;
using Eig.Web.Contenus.Site;
using Eig.Web.Infrastructure.Database;
using Eig.Web.Contenus;
using Eig.Web.Infrastructure.Audit;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Contenus;

/// <summary>Back-office changes to pages: each save keeps a revision (the page in the program's file format), so
/// that staff can compare two states and restore one; each change empties the public cache.</summary>
public sealed class ContentEditor(EigDbContext db, IClock clock, IAuditLog audit, CachePublic cache, IHttpContextAccessor http)
{
    public static string Instantane(PageContenu p) =>
        FrontMatterDocument.Ecrire(JsonNode.Parse(p.FrontMatter) as JsonObject ?? [], p.Corps);

    /// <summary>Reads a page's file text (front matter + body) into the page; a wrong field is a
    /// <see cref="ContentFormatException"/> with its line.</summary>
    public static void Appliquer(PageContenu p, string enTeteYaml, string corps)
    {
        var texte = "---\n" + enTeteYaml.Replace("\r\n", "\n", StringComparison.Ordinal).Trim('\n') + "\n---\n" + corps.Replace("\r\n", "\n", StringComparison.Ordinal);
        var doc = FrontMatterDocument.Lire(texte, "en-tête");
        var champs = new Champs(doc, "en-tête");
        var layout = champs.Texte("layout") ?? Layouts.Page;
        if (!Layouts.Existe(layout))
            throw champs.Erreur("layout", $"mise en page « {layout} » inconnue (attendu : program, admins, candidates ou page).");
        var titre = champs.Texte("title", obligatoire: true)!.Trim();
        champs.Booleen("open");
        var adresse = (champs.Texte("url") is { Length: > 0 } u ? u.Trim() : PageContenu.AdresseParDefaut(layout, Slug.De(titre))).ToLowerInvariant();
        if (!adresse.StartsWith('/') || adresse.StartsWith("//", StringComparison.Ordinal) || adresse.Contains("..", StringComparison.Ordinal))
            throw champs.Erreur("url", $"l'adresse « {adresse} » doit être un chemin du site commençant par « / ».");
        p.Titre = titre;
        p.Layout = layout;
        p.Adresse = adresse.Length > 1 ? adresse.TrimEnd('/') : adresse;
        p.FrontMatter = doc.Donnees.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
        p.Corps = doc.Corps;
    }

    /// <summary>The front matter alone, as the edit form shows it.</summary>
    public static string EnTete(PageContenu p)
    {
        var texte = FrontMatterDocument.Ecrire(JsonNode.Parse(p.FrontMatter) as JsonObject ?? [], "");
        return texte["---\n".Length..^"---\n".Length].TrimEnd('\n');
    }

    public void Reviser(PageContenu p, string motif)
    {
        db.Revisions.Add(new Revision
        {
            Collection = "page", ObjetId = p.Id, Contenu = Instantane(p), Motif = motif, CreeLe = clock.UtcNow,
            Auteur = http.HttpContext?.User.Identity?.Name ?? "opérateur",
        });
        audit.Enregistrer("contenus.page." + motif.Split(' ')[0].ToLowerInvariant(), "Page", p.Id.ToString(), p.Adresse);
    }

    /// <summary>Saves, and when the page is published takes its address from any other published page.</summary>
    public async Task EnregistrerAsync(PageContenu p, string motif, CancellationToken ct)
    {
        p.ModifieLe = clock.UtcNow;
        p.Version = Guid.NewGuid();
        if (p.Statut == StatutPublication.Publie)
            foreach (var autre in await db.Pages.Where(x => x.Adresse == p.Adresse && x.Statut == StatutPublication.Publie && x.Id != p.Id).ToListAsync(ct))
                autre.Depublier();
        Reviser(p, motif);
        await db.SaveChangesAsync(ct);
        await cache.ViderAsync(ct);
    }

    /// <summary>A line diff (longest common subsequence): each line with ' ', '-' (only in the old) or '+'.</summary>
    public static IReadOnlyList<(char Sens, string Ligne)> Diff(string ancien, string nouveau)
    {
        var a = ancien.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var b = nouveau.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
            for (var j = b.Length - 1; j >= 0; j--)
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
        var r = new List<(char, string)>();
        int x = 0, y = 0;
        while (x < a.Length && y < b.Length)
        {
            if (a[x] == b[y]) { r.Add((' ', a[x])); x++; y++; }
            else if (lcs[x + 1, y] >= lcs[x, y + 1]) r.Add(('-', a[x++]));
            else r.Add(('+', b[y++]));
        }
        while (x < a.Length) r.Add(('-', a[x++]));
        while (y < b.Length) r.Add(('+', b[y++]));
        return r;
    }
}
