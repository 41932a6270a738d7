using System.Net;
using Eig.Tests.Support;
using Eig.Web.Comptes;
using Microsoft.EntityFrameworkCore;

namespace Eig.Tests.Pages.EspacePorteur.Dossiers;

public class MessagesTests : IAsyncLifetime
{
    private readonly EigWebFactory _f = new();
    public ValueTask InitializeAsync() => ValueTask.CompletedTask;
    public ValueTask DisposeAsync() => _f.DisposeAsync();

    [Fact]
    public async Task Messages_BothWays_NotifyTheOtherSide()
    {
        var appel = await AapDonnees.AppelPublieAsync(_f);
        var porteur = await _f.CreateUserAsync(Roles.Porteur);
        var staffUser = await _f.CreateUserAsync(Roles.Staff);
        var d = await AapDonnees.DossierAsync(_f, appel.Id, porteur.Id);
        var pc = _f.NewClient(); await _f.SignInAsAsync(pc, porteur);
        var sc = _f.NewClient(); await _f.SignInAsAsync(sc, staffUser);

        var vide = await EigWebFactory.PostFormAsync(pc, $"/espace-porteur/dossiers/{d.Id}/messages", new Dictionary<string, string> { ["Input.Texte"] = " " });
        Assert.Equal(HttpStatusCode.BadRequest, vide.StatusCode);

        var r1 = await EigWebFactory.PostFormAsync(pc, $"/espace-porteur/dossiers/{d.Id}/messages", new Dictionary<string, string> { ["Input.Texte"] = "Question <b>sur</b> le budget" });
        Assert.Equal(HttpStatusCode.Redirect, r1.StatusCode);
        var r2 = await EigWebFactory.PostFormAsync(sc, $"/admin/dossiers/{d.Id}/messages", new Dictionary<string, string> { ["Input.Texte"] = "Réponse de l'équipe" });
        Assert.Equal(HttpStatusCode.Redirect, r2.StatusCode);

        var mails = await _f.ReadMailsAsync();
        Assert.Contains(mails, m => m.To == staffUser.Email && m.Subject.Contains(d.Reference));
        Assert.Contains(mails, m => m.To == porteur.Email && m.Subject.Contains(d.Reference));
        var html = await (await pc.GetAsync($"/espace-porteur/dossiers/{d.Id}/messages")).Content.ReadAsStringAsync();
        Assert.Contains("Réponse de l&#x27;équipe", html.Replace("'", "&#x27;"));
        Assert.DoesNotContain("<b>sur</b>", html);
    }

    [Fact]
    public async Task Get_OtherAdministrationsMessages_Is404()
    {
        var appel = await AapDonnees.AppelPublieAsync(_f);
        var autre = await _f.CreateUserAsync(Roles.Porteur);
        var d = await AapDonnees.DossierAsync(_f, appel.Id, autre.Id);
        var pc = _f.NewClient(); await _f.SignInAsAsync(pc, await _f.CreateUserAsync(Roles.Porteur));

        Assert.Equal(HttpStatusCode.NotFound, (await pc.GetAsync($"/espace-porteur/dossiers/{d.Id}/messages")).StatusCode);
        Assert.Equal(0, await _f.WithDbAsync(db => db.MessagesDossiers.CountAsync()));
    }

    private static async Task<HttpResponseMessage> EnvoyerAvecPieceAsync(HttpClient client, string url, byte[] contenu, string nom)
    {
        var doc = await EigWebFactory.GetDocumentAsync(client, url);
        var form = doc.QuerySelector("form[enctype='multipart/form-data']")!;
        var token = form.QuerySelector($"input[name='{EigWebFactory.AntiforgeryField}']")!.GetAttribute("value")!;
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), EigWebFactory.AntiforgeryField },
            { new StringContent("Voici la pièce demandée"), "Input.Texte" },
            { new ByteArrayContent(contenu), "Input.Piece", nom },
        };
        return await client.PostAsync(url, content);
    }

    /// <summary>Issue 11, finding 7, on message attachments: the uploader's name (a right-to-left override hiding
    /// ".hta") is only text on the page; the team downloads the file under a name the platform chose, as a PDF.</summary>
    [Fact]
    public async Task Piece_HostileName_IsOnlyText_TheTeamDownloadsAPlatformNamedPdf()
    {
        var appel = await AapDonnees.AppelPublieAsync(_f);
        var porteur = await _f.CreateUserAsync(Roles.Porteur);
        var d = await AapDonnees.DossierAsync(_f, appel.Id, porteur.Id);
        var pc = _f.NewClient(); await _f.SignInAsAsync(pc, porteur);
        var sc = _f.NewClient(); await _f.SignInAsAsync(sc, await _f.CreateUserAsync(Roles.Staff));

        using var r = await EnvoyerAvecPieceAsync(pc, $"/espace-porteur/dossiers/{d.Id}/messages", PdfDeTest.Simple(), "annexe\u202Egpj.hta");
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);

        var page = await EigWebFactory.GetDocumentAsync(sc, $"/admin/dossiers/{d.Id}/messages");
        var lien = Assert.Single(page.QuerySelectorAll("a[href*='handler=Piece']"));
        Assert.Equal("annexegpj.hta", lien.TextContent.Trim());
        using var piece = await sc.GetAsync(lien.GetAttribute("href"), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, piece.StatusCode);
        Assert.Equal("application/pdf", piece.Content.Headers.ContentType!.MediaType);
        Assert.Matches("^piece-jointe-[0-9a-f]{12}\\.pdf$", piece.Content.Headers.ContentDisposition!.FileName!.Trim('"'));
    }

    /// <summary>Five magic bytes in front of a web page are not a PDF: refused next to the field, no message stored.</summary>
    [Fact]
    public async Task Piece_NotReallyAPdf_IsRefusedNextToTheField_AndNothingIsStored()
    {
        var appel = await AapDonnees.AppelPublieAsync(_f);
        var porteur = await _f.CreateUserAsync(Roles.Porteur);
        var d = await AapDonnees.DossierAsync(_f, appel.Id, porteur.Id);
        var pc = _f.NewClient(); await _f.SignInAsAsync(pc, porteur);

        using var r = await EnvoyerAvecPieceAsync(pc, $"/espace-porteur/dossiers/{d.Id}/messages",
            "%PDF-<html><script>alert(1)</script></html>"u8.ToArray(), "annexe.pdf");

        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        var erreur = (await EigWebFactory.ParseAsync(r)).QuerySelector(".fr-upload-group--error .fr-error-text");
        Assert.Equal(Eig.Web.Infrastructure.Fichiers.Televersement.ErreurEndommage, erreur?.TextContent.Trim());
        Assert.Equal(0, await _f.WithDbAsync(db => db.MessagesDossiers.CountAsync()));
        Assert.Equal(0, await _f.WithDbAsync(db => db.FichiersAap.CountAsync()));
    }
}
