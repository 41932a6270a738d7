using System.Net;
using System.Web;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Eig.Tests.Support;
using Eig.Web.Comptes;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Eig.Tests.Pages.Compte;

/// <summary>The provider and the app for one class: oidc-provider configured like ProConnect, staff MFA required.</summary>
public sealed class ProConnectFixture : IAsyncLifetime
{
    public static readonly ProConnectAgent Agent = new("camille.agent@interieur.gouv.fr", "mot-de-passe-fi-1", "uid-camille-1",
        "Camille", "Durand", "11000201100044");
    public static readonly ProConnectAgent Existant = new("dominique.porteur@finances.gouv.fr", "mot-de-passe-fi-2", "uid-dominique-2",
        "Dominique", "Martin", "11000101300017");
    public static readonly ProConnectAgent ParCourriel = new("sacha.porteur@culture.gouv.fr", "mot-de-passe-fi-3", "uid-sacha-3",
        "Sacha", "Petit", "11000401300015");
    public static readonly ProConnectAgent Equipe = new("alex.equipe@numerique.gouv.fr", "mot-de-passe-fi-4", "uid-alex-4",
        "Alex", "Bernard", "13002526500013");

    public OidcProvider Provider { get; private set; } = null!;
    public EigWebFactory App { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Provider = await OidcProvider.StartAsync([Agent, Existant, ParCourriel, Equipe], EigWebFactory.BaseUri.ToString());
        App = new EigWebFactory { Settings = Provider.Settings(staffMfa: true) };
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await Provider.DisposeAsync();
    }
}

/// <summary>Sign-in with ProConnect, end to end against a real OpenID Connect provider: from the button on the login
/// page, through the provider's form, back to the app.</summary>
public class ProConnectTests(ProConnectFixture fx) : IClassFixture<ProConnectFixture>
{
    private EigWebFactory App => fx.App;

