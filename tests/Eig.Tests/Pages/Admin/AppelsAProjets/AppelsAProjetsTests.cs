using System.Net;
using Eig.Tests.Support;
using Eig.Web.Appels;
using Eig.Web.AppelsAProjets;
using Eig.Web.Candidatures;
using Eig.Web.Comptes;
using Eig.Web.Promotions;
using Microsoft.EntityFrameworkCore;

namespace Eig.Tests.Pages.Admin.AppelsAProjets;

public class AppelsAProjetsTests : IAsyncLifetime
{
    private readonly EigWebFactory _f = new();
    public ValueTask InitializeAsync() => ValueTask.CompletedTask;
    public ValueTask DisposeAsync() => _f.DisposeAsync();

    private async Task<(HttpClient, Guid)> StaffEtPromotionAsync()
    {
        var client = _f.NewClient();
        await _f.SignInAsAsync(client, await _f.CreateUserAsync(Roles.Staff));
        var promo = new Promotion { Numero = 9, Annee = 2027, Debut = new(2027, 9, 1), Fin = new(2028, 6, 30) };
        await _f.WithDbAsync(async db => { db.Promotions.Add(promo); await db.SaveChangesAsync(); });
        return (client, promo.Id);
    }

    [Fact]
    public async Task Post_Create_StartsWithTheNineCriteriaThenPublishes()
    {
        var (client, promo) = await StaffEtPromotionAsync();

        var r = await EigWebFactory.PostFormAsync(client, "/admin/appels-a-projets",
            new Dictionary<string, string> { ["Input.Titre"] = "AAP promotion 9", ["Input.PromotionId"] = promo.ToString() });

        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        var url = r.Headers.Location!.OriginalString;
        var appel = await _f.WithDbAsync(db => db.AppelsAProjets.SingleAsync());
        Assert.Equal(9, await _f.WithDbAsync(db => db.Criteres.CountAsync(c => c.GrilleId == appel.GrilleId)));

        var pub = await EigWebFactory.PostFormAsync(client, url, new Dictionary<string, string>(), handler: "Publier");
        Assert.Equal(HttpStatusCode.Redirect, pub.StatusCode);
        Assert.Equal(EtatAppel.Publie, await _f.WithDbAsync(db => db.AppelsAProjets.Select(a => a.Etat).SingleAsync()));
    }

    [Fact]
    public async Task Post_Settings_SavesGridWithWeightsAndRule()
    {
        var (client, promo) = await StaffEtPromotionAsync();
        var r = await EigWebFactory.PostFormAsync(client, "/admin/appels-a-projets",
            new Dictionary<string, string> { ["Input.Titre"] = "AAP", ["Input.PromotionId"] = promo.ToString() });
        var url = r.Headers.Location!.OriginalString;

        var save = await EigWebFactory.PostFormAsync(client, url, new Dictionary<string, string>
        {
            ["Input.Criteres"] = "Problème avéré | Confronté au terrain | 2\nSponsoring | Un sponsor engagé",
            ["Input.EchelleMin"] = "1", ["Input.EchelleMax"] = "4", ["Input.SeuilDesaccord"] = "1,5",
            ["Input.TauxCofinancement"] = "30", ["Input.SalairesReference"] = "3500;4000",
        });

        Assert.Equal(HttpStatusCode.Redirect, save.StatusCode);
        var (appel, criteres) = await _f.WithDbAsync(async db =>
        {
            var a = await db.AppelsAProjets.SingleAsync();
            return (a, await db.Criteres.Where(c => c.GrilleId == a.GrilleId).OrderBy(c => c.Numero).ToListAsync());
        });
        Assert.Equal(["Problème avéré", "Sponsoring"], criteres.Select(c => c.Nom));
        Assert.Equal(2, criteres[0].Poids);
        Assert.Null(criteres[1].Poids);
        Assert.Equal(30, appel.TauxCofinancement);
    }

    [Theory]
    [InlineData("Input.Criteres", "Nom | desc | lourd", "Ligne 1")]
    [InlineData("Input.Criteres", "", "au moins un critère")]
    [InlineData("Input.EvaluateursMinimum", "0", "entre 1 et 10")]
    [InlineData("Input.SalairesReference", "beaucoup", "séparés par")]
    [InlineData("Input.Titre", "", "Renseignez le titre")]
    public async Task Post_BadSettings_ShowsFrenchMessage(string champ, string valeur, string attendu)
    {
        var (client, promo) = await StaffEtPromotionAsync();
        var r = await EigWebFactory.PostFormAsync(client, "/admin/appels-a-projets",
            new Dictionary<string, string> { ["Input.Titre"] = "AAP", ["Input.PromotionId"] = promo.ToString() });

        var save = await EigWebFactory.PostFormAsync(client, r.Headers.Location!.OriginalString, new Dictionary<string, string> { [champ] = valeur });

        Assert.Equal(HttpStatusCode.BadRequest, save.StatusCode);
        EigWebFactory.AssertHasError(await EigWebFactory.ParseAsync(save), champ, attendu);
    }

