using Eig.Tests.Support;
using Eig.Web.Contenus;
using Eig.Web.Promotions;

namespace Eig.Tests.Pages.Public;

/// <summary>A DSFR card made a link as a whole (<c>fr-enlarge-link</c>) stretches every link it holds over the whole
/// card: with a second link in it (a person's LinkedIn), a click on the card's image or text went to that link instead
/// of the card's page. Every such card of the public directories holds its title's link only.</summary>
public class CartesCliquablesTests(EigWebFactory f) : IClassFixture<EigWebFactory>
{
    [Fact]
    public async Task EveryWholeCardLink_HoldsOnlyItsTitlesLink()
    {
        var cle = Guid.NewGuid().ToString("N")[..8];
        await f.WithDbAsync(async db =>
        {
            var promo = new Promotion { Numero = 80 + Random.Shared.Next(9), Annee = 2030, Debut = new DateOnly(2030, 9, 1), Fin = new DateOnly(2031, 6, 30) };
            db.Promotions.Add(promo);
            db.Defis.Add(new Defi { PromotionId = promo.Id, Titre = "Défi des cartes " + cle, Slug = "cartes-" + cle, Publie = true, Date = new DateOnly(2099, 1, 3) });
            db.Personnes.Add(new Personne
            {
                Fichier = $"personnes/c-{cle}.md", Slug = "c-" + cle, Nom = "Aaa Carte " + cle, Role = RolePersonne.Participant, ConsentementProfilPublic = true,
                Poids = -2000, Defis = ListeSlugs.Ecrire(["cartes-" + cle]), LinkedIn = "https://www.linkedin.com/in/carte-" + cle, GitHub = "https://github.com/carte-" + cle,
            });
            await db.SaveChangesAsync();
        });

        var visiteur = f.NewClient();
        var talents = await EigWebFactory.GetDocumentAsync(visiteur, "/talents");
        var carte = talents.QuerySelectorAll(".fr-card").Single(c => c.TextContent.Contains("Aaa Carte " + cle));
        // The card still names the défi (as text: its link, and LinkedIn's and GitHub's, are on the person's page).
        Assert.Contains("Défi : Défi des cartes " + cle, carte.TextContent);
        Assert.Equal(["/personnes/c-" + cle], carte.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")));
        var personne = await EigWebFactory.GetDocumentAsync(visiteur, "/personnes/c-" + cle);
        var liens = personne.QuerySelectorAll("main a[href]").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/defis/cartes-" + cle, liens);
        Assert.Contains("https://www.linkedin.com/in/carte-" + cle, liens);
        Assert.Contains("https://github.com/carte-" + cle, liens);

        foreach (var adresse in new[] { "/", "/defis", "/talents", "/actualites", "/agents", "/equipe" })
        {
            var page = await EigWebFactory.GetDocumentAsync(visiteur, adresse);
            foreach (var c in page.QuerySelectorAll(".fr-enlarge-link"))
                Assert.True(c.QuerySelectorAll("a[href]").Length == 1, $"{adresse} : une carte cliquable contient {c.QuerySelectorAll("a[href]").Length} liens ({c.TextContent.Trim()[..Math.Min(60, c.TextContent.Trim().Length)]})");
        }
    }
}
