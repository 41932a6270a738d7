using Eig.Tests.Support;
using Eig.Web.Contenus;
using Eig.Web.Promotions;

namespace Eig.Tests.Pages.Public;

/// <summary>Directories at real size: ?page=N reaches every page ("page" is a name Razor Pages reserves, so a
/// bound property of that name always read 1).</summary>
public class PaginationTests : IClassFixture<EigWebFactory>
{
    private readonly EigWebFactory _f;

    public PaginationTests(EigWebFactory f)
    {
        _f = f;
        f.WithDbAsync(async db =>
        {
            if (db.Defis.Any()) return;
            var promo = new Promotion { Numero = 4, Annee = 2020, Debut = new DateOnly(2020, 9, 1), Fin = new DateOnly(2021, 6, 30) };
            db.Promotions.Add(promo);
            for (var i = 1; i <= 30; i++)
            {
                db.Defis.Add(new Defi { PromotionId = promo.Id, Titre = $"Défi {i:00}", Slug = $"defi-{i:00}", Publie = true, Promotions = "|4|", Date = new DateOnly(2020, 1, 1) });
                db.Articles.Add(NouvelArticle(i));
            }
            for (var i = 1; i <= 50; i++)
                db.Personnes.Add(new Personne { Fichier = $"personnes/talent-{i:00}.md", Slug = $"talent-{i:00}", Nom = $"Talent {i:00}", Role = RolePersonne.Participant, ConsentementProfilPublic = true, Promotions = "|4|" });
            await db.SaveChangesAsync();
        }).GetAwaiter().GetResult();
    }

    private static Article NouvelArticle(int i)
    {
        var a = new Article { Fichier = $"blog/a-{i:00}.md", Slug = $"article-{i:00}", Titre = $"Article {i:00}", Date = new DateOnly(2021, 1, 1).AddDays(i) };
        a.Publier(DateTime.UtcNow);
        return a;
    }

    private async Task<List<string>> TitresAsync(string url)
    {
        using var client = _f.NewClient();
        var doc = await EigWebFactory.GetDocumentAsync(client, url);
        return [.. doc.QuerySelectorAll(".fr-card__title, main h2 a, main h3 a").Select(t => t.TextContent.Trim()).Distinct()];
    }

    [Fact]
    public async Task Defis_Page3_ShowsTheLastSix()
    {
        Assert.Equal([.. Enumerable.Range(25, 6).Select(i => $"Défi {i:00}")], await TitresAsync("/defis?page=3"));
        Assert.Equal([.. Enumerable.Range(13, 12).Select(i => $"Défi {i:00}")], await TitresAsync("/defis?Filtres.Promotion=4&page=2"));
    }

    [Fact]
    public async Task Actualites_Page2_ShowsOlderArticles()
    {
        var page2 = await TitresAsync("/actualites?page=2");
        Assert.Equal([.. Enumerable.Range(7, 12).Reverse().Select(i => $"Article {i:00}")], page2);
    }

    [Fact]
    public async Task Talents_Page3_ShowsTheLastTwo()
    {
        Assert.Equal(["Talent 49", "Talent 50"], await TitresAsync("/talents?page=3"));
        Assert.Equal(["Talent 49", "Talent 50"], await TitresAsync("/talents?Promotion=4&page=3"));
    }

    [Fact]
    public async Task PaginationLinks_CarryThePageNumber()
    {
        using var client = _f.NewClient();
        var doc = await EigWebFactory.GetDocumentAsync(client, "/defis?page=2");
        Assert.Contains(doc.QuerySelectorAll(".fr-pagination a").Select(a => a.GetAttribute("href")), h => h == "/defis?page=3");
        Assert.Equal("page", doc.QuerySelector(".fr-pagination [aria-current='page']")?.GetAttribute("aria-current"));
        Assert.Equal("2", doc.QuerySelector(".fr-pagination [aria-current='page']")!.TextContent.Trim());
    }
}
