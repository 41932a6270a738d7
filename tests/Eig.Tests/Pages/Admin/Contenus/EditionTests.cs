using System.Net;
using System.Net.Http.Headers;
using Eig.Tests.Support;
using Eig.Web.Comptes;
using Eig.Web.Contenus;
using Microsoft.EntityFrameworkCore;

namespace Eig.Tests.Pages.Admin.Contenus;

public class EditionTests(EigWebFactory factory) : IClassFixture<EigWebFactory>
{
    private async Task<HttpClient> StaffAsync()
    {
        var client = factory.NewClient();
        await factory.SignInAsAsync(client, await factory.CreateUserAsync(Roles.Staff));
        return client;
    }

    private static Dictionary<string, string> Champs(string enTete, string corps = "", string? version = null) => new()
    {
        ["Input.EnTete"] = enTete, ["Input.Corps"] = corps, ["Input.DescriptionSeo"] = "", ["Input.ImageOg"] = "",
        ["Input.Version"] = version ?? Guid.Empty.ToString(),
    };

    private async Task<Guid> CreerEtPublierAsync(HttpClient staff, string adresse, string corps)
    {
        var page = "/admin/contenus/pages";
        var r = await EigWebFactory.PostFormAsync(staff, page + "?handler=publier", Champs($"title: Essai\nurl: {adresse}", corps));
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        return Guid.Parse(r.Headers.Location!.OriginalString.Split('/').Last());
    }

    [Fact]
    public async Task Publish_ThenEdit_PublicPageShowsTheNewTextAtOnce()
    {
        var staff = await StaffAsync();
        var adresse = "/essai-" + Guid.NewGuid().ToString("N")[..8];
        var id = await CreerEtPublierAsync(staff, adresse, "Premier **texte**.");
        var visiteur = factory.NewClient();
        Assert.Contains("Premier", PageText.TexteDe(await EigWebFactory.GetDocumentAsync(visiteur, adresse)));
        var version = await factory.WithDbAsync(db => db.Pages.Where(p => p.Id == id).Select(p => p.Version).SingleAsync());

        var r = await EigWebFactory.PostFormAsync(staff, $"/admin/contenus/pages/{id}", Champs($"title: Essai\nurl: {adresse}", "Second texte.", version.ToString()));

        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        var texte = PageText.TexteDe(await EigWebFactory.GetDocumentAsync(visiteur, adresse));
        Assert.Contains("Second texte.", texte);
        Assert.DoesNotContain("Premier", texte);
    }

    [Fact]
    public async Task Post_BadYaml_ShowsTheLineNextToTheFieldAnd400()
    {
        var staff = await StaffAsync();

        var r = await EigWebFactory.PostFormAsync(staff, "/admin/contenus/pages", Champs("title: Essai\nlayout: [page"));

        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        var doc = await EigWebFactory.ParseAsync(r);
        Assert.Contains("Ligne", doc.QuerySelector("#Input_EnTete-erreur")?.TextContent ?? doc.QuerySelector(".fr-error-text")?.TextContent);
        Assert.Contains("layout: [page", doc.QuerySelector("textarea[name='Input.EnTete']")?.TextContent);
    }

    [Fact]
    public async Task Post_StaleVersion_IsRefusedWithoutOverwriting()
    {
        var staff = await StaffAsync();
        var adresse = "/essai-" + Guid.NewGuid().ToString("N")[..8];
        var id = await CreerEtPublierAsync(staff, adresse, "Version A");

        var r = await EigWebFactory.PostFormAsync(staff, $"/admin/contenus/pages/{id}", Champs($"title: Essai\nurl: {adresse}", "Version B", Guid.NewGuid().ToString()));

        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Contains("Quelqu'un a modifié cette page", PageText.TexteDe(await EigWebFactory.ParseAsync(r)));
        Assert.Equal("Version A", await factory.WithDbAsync(db => db.Pages.Where(p => p.Id == id).Select(p => p.Corps).SingleAsync()));
    }

