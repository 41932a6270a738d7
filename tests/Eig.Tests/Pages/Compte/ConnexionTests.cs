using System.Net;
using Eig.Tests.Support;
using Eig.Web.Comptes;
using Microsoft.EntityFrameworkCore;

namespace Eig.Tests.Pages.Compte;

public class ConnexionTests(EigWebFactory factory) : IClassFixture<EigWebFactory>
{
    [Fact]
    public async Task Post_WrongPassword_ShowsErrorNextToPassword()
    {
        var user = await factory.CreateUserAsync(Roles.Porteur);
        using var client = factory.NewClient();

        using var response = await EigWebFactory.LoginAsync(client, user.Email, "pas le bon mot de passe");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var doc = await EigWebFactory.ParseAsync(response);
        Assert.Contains("incorrect", doc.QuerySelector("#Input_Password-erreur")!.TextContent);
        Assert.Equal(user.Email, doc.QuerySelector("#Input_Email")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Post_FiveFailures_DelayTheNextTry_FromThatAddress_EvenWithTheRightPassword()
    {
        var user = await factory.CreateUserAsync(Roles.Candidat);
        using var client = factory.NewClient();

        for (var i = 0; i < 5; i++)
            (await EigWebFactory.LoginAsync(client, user.Email, "mauvais mot de passe " + i)).Dispose();
        using var response = await EigWebFactory.LoginAsync(client, user);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        EigWebFactory.AssertHasError(await EigWebFactory.ParseAsync(response), "Input.Password", "Trop d'essais de connexion. Réessayez dans 1\u00a0minute");
        Assert.True(await factory.WithDbAsync(db => db.Audit.AnyAsync(a => a.Action == "compte.connexion-freinee" && a.ActeurEmail == user.Email)));
    }

    [Fact]
    public async Task Post_Success_RedirectsToLocalReturnUrl_ButNeverToAnotherSite()
    {
        var user = await factory.CreateUserAsync(Roles.Jury);
        using var client = factory.NewClient();

        using var response = await EigWebFactory.PostFormAsync(client, "/compte/connexion?ReturnUrl=%2F%2Fevil.example%2F", new Dictionary<string, string>
        {
            ["Input.Email"] = user.Email,
            ["Input.Password"] = user.Password,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        // Not the other site: the home of the person's role.
        Assert.Equal("/jury", response.Headers.Location!.OriginalString);
        Assert.True(await factory.WithDbAsync(db => db.Audit.AnyAsync(a => a.Action == "compte.connexion" && a.ActeurId == user.Id)));
    }

    [Fact]
    public async Task Staff_WithTwoFactor_NeedsTheCode_ThenReachesTheBackOffice()
    {
        var staff = await factory.CreateUserAsync(Roles.Staff);
        using var client = factory.NewClient();

        using var first = await EigWebFactory.PostFormAsync(client, "/compte/connexion?ReturnUrl=%2Fadmin", new Dictionary<string, string>
        {
            ["Input.Email"] = staff.Email,
            ["Input.Password"] = staff.Password,
        });
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var twoFactorUrl = first.Headers.Location!.OriginalString;
        Assert.StartsWith("/compte/connexion-2fa", twoFactorUrl);

        using var wrong = await EigWebFactory.PostFormAsync(client, twoFactorUrl, new Dictionary<string, string> { ["Input.Code"] = "000000" == Totp.Code(staff.AuthenticatorKey!) ? "111111" : "000000" });
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);

        using var ok = await EigWebFactory.PostFormAsync(client, twoFactorUrl, new Dictionary<string, string> { ["Input.Code"] = Totp.Code(staff.AuthenticatorKey!) });
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        Assert.Equal("/admin", ok.Headers.Location!.OriginalString);
        using var admin = await client.GetAsync("/admin", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
    }

    [Fact]
    public async Task Staff_WithoutTwoFactor_IsSentToSetItUp_BeforeTheBackOffice()
    {
        var staff = await factory.CreateUserAsync(Roles.Staff, twoFactor: false);
        using var client = factory.NewClient();
        (await EigWebFactory.LoginAsync(client, staff)).Dispose();

        using var admin = await client.GetAsync("/admin", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, admin.StatusCode);
        Assert.StartsWith("/compte/double-authentification", admin.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Post_Logout_SignsOut()
    {
        var user = await factory.CreateUserAsync(Roles.Porteur);
        using var client = factory.NewClient();
        (await EigWebFactory.LoginAsync(client, user)).Dispose();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/compte", TestContext.Current.CancellationToken)).StatusCode);

        using var logout = await EigWebFactory.PostFormAsync(client, "/compte/deconnexion", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        using var after = await client.GetAsync("/compte", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/compte/connexion", after.Headers.Location!.PathAndQuery);
    }
}

public class ConnexionRateLimitTests : IAsyncLifetime
{
    private readonly EigWebFactory _factory = new() { FormsPerMinute = 3 };

    [Fact]
    public async Task Post_MoreThanTheLimitPerMinute_Answers429InFrench()
    {
        using var client = _factory.NewClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var r = await EigWebFactory.LoginAsync(client, "personne@exemple.fr", "mauvais mot de passe");
            statuses.Add(r.StatusCode);
        }

        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.TooManyRequests], statuses);
        // Reading the page is never limited.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/compte/connexion", TestContext.Current.CancellationToken)).StatusCode);
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;
    public ValueTask DisposeAsync() => _factory.DisposeAsync();
}
