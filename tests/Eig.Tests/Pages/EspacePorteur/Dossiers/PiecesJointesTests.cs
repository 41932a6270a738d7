using System.Net;
using Eig.Tests.Support;
using Eig.Web.Comptes;
using Microsoft.EntityFrameworkCore;

namespace Eig.Tests.Pages.EspacePorteur.Dossiers;

public class PiecesJointesTests : IAsyncLifetime
{
    private readonly EigWebFactory _f = new();
    public ValueTask InitializeAsync() => ValueTask.CompletedTask;
    public ValueTask DisposeAsync() => _f.DisposeAsync();

    private async Task<(HttpClient Client, string Url)> DossierAsync()
    {
        var appel = await AapDonnees.AppelPublieAsync(_f);
        var porteur = await _f.CreateUserAsync(Roles.Porteur);
        var client = _f.NewClient();
        await _f.SignInAsAsync(client, porteur);
        var d = await AapDonnees.DossierAsync(_f, appel.Id, porteur.Id, deposer: false);
        return (client, $"/espace-porteur/dossiers/{d.Id}/pieces-jointes");
    }

    private static Task<HttpResponseMessage> EnvoyerAsync(HttpClient client, string url, byte[] contenu, string nom) =>
        EigWebFactory.PostFormAsync(client, url, new Dictionary<string, string>(), file: ("Input.Fichier", nom, contenu));

    [Fact]
    public async Task Post_RealPdf_IsStored()
    {
        var (client, url) = await DossierAsync();

        var r = await EnvoyerAsync(client, url, "%PDF-1.7\n%%EOF"u8.ToArray(), "etude <b>.pdf");

        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        var f = await _f.WithDbAsync(db => db.FichiersAap.SingleAsync());
        Assert.Equal("etude <b>.pdf", f.NomFichier);
        var page = await (await client.GetAsync(url)).Content.ReadAsStringAsync();
        Assert.DoesNotContain("etude <b>.pdf", page);
    }

    [Fact]
    public async Task Post_FakePdf_ShowsErrorNextToField()
    {
        var (client, url) = await DossierAsync();

        var r = await EnvoyerAsync(client, url, "<html>pas un pdf</html>"u8.ToArray(), "faux.pdf");

        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        var doc = await EigWebFactory.ParseAsync(r);
        EigWebFactory.AssertHasError(doc, "Input.Fichier", "n'est pas un PDF");
        Assert.Equal(0, await _f.WithDbAsync(db => db.FichiersAap.CountAsync()));
    }

    [Fact]
    public async Task Post_50MegabyteFile_ShowsSizeError()
    {
        var (client, url) = await DossierAsync();
        var gros = new byte[50 * 1024 * 1024];
        "%PDF-"u8.CopyTo(gros);

        var r = await EnvoyerAsync(client, url, gros, "gros.pdf");

        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Contains("taille maximale", (await EigWebFactory.ParseAsync(r)).Body!.TextContent);
        Assert.Equal(0, await _f.WithDbAsync(db => db.FichiersAap.CountAsync()));
    }

    [Fact]
    public async Task Post_NoFile_ShowsError()
    {
        var (client, url) = await DossierAsync();

        var r = await EigWebFactory.PostFormAsync(client, url, new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Contains("Choisissez un fichier PDF", (await EigWebFactory.ParseAsync(r)).Body!.TextContent);
    }
}
