using System.Net;
using Eig.Tests.Support;
using Eig.Web.Comptes;

namespace Eig.Tests.Pages.Compte;

public class MotDePasseTests(EigWebFactory factory) : IClassFixture<EigWebFactory>
{
    [Fact]
    public async Task Forgotten_KnownAndUnknownAddresses_GetTheSameAnswer_OnlyTheKnownOneGetsAMail()
    {
        var user = await factory.CreateUserAsync(Roles.Candidat);
        using var client = factory.NewClient();
        var unknown = $"inconnu-{Guid.NewGuid():N}@exemple.fr";

        using var a = await EigWebFactory.PostFormAsync(client, "/compte/mot-de-passe-oublie", new Dictionary<string, string> { ["Input.Email"] = user.Email });
        using var b = await EigWebFactory.PostFormAsync(client, "/compte/mot-de-passe-oublie", new Dictionary<string, string> { ["Input.Email"] = unknown });

        Assert.Equal(HttpStatusCode.Redirect, a.StatusCode);
        Assert.Equal(a.Headers.Location, b.Headers.Location);
        var mails = await factory.ReadMailsAsync();
        Assert.Contains(mails, m => m.To.Contains(user.Email) && m.Subject.Contains("Réinitialisation"));
        Assert.DoesNotContain(mails, m => m.To.Contains(unknown));
    }

    [Fact]
    public async Task Reset_WithTheMailedLink_ChangesThePassword_AndTheLinkServesOnce()
    {
        var user = await factory.CreateUserAsync(Roles.Porteur);
        using var client = factory.NewClient();
        (await EigWebFactory.PostFormAsync(client, "/compte/mot-de-passe-oublie", new Dictionary<string, string> { ["Input.Email"] = user.Email })).Dispose();
        var link = new Uri((await factory.ReadMailsAsync()).Last(m => m.To.Contains(user.Email)).Link("/compte/reinitialiser-mot-de-passe")!).PathAndQuery;
        var fields = new Dictionary<string, string> { ["Input.Password"] = "un tout nouveau secret", ["Input.Confirmation"] = "un tout nouveau secret" };

        using var reset = await EigWebFactory.PostFormAsync(client, link, fields);
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);

        using var again = await EigWebFactory.PostFormAsync(client, link, fields);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("plus valable", (await EigWebFactory.ParseAsync(again)).QuerySelector("#erreurs")!.TextContent);

        using var oldLogin = await EigWebFactory.LoginAsync(client, user.Email, user.Password);
        Assert.Equal(HttpStatusCode.BadRequest, oldLogin.StatusCode);
        using var newLogin = await EigWebFactory.LoginAsync(client, user.Email, "un tout nouveau secret");
        Assert.Equal(HttpStatusCode.Redirect, newLogin.StatusCode);
    }

    [Fact]
    public async Task Reset_WithAForgedCode_IsRefused()
    {
        var user = await factory.CreateUserAsync(Roles.Porteur);
        using var client = factory.NewClient();

        using var response = await EigWebFactory.PostFormAsync(client, $"/compte/reinitialiser-mot-de-passe?email={Uri.EscapeDataString(user.Email)}&code=pas-un-jeton",
            new Dictionary<string, string> { ["Input.Password"] = "un tout nouveau secret", ["Input.Confirmation"] = "un tout nouveau secret" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