    [Fact]
    public async Task Post_ReglementNotAPdf_IsRefusedNextToTheField()
    {
        var (client, promo) = await StaffEtPromotionAsync();
        var r = await EigWebFactory.PostFormAsync(client, "/admin/appels-a-projets",
            new Dictionary<string, string> { ["Input.Titre"] = "AAP", ["Input.PromotionId"] = promo.ToString() });
        var url = r.Headers.Location!.OriginalString;
        var doc = await EigWebFactory.GetDocumentAsync(client, url);
        var token = doc.QuerySelector($"input[name='{EigWebFactory.AntiforgeryField}']")!.GetAttribute("value")!;

        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), EigWebFactory.AntiforgeryField },
            { new ByteArrayContent("MZ pas un pdf"u8.ToArray()), "Reglement", "reglement.pdf" },
        };
        var post = await client.PostAsync(url + "?handler=Reglement", content);

        Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
        Assert.Contains("n'est pas un PDF", (await EigWebFactory.ParseAsync(post)).Body!.TextContent);
        Assert.Equal(0, await _f.WithDbAsync(db => db.FichiersAap.CountAsync()));
    }
}

public class PublicationEtCacheTests : IAsyncLifetime
{
    private readonly EigWebFactory _f = new();
    public ValueTask InitializeAsync() => ValueTask.CompletedTask;
    public ValueTask DisposeAsync() => _f.DisposeAsync();

    [Fact]
    public async Task PublishingACall_OpensTheCachedAdministrationsPage_AtOnce()
    {
        await _f.ImporterAsync(ContentFolders.Fixtures);
        using var staff = _f.NewClient();
        await _f.SignInAsAsync(staff, await _f.CreateUserAsync(Roles.Staff));
        var promo = new Promotion { Numero = 9, Annee = 2027, Debut = new(2027, 9, 1), Fin = new(2028, 6, 30) };
        await _f.WithDbAsync(async db => { db.Promotions.Add(promo); await db.SaveChangesAsync(); });
        var created = await EigWebFactory.PostFormAsync(staff, "/admin/appels-a-projets",
            new Dictionary<string, string> { ["Input.Titre"] = "AAP promotion 9", ["Input.PromotionId"] = promo.Id.ToString() });
        var url = created.Headers.Location!.OriginalString;
        await _f.WithDbAsync(async db =>
        {
            var a = await db.AppelsAProjets.SingleAsync();
            a.Mode = ModeAppel.Continu;
            a.Ouverture = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1);
            await db.SaveChangesAsync();
        });

        // A visitor's view, cached while the call is a draft: no apply button.
        using var visitor = _f.NewClient();
        (await visitor.GetAsync("/participer/administrations", TestContext.Current.CancellationToken)).Dispose();
        using var cached = await visitor.GetAsync("/participer/administrations", TestContext.Current.CancellationToken);
        Assert.NotNull(cached.Headers.Age);
        Assert.Empty((await EigWebFactory.ParseAsync(cached)).QuerySelectorAll("a[href='/participer/administrations/proposer']"));

        var pub = await EigWebFactory.PostFormAsync(staff, url, new Dictionary<string, string>(), handler: "Publier");
        Assert.Equal(HttpStatusCode.Redirect, pub.StatusCode);

        using var after = await visitor.GetAsync("/participer/administrations", TestContext.Current.CancellationToken);
        Assert.Null(after.Headers.Age);
        Assert.NotEmpty((await EigWebFactory.ParseAsync(after)).QuerySelectorAll("a[href='/participer/administrations/proposer']"));
    }

    [Fact]
    public async Task UploadingTheRules_ShowsTheirLinkOnTheCachedFrontDoor_AtOnce()
    {
        var appel = await AapDonnees.AppelPublieAsync(_f);
        using var staff = _f.NewClient();
        await _f.SignInAsAsync(staff, await _f.CreateUserAsync(Roles.Staff));
        const string porte = "/participer/administrations/proposer";
        var lien = $"main a[href='/appels-a-projets/{appel.Id}/reglement']";
        using var visitor = _f.NewClient();
        (await visitor.GetAsync(porte, TestContext.Current.CancellationToken)).Dispose();
        using var cached = await visitor.GetAsync(porte, TestContext.Current.CancellationToken);
        Assert.NotNull(cached.Headers.Age);
        Assert.Empty((await EigWebFactory.ParseAsync(cached)).QuerySelectorAll(lien));
        var url = $"/admin/appels-a-projets/{appel.Id}";
        var token = (await EigWebFactory.GetDocumentAsync(staff, url)).QuerySelector($"input[name='{EigWebFactory.AntiforgeryField}']")!.GetAttribute("value")!;
        var pdf = new ByteArrayContent(PdfDeTest.Simple());
        pdf.Headers.ContentType = new("application/pdf");
        using var content = new MultipartFormDataContent { { new StringContent(token), EigWebFactory.AntiforgeryField }, { pdf, "Reglement", "reglement.pdf" } };

        using var post = await staff.PostAsync(url + "?handler=Reglement", content, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        using var after = await visitor.GetAsync(porte, TestContext.Current.CancellationToken);
        Assert.Null(after.Headers.Age);
        Assert.NotEmpty((await EigWebFactory.ParseAsync(after)).QuerySelectorAll(lien));
    }
}
