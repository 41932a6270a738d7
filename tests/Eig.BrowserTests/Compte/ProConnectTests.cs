using System.Net;
using Eig.BrowserTests.Support;
using Eig.Tests.Support;
using Eig.Web.Comptes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Eig.BrowserTests.Compte;

/// <summary>In Chromium: an agent signs in with the ProConnect button through a real OpenID Connect provider
/// (oidc-provider, configured like ProConnect), lands on their account, then logs out at the provider too.
/// The app runs here on a port of its own, chosen before the provider starts so that its redirect URI is registered.</summary>
public class ProConnectTests(BrowserFixture browser)
{
    private static readonly ProConnectAgent Agent = new("lou.agent@ecologie.gouv.fr", "mot-de-passe-fi-nav", "uid-lou-nav",
        "Lou", "Garnier", "11000601200010");

    [Fact]
    public async Task Agent_SIdentifieAvecProConnect_PuisSeDeconnecteChezLeFournisseur()
    {
        var port = OidcProvider.FreePort();
        var baseUrl = $"http://127.0.0.1:{port}";
        await using var provider = await OidcProvider.StartAsync([Agent], baseUrl);
        await using var app = new EigWebFactory { Settings = provider.Settings() };
        app.UseKestrel(k => k.Listen(IPAddress.Loopback, port));
        app.StartServer();
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseUrl, Locale = "fr-FR" });
        context.SetDefaultTimeout(30_000);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/compte/connexion");
        await page.GetByRole(AriaRole.Button, new() { Name = "S'identifier avec ProConnect" }).ClickAsync();

        // At the provider: its own login form.
        await page.WaitForURLAsync($"{provider.Issuer}interaction/**");
        await page.GetByLabel("Adresse électronique").FillAsync(Agent.Email);
        await page.GetByLabel("Mot de passe").FillAsync(Agent.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();

        await page.WaitForURLAsync($"{baseUrl}/compte");
        Assert.Equal("Mon compte", await page.Locator("h1").InnerTextAsync());
        Assert.True(await app.WithDbAsync(db => db.UserLogins.AnyAsync(l => l.LoginProvider == ProConnect.Scheme && l.ProviderKey == Agent.Uid)));

        await page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Button, new() { Name = "Se déconnecter" }).ClickAsync();
        await page.WaitForURLAsync($"{provider.Issuer}session/end**");
        await page.GetByRole(AriaRole.Button, new() { Name = "Yes, sign me out" }).ClickAsync();
        await page.WaitForURLAsync($"{baseUrl}/");
        await page.GotoAsync("/compte");
        Assert.Contains("/compte/connexion", page.Url);
        await context.CloseAsync();
    }
}