    /// <summary>Presses "S'identifier avec ProConnect" on /compte/connexion; returns the provider's authorization URL.</summary>
    private static async Task<Uri> BoutonProConnectAsync(HttpClient client)
    {
        var page = await EigWebFactory.GetDocumentAsync(client, "/compte/connexion");
        var form = page.QuerySelectorAll<IHtmlFormElement>("form").Single(f => f.QuerySelector("button.fr-connect") is not null);
        Assert.Contains("ProConnect", form.QuerySelector("button.fr-connect")!.TextContent);
        var token = form.QuerySelector<IHtmlInputElement>($"input[name='{EigWebFactory.AntiforgeryField}']")!.Value;
        var r = await client.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(new Dictionary<string, string> { [EigWebFactory.AntiforgeryField] = token }));
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        return r.Headers.Location!;
    }

    /// <summary>The whole round trip: button, provider, callback, the app's decision. Returns the app's last answer.</summary>
    private async Task<HttpResponseMessage> ConnexionAsync(HttpClient client, HttpClient navigateur, ProConnectAgent agent, bool mfa = false)
    {
        var autorisation = await BoutonProConnectAsync(client);
        var r = await SuivreAsync(client, navigateur, autorisation, agent, mfa);
        return r;
    }

    private async Task<HttpResponseMessage> SuivreAsync(HttpClient client, HttpClient navigateur, Uri chezLeFournisseur, ProConnectAgent agent, bool mfa)
    {
        var retour = await OidcProvider.SeConnecterAsync(navigateur, chezLeFournisseur, agent, mfa);
        var r = await client.GetAsync(retour.PathAndQuery);             // /signin-proconnect?code&state: checked by the handler
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        while (r.StatusCode == HttpStatusCode.Redirect && r.Headers.Location is { } l)
        {
            if (l.IsAbsoluteUri && l.Port == fx.Provider.Issuer.Port) return r; // sent back to the provider (MFA)
            var chemin = l.IsAbsoluteUri ? l.PathAndQuery : l.OriginalString;
            if (!chemin.StartsWith("/compte/connexion-proconnect", StringComparison.Ordinal)) return r;
            r = await client.GetAsync(chemin);
        }
        return r;
    }

    [Fact]
    public async Task Bouton_RedirigeVersLeFournisseur_AvecCodePkceStateNonceEtLesScopesDeProConnect()
    {
        var autorisation = await BoutonProConnectAsync(App.NewClient());

        Assert.Equal(fx.Provider.Issuer.Authority, autorisation.Authority);
        var q = HttpUtility.ParseQueryString(autorisation.Query);
        Assert.Equal("code", q["response_type"]);
        Assert.Equal("S256", q["code_challenge_method"]);
        Assert.False(string.IsNullOrEmpty(q["code_challenge"]));
        Assert.False(string.IsNullOrEmpty(q["state"]));
        Assert.False(string.IsNullOrEmpty(q["nonce"]));
        Assert.Equal(ProConnect.Scopes.Order(), q["scope"]!.Split(' ').Order());
        Assert.Contains("eidas1", q["claims"]);
    }

    [Fact]
    public async Task NouvelAgent_CreeSonCompteDePorteurAvecLeSiret_PuisSeDeconnecteChezLeFournisseur()
    {
        var client = App.NewClient();

        var r = await ConnexionAsync(client, OidcProvider.Navigateur(), ProConnectFixture.Agent);

        Assert.Equal("/compte", r.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/compte")).StatusCode);
        var (user, roles, siret, login) = await App.WithDbAsync(async db =>
        {
            var u = await db.Users.SingleAsync(x => x.Email == ProConnectFixture.Agent.Email);
            var rs = await (from ur in db.UserRoles join ro in db.Roles on ur.RoleId equals ro.Id where ur.UserId == u.Id select ro.Name).ToListAsync();
            var s = await db.UserClaims.Where(c => c.UserId == u.Id && c.ClaimType == "siret").Select(c => c.ClaimValue).SingleAsync();
            var l = await db.UserLogins.SingleAsync(x => x.UserId == u.Id);
            return (u, rs, s, l);
        });
        Assert.Equal("Camille Durand", user.NomComplet);
        Assert.Equal([Roles.Porteur], roles);
        Assert.Equal(ProConnectFixture.Agent.Siret, siret);
        Assert.Equal((ProConnect.Scheme, ProConnectFixture.Agent.Uid), (login.LoginProvider, login.ProviderKey));
        Assert.True(await App.WithDbAsync(db => db.Audit.AnyAsync(a => a.Action == "compte.connexion-proconnect" && a.ObjetId == user.Id.ToString())));

        // Logout: the app's session ends and the person is sent to ProConnect's end_session with the id_token.
        var deconnexion = await EigWebFactory.PostFormAsync(client, "/compte/deconnexion", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, deconnexion.StatusCode);
        var fin = deconnexion.Headers.Location!;
        Assert.Equal(fx.Provider.Issuer.Authority, fin.Authority);
        Assert.Equal("/session/end", fin.AbsolutePath);
        Assert.False(string.IsNullOrEmpty(HttpUtility.ParseQueryString(fin.Query)["id_token_hint"]));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/compte")).StatusCode);
    }

    [Fact]
    public async Task CompteExistant_NEstReliéQuApresLeMotDePasse()
    {
        var existant = await App.CreateUserAsync(Roles.Porteur, ProConnectFixture.Existant.Email);
        var client = App.NewClient();

        var r = await ConnexionAsync(client, OidcProvider.Navigateur(), ProConnectFixture.Existant);

        Assert.StartsWith("/compte/lier-proconnect", r.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/compte")).StatusCode); // not signed in yet
        Assert.False(await App.WithDbAsync(db => db.UserLogins.AnyAsync(l => l.UserId == existant.Id)));

        var faux = await EigWebFactory.PostFormAsync(client, "/compte/lier-proconnect?handler=MotDePasse", new Dictionary<string, string> { ["Input.Password"] = "pas-le-bon-mot-de-passe" });
        Assert.Equal(HttpStatusCode.BadRequest, faux.StatusCode);
        Assert.Contains("n'est pas celui du compte", (await EigWebFactory.ParseAsync(faux)).QuerySelector("#Input_Password-erreur, .fr-error-text")!.TextContent);
        Assert.False(await App.WithDbAsync(db => db.UserLogins.AnyAsync(l => l.UserId == existant.Id)));

        var bon = await EigWebFactory.PostFormAsync(client, "/compte/lier-proconnect?handler=MotDePasse", new Dictionary<string, string> { ["Input.Password"] = existant.Password });

        Assert.Equal(HttpStatusCode.Redirect, bon.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/compte")).StatusCode);
        Assert.True(await App.WithDbAsync(db => db.UserLogins.AnyAsync(l => l.UserId == existant.Id && l.ProviderKey == ProConnectFixture.Existant.Uid)));
        Assert.True(await App.WithDbAsync(db => db.Audit.AnyAsync(a => a.Action == "compte.proconnect-relie" && a.ObjetId == existant.Id.ToString())));
    }

    [Fact]
    public async Task CompteExistant_ReliéParLeLienEnvoyéÀSonAdresse()
    {
        var existant = await App.CreateUserAsync(Roles.Porteur, ProConnectFixture.ParCourriel.Email);
        var client = App.NewClient();
        var r = await ConnexionAsync(client, OidcProvider.Navigateur(), ProConnectFixture.ParCourriel);
        Assert.StartsWith("/compte/lier-proconnect", r.Headers.Location!.OriginalString);

        var page = await EigWebFactory.GetDocumentAsync(client, "/compte/lier-proconnect");
        var form = page.QuerySelectorAll<IHtmlFormElement>("form").Single(f => f.GetAttribute("action")!.Contains("handler=Courriel"));
        var token = form.QuerySelector<IHtmlInputElement>($"input[name='{EigWebFactory.AntiforgeryField}']")!.Value;
        var envoi = await client.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(new Dictionary<string, string> { [EigWebFactory.AntiforgeryField] = token }));
        Assert.Equal(HttpStatusCode.OK, envoi.StatusCode);
        var mail = Assert.Single(await App.ReadMailsAsync(), m => m.To.Contains(existant.Email));
        var lien = new Uri(mail.Link("/compte/lier-proconnect")!);
        Assert.False(await App.WithDbAsync(db => db.UserLogins.AnyAsync(l => l.UserId == existant.Id)));

        // Opened elsewhere (another browser): the link itself is the proof.
        var ouvert = await App.NewClient().GetAsync(lien.PathAndQuery);

        Assert.Equal(HttpStatusCode.Redirect, ouvert.StatusCode);
        Assert.True(await App.WithDbAsync(db => db.UserLogins.AnyAsync(l => l.UserId == existant.Id && l.ProviderKey == ProConnectFixture.ParCourriel.Uid)));
        var ensuite = App.NewClient();
        Assert.Equal("/compte", (await ConnexionAsync(ensuite, OidcProvider.Navigateur(), ProConnectFixture.ParCourriel)).Headers.Location!.OriginalString);
        var falsifie = await App.NewClient().GetAsync(lien.PathAndQuery.Replace("jeton=", "jeton=x", StringComparison.Ordinal));
        Assert.Equal("/compte/connexion", falsifie.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Equipe_SansSecondFacteurProConnect_EstRenvoyeeAuFournisseur_PuisEntreAvecLeMfa()
    {
        var staff = await App.CreateUserAsync(Roles.Staff, ProConnectFixture.Equipe.Email);
        await App.WithDbAsync(async db =>
        {
            db.UserLogins.Add(new IdentityUserLogin<Guid> { LoginProvider = ProConnect.Scheme, ProviderKey = ProConnectFixture.Equipe.Uid, ProviderDisplayName = "ProConnect", UserId = staff.Id });
            await db.SaveChangesAsync();
        });
        var client = App.NewClient();
        var navigateur = OidcProvider.Navigateur();

        var r = await ConnexionAsync(client, navigateur, ProConnectFixture.Equipe, mfa: false);

        // The app asks ProConnect again, this time for a second factor (essential acr).
        var encore = r.Headers.Location!;
        Assert.Equal(fx.Provider.Issuer.Authority, encore.Authority);
        Assert.Contains("self-asserted-2fa", HttpUtility.ParseQueryString(encore.Query)["claims"]);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/admin")).StatusCode);

        var fin = await SuivreAsync(client, navigateur, encore, ProConnectFixture.Equipe, mfa: true);

        Assert.Equal("/compte", fin.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin")).StatusCode);
    }
}
