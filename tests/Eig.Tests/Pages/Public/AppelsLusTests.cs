using Eig.Tests.Pages.Candidatures;
using Eig.Tests.Support;
using Eig.Web.Appels;
using Eig.Web.Candidatures;
using Eig.Web.Comptes;
using Microsoft.EntityFrameworkCore;

namespace Eig.Tests.Pages.Public;

/// <summary>The administrations and candidates pages say what the open call's settings say, next to the staff-written
/// text, and when no call is open, say so with the next opening date when one is announced.</summary>
public class AppelsLusTests : IAsyncLifetime
{
    private readonly EigWebFactory _f = new();
    public async ValueTask InitializeAsync() => await _f.ImporterAsync(ContentFolders.Fixtures);
    public ValueTask DisposeAsync() => _f.DisposeAsync();

    private static string Texte(AngleSharp.Dom.IDocument doc) => doc.QuerySelector("main")!.TextContent.Replace('\u00a0', ' ').Replace('\u202f', ' ');

    [Fact]
    public async Task AdministrationsPage_ACriterionChangedInTheBackOffice_ChangesOnThePublicPage()
    {
        var appel = await AapDonnees.AppelPublieAsync(_f, criteres: 9);
        using var visiteur = _f.NewClient();
        var avant = Texte(await EigWebFactory.GetDocumentAsync(visiteur, "/participer/administrations"));
        Assert.Contains("Les 9 critères de sélection", avant);
        Assert.Contains("Description 2", avant);
        Assert.Contains("Directeur ou directrice technique", avant);

        using var staff = _f.NewClient();
        await _f.SignInAsAsync(staff, await _f.CreateUserAsync(Roles.Staff));
        var criteres = string.Join("\n", Enumerable.Range(1, 9).Select(i => i == 2 ? "Impact mesurable | Un objectif chiffré, suivi chaque mois" : $"Critère {i} | Description {i}"));
        var r = await EigWebFactory.PostFormAsync(staff, $"/admin/appels-a-projets/{appel.Id}", new Dictionary<string, string> { ["Input.Criteres"] = criteres });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, r.StatusCode);

        var apres = Texte(await EigWebFactory.GetDocumentAsync(visiteur, "/participer/administrations"));
        Assert.Contains("Impact mesurable", apres);
        Assert.Contains("Un objectif chiffré, suivi chaque mois", apres);
        Assert.DoesNotContain("Description 2", apres);
    }

    [Fact]
    public async Task CandidatesPage_ShowsTheOpenCallsProfilesCriteriaSprintsAndPay()
    {
        await _f.AppelOuvertAsync();
        var doc = await EigWebFactory.GetDocumentAsync(_f.NewClient(), "/participer/candidats");
        var texte = Texte(doc);
        Assert.Contains("Directeur ou directrice de produit", doc.QuerySelector("section[aria-labelledby='aac-profils']")!.TextContent);
        var criteres = doc.QuerySelector("section[aria-labelledby='aac-criteres']")!;
        Assert.Contains("Expérience entrepreneuriale", criteres.TextContent);
        Assert.Equal(1, criteres.QuerySelectorAll("li").Count(li => li.TextContent.StartsWith("Expérience entrepreneuriale")));   // once, not per profile
        Assert.Contains("Sprint 1", doc.QuerySelector("section[aria-labelledby='aac-calendrier']")!.TextContent);
        Assert.Contains("4 250 € net par mois", texte);
        Assert.NotNull(doc.QuerySelector("main a[href='/participer/candidats/postuler']"));
    }

    [Fact]
    public async Task NoCallOpen_BothPagesSaySo_WithTheNextOpeningDate()
    {
        var ouverture = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(40);
        await _f.WithDbAsync(async db =>
        {
            var promo = new Eig.Web.Promotions.Promotion { Numero = 77, Annee = 2028, Debut = new(2028, 9, 1), Fin = new(2029, 6, 30) };
            var aac = new AppelACandidatures { PromotionId = promo.Id, Titre = "AAC à venir", Ouverture = ouverture, Cloture = ouverture.AddDays(60) };
            aac.Publier(DateTime.UtcNow);
            var aap = new Eig.Web.AppelsAProjets.AppelAProjets { PromotionId = promo.Id, Titre = "AAP à venir", Ouverture = ouverture, Cloture = ouverture.AddDays(60) };
            aap.Publier(DateTime.UtcNow);
            db.AddRange(promo, aac, aap);
            await db.SaveChangesAsync();
        });
        var attendu = $"Le prochain appel ouvrira le {Eig.Web.Infrastructure.Formats.Fr.Date(ouverture)}.".Replace('\u00a0', ' ');
        foreach (var page in new[] { "/participer/candidats", "/participer/administrations" })
        {
            var doc = await EigWebFactory.GetDocumentAsync(_f.NewClient(), page);
            Assert.Contains(attendu, Texte(doc));
            Assert.Null(doc.QuerySelector("section[aria-labelledby='aac-profils'], section[aria-labelledby='appel-en-cours']"));
        }
        var postuler = Texte(await EigWebFactory.GetDocumentAsync(_f.NewClient(), "/participer/candidats/postuler"));
        Assert.Contains($"Le prochain ouvrira le {Eig.Web.Infrastructure.Formats.Fr.Date(ouverture)}".Replace('\u00a0', ' '), postuler);
    }
}
