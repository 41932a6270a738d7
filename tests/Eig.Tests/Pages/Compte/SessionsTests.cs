using System.Net;
using Eig.Tests.Support;
using Eig.Web.Comptes;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Eig.Tests.Pages.Compte;

/// <summary>Findings 3 and 10: sessions end on the server (a replayed cookie is worthless after logout, a new
/// password, a role change, a deleted account), and a staff session keeps its second factor for its whole life.</summary>
public class SessionsTests(EigWebFactory factory) : IClassFixture<EigWebFactory>
{
    private static async Task<HttpClient> SignedInAsync(EigWebFactory f, TestUser user)
    {
        var client = f.NewClient();
        using var login = await EigWebFactory.LoginAsync(client, user);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        return client;
    }

    /// <summary>The auth cookie of a client, replayed by an attacker's client.</summary>
    private HttpClient Replay(HttpClient victim)
    {
        var attacker = factory.NewClient();
        foreach (Cookie c in factory.CookiesOf(victim).GetCookies(EigWebFactory.BaseUri))
            factory.CookiesOf(attacker).Add(EigWebFactory.BaseUri, new Cookie(c.Name, c.Value, "/"));
        return attacker;
    }

    private static async Task<HttpStatusCode> StatusAsync(HttpClient client, string url)
    {
        using var r = await client.GetAsync(url, TestContext.Current.CancellationToken);
        return r.StatusCode;
    }

    [Fact]
    public async Task CookieReplayedAfterLogout_IsRefused()
    {
        var user = await factory.CreateUserAsync(Roles.Porteur);
        using var victim = await SignedInAsync(factory, user);
        using var attacker = Replay(victim);
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(attacker, "/compte"));

