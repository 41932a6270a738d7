using System.Net;
using Eig.Tests.Support;
using Eig.Web.Comptes;

namespace Eig.Tests.Pages.Compte;

/// <summary>"Mon espace" in the header leads each role to its home.</summary>
public class MonEspaceTests(EigWebFactory factory) : IClassFixture<EigWebFactory>
{
    [Theory]
    [InlineData(Roles.Porteur, "/espace-porteur/dossiers")]
    [InlineData(Roles.Candidat, "/espace-candidat")]
    [InlineData(Roles.Evaluateur, "/evaluation")]
    [InlineData(Roles.Jury, "/jury")]
    [InlineData(Roles.Staff, "/admin")]
    public async Task HeaderLink_LeadsToTheHomeOfTheRole_WhichAnswers(string role, string accueil)
    {
        var client = factory.NewClient();
        await factory.SignInAsAsync(client, await factory.CreateUserAsync(role));
        var home = await EigWebFactory.GetDocumentAsync(client, "/");
        Assert.NotNull(home.QuerySelector("header a[href='/mon-espace']"));

        using var response = await client.GetAsync("/mon-espace", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(accueil, response.Headers.Location!.OriginalString);
        var page = await EigWebFactory.GetDocumentAsync(client, accueil);
        Assert.NotNull(page.QuerySelector("h1"));
    }

    [Fact]
    public async Task Anonymous_HasNoMonEspaceLink_AndIsAskedToSignIn()
    {
        var client = factory.NewClient();
        var home = await EigWebFactory.GetDocumentAsync(client, "/");
        Assert.Null(home.QuerySelector("header a[href='/mon-espace']"));
        using var response = await client.GetAsync("/mon-espace", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(Outcome.Connexion, RouteAccessTests.Classify(response));
    }
}
