using System.Net;
using Eig.Tests.Support;
using Eig.Web.Comptes;
using Eig.Web.Contenus;
using Microsoft.EntityFrameworkCore;

namespace Eig.Tests.Pages.Admin.Contenus;

public class FicheTests(EigWebFactory factory) : IClassFixture<EigWebFactory>
{
    private async Task<HttpClient> StaffAsync()
    {
        await factory.ImporterAsync(ContentFolders.Fixtures);
        var client = factory.NewClient();
        await factory.SignInAsAsync(client, await factory.CreateUserAsync(Roles.Staff));
        return client;
    }

    [Fact]
    public async Task Create_Article_AsFile_IsPublishedAndListed()
    {
        var staff = await StaffAsync();
        var slug = "breve-" + Guid.NewGuid().ToString("N")[..8];

        var r = await EigWebFactory.PostFormAsync(staff, "/admin/contenus/collections/articles/fiche", new Dictionary<string, string>
        {
            ["Input.Identifiant"] = slug,
            ["Input.Texte"] = "---\ntitle: Une brève du back-office\ndate: 2026-03-01\ncategories: [appels]\n---\nUn texte **important**.",
        });

        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        var page = await EigWebFactory.GetDocumentAsync(factory.NewClient(), "/actualites/" + slug);
        Assert.Equal("Une brève du back-office", PageText.Normaliser(page.QuerySelector("h1")?.TextContent));
        Assert.Equal("important", page.QuerySelector("main strong")?.TextContent);
        var liste = await EigWebFactory.GetDocumentAsync(staff, "/admin/contenus/collections/articles");
        Assert.Contains("Une brève du back-office", PageText.TexteDe(liste));
    }

    [Fact]
    public async Task Edit_Defi_WrongType_ShowsLineAnd400_NothingSaved()
    {
        var staff = await StaffAsync();
        var id = await factory.WithDbAsync(db => db.Defis.Where(d => d.Slug == "parcours-patient").Select(d => d.Id).SingleAsync());
        var url = $"/admin/contenus/collections/defis/fiche/{id}";
        var texte = (await EigWebFactory.GetDocumentAsync(staff, url)).QuerySelector("textarea[name='Input.Texte']")!.TextContent;
        var casse = texte.Replace("visible: true", "visible: bientot").Replace("Parcours patient simplifié", "Titre changé");

        var r = await EigWebFactory.PostFormAsync(staff, url, new Dictionary<string, string> { ["Input.Texte"] = casse });

        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        var doc = await EigWebFactory.ParseAsync(r);
        Assert.Matches(@"Ligne \d+ : le champ « visible »", doc.QuerySelector(".fr-error-text")?.TextContent ?? "");
        Assert.Equal("Parcours patient simplifié", await factory.WithDbAsync(db => db.Defis.Where(d => d.Id == id).Select(d => d.Titre).SingleAsync()));
    }

    [Fact]
    public async Task Edit_Defi_ChangesThePublicPage_AndKeepsARevision()
    {
        var staff = await StaffAsync();
        var id = await factory.WithDbAsync(db => db.Defis.Where(d => d.Slug == "parcours-patient").Select(d => d.Id).SingleAsync());
        var url = $"/admin/contenus/collections/defis/fiche/{id}";
        await EigWebFactory.GetDocumentAsync(factory.NewClient(), "/defis/parcours-patient");
        var texte = (await EigWebFactory.GetDocumentAsync(staff, url)).QuerySelector("textarea[name='Input.Texte']")!.TextContent;

        var r = await EigWebFactory.PostFormAsync(staff, url, new Dictionary<string, string> { ["Input.Texte"] = texte.Replace("town: Paris", "town: Lyon") });

        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        Assert.Contains("Lyon", PageText.TexteDe(await EigWebFactory.GetDocumentAsync(factory.NewClient(), "/defis/parcours-patient")));
        Assert.True(await factory.WithDbAsync(db => db.Revisions.AnyAsync(x => x.ObjetId == id && x.Collection == "defis")));
    }

    [Fact]
    public async Task Delete_Personne_RemovesItFromTalents()
    {
        var staff = await StaffAsync();
        var id = await factory.WithDbAsync(db => db.Personnes.Where(p => p.Slug == "alice-martin").Select(p => p.Id).SingleAsync());

        var fiche = await EigWebFactory.GetDocumentAsync(staff, $"/admin/contenus/collections/personnes/fiche/{id}");
        var form = fiche.QuerySelectorAll("form").Single(f => (f.GetAttribute("action") ?? "").Contains("handler=supprimer"));
        var token = form.QuerySelector($"input[name='{EigWebFactory.AntiforgeryField}']")!.GetAttribute("value")!;
        var r = await staff.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(new Dictionary<string, string> { [EigWebFactory.AntiforgeryField] = token }));

        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        Assert.Equal("/admin/contenus/collections/personnes", r.Headers.Location?.OriginalString);
        Assert.False(await factory.WithDbAsync(db => db.Personnes.AnyAsync(p => p.Id == id)));
        Assert.DoesNotContain("Alice Martin", PageText.TexteDe(await EigWebFactory.GetDocumentAsync(factory.NewClient(), "/talents")));
    }
}
