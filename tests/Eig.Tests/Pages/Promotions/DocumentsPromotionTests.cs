using System.Net;
using AngleSharp.Dom;
using Eig.Tests.Pages.Candidatures;
using Eig.Tests.Support;
using Eig.Web.Comptes;
using Eig.Web.Infrastructure.Fichiers;
using Microsoft.EntityFrameworkCore;

namespace Eig.Tests.Pages.Promotions;

/// <summary>Documents shared with a promotion: staff upload them on the promotion's back-office page (through the one
/// upload check), the promotion's EIG and sponsors download them from their défi space; anyone else gets a 404.</summary>
public class DocumentsPromotionTests : IAsyncLifetime
{
    private readonly EigWebFactory _f = new();
    public ValueTask InitializeAsync() => ValueTask.CompletedTask;
    public ValueTask DisposeAsync() => _f.DisposeAsync();

    private static async Task<IDocument> CliquerAsync(HttpClient c, IDocument page, string href)
    {
        Assert.True(page.QuerySelector($"main a[href='{href}']") is not null, $"{page.Url} n'a pas de lien vers {href}");
        return await EigWebFactory.GetDocumentAsync(c, href);
    }

    private async Task<Guid> PartagerAsync(HttpClient staff, Guid promotionId, string titre, byte[] pdf)
    {
        var liste = await EigWebFactory.GetDocumentAsync(staff, "/admin/promotions");
        await CliquerAsync(staff, liste, $"/admin/promotions/{promotionId}");
        var r = await EigWebFactory.PostFormAsync(staff, $"/admin/promotions/{promotionId}", new Dictionary<string, string> { ["TitreDocument"] = titre },
            handler: "Document", file: ("Document", "support.pdf", pdf));
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        return await _f.WithDbAsync(db => db.DocumentsPromotions.Where(d => d.PromotionId == promotionId && d.Titre == titre).Select(d => d.Id).SingleAsync());
    }

    [Fact]
    public async Task StaffShare_TheEigAndSponsorDownloadFromTheirHome_OthersGet404()
    {
        var (promotionId, _, sponsor, eig) = await _f.PromotionAvecEquipeAsync("Cadastre solaire");
        var (_, _, autreSponsor, autreEig) = await _f.PromotionAvecEquipeAsync("Eau potable");
        var staff = await _f.ClientAsync(await _f.CreateUserAsync(Roles.Staff));
        var pdf = PdfDeTest.Simple();

        var id = await PartagerAsync(staff, promotionId, "Support du séminaire de rentrée", pdf);

        var page = await EigWebFactory.GetDocumentAsync(staff, $"/admin/promotions/{promotionId}");
        Assert.Contains(page.QuerySelectorAll("table caption"), c => c.TextContent.Contains("Documents partagés avec la promotion"));
        Assert.NotNull(page.QuerySelector($"a[href='/admin/promotions/{promotionId}?handler=Document&documentId={id}']"));
        foreach (var u in new[] { eig, sponsor })
        {
            var c = await _f.ClientAsync(u);
            var compte = await EigWebFactory.GetDocumentAsync(c, "/compte");
            var accueil = await CliquerAsync(c, compte, "/espace-defi");
            var lien = accueil.QuerySelector($"a[href='/espace-defi/documents/{id}']");
            Assert.NotNull(lien);
            Assert.Equal("Support du séminaire de rentrée", lien!.TextContent.Trim());
            var r = await c.GetAsync($"/espace-defi/documents/{id}");
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
            Assert.Equal("application/pdf", r.Content.Headers.ContentType!.MediaType);
            Assert.Equal(pdf, await r.Content.ReadAsByteArrayAsync());
            // Sent back under a name the platform chose, never the uploader's.
            Assert.StartsWith("document-", r.Content.Headers.ContentDisposition!.FileNameStar ?? r.Content.Headers.ContentDisposition.FileName);
        }
        foreach (var u in new[] { autreEig, autreSponsor, await _f.CreateUserAsync(Roles.Candidat) })
        {
            var c = await _f.ClientAsync(u);
            Assert.Equal(HttpStatusCode.NotFound, (await c.GetAsync($"/espace-defi/documents/{id}")).StatusCode);
            Assert.Null((await EigWebFactory.GetDocumentAsync(c, "/espace-defi")).QuerySelector($"a[href='/espace-defi/documents/{id}']"));
        }
        var anonyme = await _f.NewClient().GetAsync($"/espace-defi/documents/{id}");
        Assert.NotEqual(HttpStatusCode.OK, anonyme.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await _f.ClientAsync(eig)).GetAsync($"/espace-defi/documents/{Guid.NewGuid()}")).StatusCode);
    }

    [Fact]
    public async Task Upload_NotAPdf_IsRefusedNextToTheField_AndNothingIsShared()
    {
        var (promotionId, _, _, _) = await _f.PromotionAvecEquipeAsync("Cadastre solaire");
        var staff = await _f.ClientAsync(await _f.CreateUserAsync(Roles.Staff));

        var r = await EigWebFactory.PostFormAsync(staff, $"/admin/promotions/{promotionId}", new Dictionary<string, string> { ["TitreDocument"] = "Script" },
            handler: "Document", file: ("Document", "support.pdf", "MZ not a pdf"u8.ToArray()));

        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        EigWebFactory.AssertHasError(await EigWebFactory.ParseAsync(r), "Document", Televersement.ErreurPasImageNiPdf);
        Assert.Equal(0, await _f.WithDbAsync(db => db.DocumentsPromotions.CountAsync()));
    }

    [Fact]
    public async Task StaffRemove_TheDocumentIsGoneForTheTeam()
    {
        var (promotionId, _, _, eig) = await _f.PromotionAvecEquipeAsync("Cadastre solaire");
        var staff = await _f.ClientAsync(await _f.CreateUserAsync(Roles.Staff));
        var id = await PartagerAsync(staff, promotionId, "Guide du programme", PdfDeTest.Simple());

        var r = await EigWebFactory.PostFormAsync(staff, $"/admin/promotions/{promotionId}", new Dictionary<string, string>(), handler: "SupprimerDocument");

        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await _f.ClientAsync(eig)).GetAsync($"/espace-defi/documents/{id}")).StatusCode);
    }
}
