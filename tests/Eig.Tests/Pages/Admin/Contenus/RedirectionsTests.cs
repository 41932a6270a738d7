using System.Net;
using Eig.Tests.Support;
using Eig.Web.Comptes;
using Microsoft.EntityFrameworkCore;

namespace Eig.Tests.Pages.Admin.Contenus;

/// <summary>Staff add a redirect from an old address; staff hide a person's profile.</summary>
public class RedirectionsTests(EigWebFactory factory) : IClassFixture<EigWebFactory>
{
    [Fact]
    public async Task Staff_AddsARedirect_TheOldAddressLeadsThere()
    {
        var staff = factory.NewClient();
        await factory.SignInAsAsync(staff, await factory.CreateUserAsync(Roles.Staff));

        var r = await EigWebFactory.PostFormAsync(staff, "/admin/contenus/redirections", new Dictionary<string, string>
        {
            ["Input.Source"] = "https://ancien-site.example.fr/presse/kit/",
            ["Input.Cible"] = "/contact",
        });

        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        using var ancienne = await factory.NewClient().GetAsync("/presse/kit");
        Assert.Equal(HttpStatusCode.MovedPermanently, ancienne.StatusCode);
        Assert.Equal("/contact", ancienne.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task ARedirectFromAKeptPublicPage_TakesEffectAtOnce()
    {
        // The page was in the public pages' cache: a visitor must not be served the copy after staff redirected it.
        using var visiteur = factory.NewClient();
        (await visiteur.GetAsync("/agents", TestContext.Current.CancellationToken)).Dispose();
        using var gardee = await visiteur.GetAsync("/agents", TestContext.Current.CancellationToken);
        Assert.NotNull(gardee.Headers.Age);
        var staff = factory.NewClient();
        await factory.SignInAsAsync(staff, await factory.CreateUserAsync(Roles.Staff));

        var r = await EigWebFactory.PostFormAsync(staff, "/admin/contenus/redirections", new Dictionary<string, string>
        {
            ["Input.Source"] = "/agents",
            ["Input.Cible"] = "/equipe",
        });

        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        using var apres = await factory.NewClient().GetAsync("/agents", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.MovedPermanently, apres.StatusCode);
        Assert.Equal("/equipe", apres.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Staff_RedirectToAnotherSite_IsRefused()
    {
        var staff = factory.NewClient();
        await factory.SignInAsAsync(staff, await factory.CreateUserAsync(Roles.Staff));

        var r = await EigWebFactory.PostFormAsync(staff, "/admin/contenus/redirections", new Dictionary<string, string>
        {
            ["Input.Source"] = "/vieux",
            ["Input.Cible"] = "//malveillant.example.com/",
        });

        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.Redirections.AnyAsync(x => x.Source == "/vieux")));
    }
}
