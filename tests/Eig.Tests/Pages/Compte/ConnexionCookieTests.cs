using System.Net;
using Eig.Tests.Support;
using Eig.Web.Comptes;

namespace Eig.Tests.Pages.Compte;

/// <summary>The sign-in pages themselves (/compte/connexion, /compte/connexion-2fa). The other page tests sign in
/// with <see cref="EigWebFactory.SignInAsAsync"/>, so only these depend on the sign-in pages.</summary>
public class ConnexionCookieTests(EigWebFactory factory) : IClassFixture<EigWebFactory>
{
    private const string AuthCookie = "eig.auth";

    [Fact]
    public async Task Post_ValidPassword_SignsThePorteurIn()
    {
        var porteur = await factory.CreateUserAsync(Roles.Porteur);
        using var client = factory.NewClient();

        using var response = await EigWebFactory.LoginAsync(client, porteur.Email, porteur.Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.DoesNotContain("/compte/connexion", response.Headers.Location!.OriginalString);
        Assert.NotNull(factory.CookiesOf(client).GetCookies(EigWebFactory.BaseUri)[AuthCookie]);
    }

    [Fact]
    public async Task Post_Staff_AsksForTheSecondFactorThenSignsIn()
    {
        var staff = await factory.CreateUserAsync(Roles.Staff);
        using var client = factory.NewClient();

        using var first = await EigWebFactory.PostFormAsync(client, "/compte/connexion", new Dictionary<string, string>
        {
            ["Input.Email"] = staff.Email,
            ["Input.Password"] = staff.Password,
        });
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var secondStep = first.Headers.Location!.OriginalString;
        Assert.StartsWith("/compte/connexion-2fa", secondStep);
        Assert.Null(factory.CookiesOf(client).GetCookies(EigWebFactory.BaseUri)[AuthCookie]);

        using var second = await EigWebFactory.PostFormAsync(client, secondStep, new Dictionary<string, string>
        {
            ["Input.Code"] = Totp.Code(staff.AuthenticatorKey!),
        });

        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.NotNull(factory.CookiesOf(client).GetCookies(EigWebFactory.BaseUri)[AuthCookie]);
    }
}
