using Eig.Web.Infrastructure.Database;
using Eig.Web.Contenus;
using Eig.Web.Promotions;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Contenus;

public sealed partial class ContentImporter
{
    /// <summary>Titles and slugs of every record a relation may name: those in the database and those of the folder
    /// being imported (read beforehand, so that a défi may name a person's défi further down the folder). Titles are
    /// compared trimmed, spaces collapsed, case-insensitive; slugs also accent-insensitive.</summary>
    private sealed class Index
    {
        private readonly Dictionary<string, Dictionary<string, string>> _parCollection = new(StringComparer.Ordinal);
        private readonly Dictionary<string, (int Numero, string Libelle, int? Annee)> _promotions = new(StringComparer.Ordinal);

        public static string Cle(string valeur) => string.Join(' ', valeur.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

        private void Ajouter(string collection, string titre, string slug)
        {
            if (!_parCollection.TryGetValue(collection, out var d)) _parCollection[collection] = d = new(StringComparer.Ordinal);
            d[Cle(titre)] = slug;
            d.TryAdd(Cle(slug), slug);
            d.TryAdd("slug:" + Slug.De(titre), slug);
        }

        public string? Trouver(string collection, string valeur)
        {
            if (!_parCollection.TryGetValue(collection, out var d)) return null;
            return d.TryGetValue(Cle(valeur), out var s) ? s
                : d.TryGetValue("slug:" + Slug.De(valeur), out s) ? s : null;
        }

        /// <summary>The promotion a value names: a promos file's title or slug, or an existing promotion's.</summary>
        public (int Numero, string Libelle, int? Annee)? Promotion(string valeur) =>
            _promotions.TryGetValue(Cle(valeur), out var p) ? p
            : _promotions.TryGetValue("slug:" + Slug.De(valeur), out p) ? p : null;

        private void AjouterPromotion(string nom, (int, string, int?) p)
        {
            _promotions[Cle(nom)] = p;
            _promotions.TryAdd("slug:" + Slug.De(nom), p);
        }

        public static async Task<Index> ChargerAsync(EigDbContext db, IEnumerable<(string Relatif, string Collection, FrontMatterDocument Doc)> fichiers, CancellationToken ct)
        {
            var i = new Index();
            foreach (var t in await db.Taxons.AsNoTracking().Select(t => new { t.Type, t.Nom, t.Slug }).ToListAsync(ct))
                i.Ajouter(ContentExporter.Collection(t.Type), t.Nom, t.Slug);
            foreach (var d in await db.Defis.AsNoTracking().Select(d => new { d.Titre, d.Slug }).ToListAsync(ct))
                i.Ajouter("defis", d.Titre, d.Slug);
            foreach (var a in await db.Articles.AsNoTracking().Select(a => new { a.Titre, a.Slug }).ToListAsync(ct))
                i.Ajouter("articles", a.Titre, a.Slug);
            foreach (var p in await db.Promotions.AsNoTracking().ToListAsync(ct))
            {
                i.AjouterPromotion(p.Titre, (p.Numero, p.Libelle, p.Annee));
                i.AjouterPromotion(p.Cle, (p.Numero, p.Libelle, p.Annee));
            }
            foreach (var (relatif, collection, doc) in fichiers)
            {
                var titre = (doc.Donnees["title"] ?? doc.Donnees["name"]) is System.Text.Json.Nodes.JsonValue v && v.TryGetValue<string>(out var s) ? s.Trim() : null;
                var slugChamp = doc.Donnees["slug"] is System.Text.Json.Nodes.JsonValue sv && sv.TryGetValue<string>(out var ss) && ss.Length > 0 ? ss : null;
                var slug = Slug.De(slugChamp ?? Path.GetFileNameWithoutExtension(relatif));
                if (collection == "promotions")
                {
                    (int, string, int?)? lu = doc.Donnees["number"] is System.Text.Json.Nodes.JsonValue n && int.TryParse(n.ToString(), out var num)
                        ? (num, (doc.Donnees["label"] as System.Text.Json.Nodes.JsonValue)?.ToString().Trim() ?? "", null)
                        : Promotions.Promotion.LireTitre(titre);
                    if (lu is null) continue;
                    if (titre is not null) i.AjouterPromotion(titre, lu.Value);
                    i.AjouterPromotion(slug, lu.Value);
                    i.AjouterPromotion(Promotions.Promotion.CleDe(lu.Value.Item1, lu.Value.Item2), lu.Value);
                }
                else if (titre is not null && collection is "themes" or "expertises" or "categories" or "defis" or "articles")
                    i.Ajouter(collection, titre, slug);
            }
            return i;
        }
    }
}