    [Fact]
    public async Task History_DiffAndRestore_BringsBackTheOldText()
    {
        var staff = await StaffAsync();
        var adresse = "/essai-" + Guid.NewGuid().ToString("N")[..8];
        var id = await CreerEtPublierAsync(staff, adresse, "Ancien texte");
        var version = await factory.WithDbAsync(db => db.Pages.Where(p => p.Id == id).Select(p => p.Version).SingleAsync());
        await EigWebFactory.PostFormAsync(staff, $"/admin/contenus/pages/{id}", Champs($"title: Essai\nurl: {adresse}", "Nouveau texte", version.ToString()));
        var premiere = await factory.WithDbAsync(db => db.Revisions.Where(r => r.ObjetId == id).OrderBy(r => r.CreeLe).Select(r => r.Id).FirstAsync());

        var diff = await EigWebFactory.GetDocumentAsync(staff, $"/admin/contenus/pages/{id}/historique?revision={premiere}");
        Assert.Contains("Ancien texte", diff.QuerySelector(".eig-diff--moins")?.TextContent);
        Assert.Contains("Nouveau texte", diff.QuerySelector(".eig-diff--plus")?.TextContent);
        var r = await EigWebFactory.PostFormAsync(staff, $"/admin/contenus/pages/{id}/historique?revision={premiere}&handler=restaurer",
            new Dictionary<string, string> { ["revision"] = premiere.ToString() });

        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        Assert.Contains("Ancien texte", PageText.TexteDe(await EigWebFactory.GetDocumentAsync(factory.NewClient(), adresse)));
    }

    [Fact]
    public async Task Unpublish_PublicPageAnswers404()
    {
        var staff = await StaffAsync();
        var adresse = "/essai-" + Guid.NewGuid().ToString("N")[..8];
        var id = await CreerEtPublierAsync(staff, adresse, "Texte");
        var version = await factory.WithDbAsync(db => db.Pages.Where(p => p.Id == id).Select(p => p.Version).SingleAsync());
        await EigWebFactory.GetDocumentAsync(factory.NewClient(), adresse);

        await EigWebFactory.PostFormAsync(staff, $"/admin/contenus/pages/{id}?handler=depublier", Champs($"title: Essai\nurl: {adresse}", "Texte", version.ToString()));

        Assert.Equal(HttpStatusCode.NotFound, (await factory.NewClient().GetAsync(adresse)).StatusCode);
    }

    [Fact]
    public async Task Media_FakeImage_IsRefused_RealPng_IsServed()
    {
        var staff = await StaffAsync();
        var page = await EigWebFactory.GetDocumentAsync(staff, "/admin/contenus/medias");
        var token = page.QuerySelector($"form[enctype] input[name='{EigWebFactory.AntiforgeryField}']")!.GetAttribute("value")!;
        async Task<HttpResponseMessage> Envoyer(byte[] octets, string nom)
        {
            var form = new MultipartFormDataContent();
            var fichier = new ByteArrayContent(octets);
            fichier.Headers.ContentType = new MediaTypeHeaderValue("image/png");
            form.Add(fichier, "Input.Fichier", nom);
            form.Add(new StringContent(token), EigWebFactory.AntiforgeryField);
            return await staff.PostAsync("/admin/contenus/medias", form);
        }
        var png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
        var nom = $"essai-{Guid.NewGuid():N}.png";

        var faux = await Envoyer("<script>alert(1)</script>"u8.ToArray(), "faux.png");
        var vrai = await Envoyer(png, nom);

        Assert.Equal(HttpStatusCode.BadRequest, faux.StatusCode);
        Assert.Contains("ni une image", PageText.TexteDe(await EigWebFactory.ParseAsync(faux)));
        Assert.Equal(HttpStatusCode.Redirect, vrai.StatusCode);
        var servi = await factory.NewClient().GetAsync("/img/" + nom);
        Assert.Equal("image/png", servi.Content.Headers.ContentType?.MediaType);
        Assert.Equal(png, await servi.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Candidat_CannotReachTheBackOffice()
    {
        var client = factory.NewClient();
        await factory.SignInAsAsync(client, await factory.CreateUserAsync(Roles.Candidat));

        var r = await client.GetAsync("/admin/contenus");

        Assert.NotEqual(HttpStatusCode.OK, r.StatusCode);
    }
}