        using var logout = await EigWebFactory.PostFormAsync(victim, "/compte/deconnexion", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, await StatusAsync(attacker, "/compte"));
    }

    [Fact]
    public async Task PasswordReset_EndsTheOtherSessions_AtTheirNextRequest()
    {
        var user = await factory.CreateUserAsync(Roles.Candidat);
        using var other = await SignedInAsync(factory, user);
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(other, "/compte"));

        using var anon = factory.NewClient();
        (await EigWebFactory.PostFormAsync(anon, "/compte/mot-de-passe-oublie", new Dictionary<string, string> { ["Input.Email"] = user.Email })).Dispose();
        var link = new Uri((await factory.ReadMailsAsync()).Last(m => m.To.Contains(user.Email)).Link("/compte/reinitialiser-mot-de-passe")!).PathAndQuery;
        using var reset = await EigWebFactory.PostFormAsync(anon, link,
            new Dictionary<string, string> { ["Input.Password"] = "une toute autre phrase secrète", ["Input.Confirmation"] = "une toute autre phrase secrète" });
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, await StatusAsync(other, "/compte"));
        Assert.Equal(0, await factory.WithDbAsync(db => db.SessionsConnexion.CountAsync(s => s.UtilisateurId == user.Id && s.FermeeLe == null)));
    }

    [Fact]
    public async Task ChangePassword_NeedsTheCurrentOne_KeepsThisSession_EndsTheOthers()
    {
        var user = await factory.CreateUserAsync(Roles.Porteur);
        using var here = await SignedInAsync(factory, user);
        using var elsewhere = await SignedInAsync(factory, user);
        var nouveau = "ma nouvelle phrase de passe";

        using var wrong = await EigWebFactory.PostFormAsync(here, "/compte/mot-de-passe", new Dictionary<string, string>
        {
            ["Input.Actuel"] = "pas le mot de passe actuel", ["Input.Password"] = nouveau, ["Input.Confirmation"] = nouveau,
        });
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Equal("Ce n'est pas votre mot de passe actuel.", (await EigWebFactory.ParseAsync(wrong)).QuerySelector("#Input_Actuel-erreur")!.TextContent.Trim().Replace("Erreur : ", ""));

        using var ok = await EigWebFactory.PostFormAsync(here, "/compte/mot-de-passe", new Dictionary<string, string>
        {
            ["Input.Actuel"] = user.Password, ["Input.Password"] = nouveau, ["Input.Confirmation"] = nouveau,
        });
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);

        Assert.Equal(HttpStatusCode.OK, await StatusAsync(here, "/compte"));
        Assert.Equal(HttpStatusCode.Redirect, await StatusAsync(elsewhere, "/compte"));
        using var newLogin = await EigWebFactory.LoginAsync(factory.NewClient(), user.Email, nouveau);
        Assert.Equal(HttpStatusCode.Redirect, newLogin.StatusCode);
    }

    [Fact]
    public async Task SignOutEverywhere_EndsEverySession_AndTheAccountPageListsRecentSignIns()
    {
        var user = await factory.CreateUserAsync(Roles.Porteur);
        using var here = await SignedInAsync(factory, user);
        using var elsewhere = await SignedInAsync(factory, user);

        var page = await EigWebFactory.GetDocumentAsync(here, "/compte");
        var rows = page.QuerySelectorAll("table tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Contains(rows, r => r.Contains("cette session"));
        Assert.Contains(rows, r => r.Contains("ouverte"));

        using var all = await EigWebFactory.PostFormAsync(here, "/compte?handler=DeconnecterPartout", new Dictionary<string, string>(),
            action: "/compte?handler=DeconnecterPartout");
        Assert.Equal(HttpStatusCode.Redirect, all.StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, await StatusAsync(here, "/compte"));
        Assert.Equal(HttpStatusCode.Redirect, await StatusAsync(elsewhere, "/compte"));
    }

    [Fact]
    public async Task RoleRemovedByStaff_EndsTheSessionsOfThatAccount_AtOnce()
    {
        var jury = await factory.CreateUserAsync(Roles.Jury);
        using var juryClient = await SignedInAsync(factory, jury);
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(juryClient, "/jury"));
        using var staff = factory.NewClient();
        await factory.SignInAsAsync(staff, await factory.CreateUserAsync(Roles.Staff));

        // Staff find the account and tick "Porteur" only in its row.
        using var change = await EigWebFactory.PostFormAsync(staff, "/admin/utilisateurs?Recherche=" + Uri.EscapeDataString(jury.Email),
            new Dictionary<string, string> { ["UtilisateurId"] = jury.Id.ToString(), ["RolesChoisis"] = Roles.Porteur });
        Assert.Equal(HttpStatusCode.Redirect, change.StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, await StatusAsync(juryClient, "/jury"));
    }

    [Fact]
    public async Task DeletedAccount_CookieIsWorthless()
    {
        var user = await factory.CreateUserAsync(Roles.Porteur);
        using var client = await SignedInAsync(factory, user);
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(client, "/compte"));

        await factory.WithDbAsync(async db => await db.Users.Where(u => u.Id == user.Id).ExecuteDeleteAsync());

        Assert.Equal(HttpStatusCode.Redirect, await StatusAsync(client, "/compte"));
    }

    [Fact]
    public async Task Staff_KeepTheirSecondFactor_PastTheCookieRefresh_ForTheWholeSession()
    {
        var horloge = new HorlogeDeTest();
        await using var f = new EigWebFactory { Horloge = horloge };
        var staff = await f.CreateUserAsync(Roles.Staff);
        using var client = f.NewClient();
        using (var first = await EigWebFactory.PostFormAsync(client, "/compte/connexion?ReturnUrl=%2Fadmin",
                   new Dictionary<string, string> { ["Input.Email"] = staff.Email, ["Input.Password"] = staff.Password }))
        using (var code = await EigWebFactory.PostFormAsync(client, first.Headers.Location!.OriginalString,
                   new Dictionary<string, string> { ["Input.Code"] = Totp.Code(staff.AuthenticatorKey!, horloge.GetUtcNow()) }))
            Assert.Equal("/admin", code.Headers.Location!.OriginalString);

        // Past Identity's old five-minute refresh, past the sliding renewal (half of 8 hours), past the first expiry.
        foreach (var pas in new[] { TimeSpan.FromMinutes(6), TimeSpan.FromMinutes(30), TimeSpan.FromHours(4), TimeSpan.FromHours(3), TimeSpan.FromHours(2) })
        {
            horloge.Avancer(pas);
            using var admin = await client.GetAsync("/admin", TestContext.Current.CancellationToken);
            Assert.True(admin.StatusCode == HttpStatusCode.OK,
                $"{horloge.GetUtcNow():HH:mm} : {(int)admin.StatusCode} {admin.Headers.Location}");
        }
    }

    [Fact]
    public async Task RememberThisDevice_IsGone_TheSecondFactorIsAskedAtEverySignIn()
    {
        var staff = await factory.CreateUserAsync(Roles.Staff);
        using var client = factory.NewClient();
        using var first = await EigWebFactory.PostFormAsync(client, "/compte/connexion",
            new Dictionary<string, string> { ["Input.Email"] = staff.Email, ["Input.Password"] = staff.Password });
        var page = await EigWebFactory.GetDocumentAsync(client, first.Headers.Location!.OriginalString);
        Assert.Null(page.QuerySelector("[name='Input.RememberMachine']"));

        using var code = await EigWebFactory.PostFormAsync(client, first.Headers.Location!.OriginalString,
            new Dictionary<string, string> { ["Input.Code"] = Totp.Code(staff.AuthenticatorKey!), ["Input.RememberMachine"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, code.StatusCode);
        Assert.DoesNotContain(factory.CookiesOf(client).GetCookies(EigWebFactory.BaseUri), c => c.Name.Contains("TwoFactorRememberMe"));

        using var logout = await EigWebFactory.PostFormAsync(client, "/compte/deconnexion", new Dictionary<string, string>());
        using var again = await EigWebFactory.PostFormAsync(client, "/compte/connexion",
            new Dictionary<string, string> { ["Input.Email"] = staff.Email, ["Input.Password"] = staff.Password });
        Assert.StartsWith("/compte/connexion-2fa", again.Headers.Location!.OriginalString);
    }
}
