using System.Net;
using Eig.Tests.Support;
using Eig.Web.Comptes;
using Eig.Web.Infrastructure.Security;

namespace Eig.Tests.Infrastructure.Security;

/// <summary>Finding 2: return URLs that a browser resolves to another site, and the 500 they caused after sign-in.</summary>
public class AdresseDeRetourTests(EigWebFactory factory) : IClassFixture<EigWebFactory>
{
    [Theory]
    [InlineData("/\t/evil.example")]
    [InlineData("/\r\n/evil.example")]
    [InlineData("//evil.example")]
    [InlineData("/\\evil.example")]
    [InlineData("\\\\evil.example")]
    [InlineData("https://evil.example/")]
    [InlineData("javascript:alert(1)")]
    [InlineData("/%2F/evil.example")]
    [InlineData("/%5Cevil.example")]
    [InlineData("/\u202Eelpmaxe.live")]
    [InlineData("evil.example")]
    [InlineData("")]
    public void Locale_RefusesWhatCouldLeaveTheSite(string url) => Assert.Null(AdresseDeRetour.Locale(url));

    [Theory]
    [InlineData("/admin")]
    [InlineData("/espace-candidat/candidature?appel=3&etape=2")]
    [InlineData("/compte/invitation?jeton=abc")]
    public void Locale_KeepsPlainLocalPaths(string url) => Assert.Equal(url, AdresseDeRetour.Locale(url));

    [Theory]
    [InlineData("%2F%09%2Fevil.example")]
    [InlineData("%2F%0D%0A%2Fevil.example")]
    [InlineData("%2F%5Cevil.example")]
    [InlineData("https%3A%2F%2Fevil.example")]
    public async Task SignIn_WithAHostileReturnUrl_GoesToTheRolesHome_Never500(string returnUrl)
    {
        var user = await factory.CreateUserAsync(Roles.Porteur);
        using var client = factory.NewClient();

        using var response = await EigWebFactory.PostFormAsync(client, "/compte/connexion?ReturnUrl=" + returnUrl, new Dictionary<string, string>
        {
            ["Input.Email"] = user.Email, ["Input.Password"] = user.Password,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/espace-porteur/dossiers", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task SecondFactorSetUp_ContinueLink_StaysOnTheSite()
    {
        var staff = await factory.CreateUserAsync(Roles.Staff, twoFactor: false);
        using var client = factory.NewClient();
        (await EigWebFactory.LoginAsync(client, staff)).Dispose();
        var page = await EigWebFactory.GetDocumentAsync(client, "/compte/double-authentification?returnUrl=%2F%09%2Fevil.example");
        var key = page.QuerySelector("#cle-2fa")!.TextContent.Replace(" ", "").ToUpperInvariant();

        using var ok = await EigWebFactory.PostFormAsync(client, "/compte/double-authentification?returnUrl=%2F%09%2Fevil.example",
            new Dictionary<string, string> { ["Input.Code"] = Totp.Code(key) });

        var done = await EigWebFactory.ParseAsync(ok);
        var continuer = done.QuerySelectorAll("a").Single(a => a.TextContent.Trim() == "Continuer").GetAttribute("href");
        Assert.Equal("/admin", continuer);
    }
}
