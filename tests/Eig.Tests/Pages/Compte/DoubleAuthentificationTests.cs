using System.Net;
using Eig.Tests.Support;
using Eig.Web.Comptes;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Eig.Tests.Pages.Compte;

public class DoubleAuthentificationTests(EigWebFactory factory) : IClassFixture<EigWebFactory>
{
    [Fact]
    public async Task Staff_SetsUpTotp_WithTheShownKey_GetsRecoveryCodes_AndReachesTheBackOffice()
    {
        var staff = await factory.CreateUserAsync(Roles.Staff, twoFactor: false);
        using var client = factory.NewClient();
        (await EigWebFactory.LoginAsync(client, staff)).Dispose();

        var page = await EigWebFactory.GetDocumentAsync(client, "/compte/double-authentification");
        var key = page.QuerySelector("#cle-2fa")!.TextContent.Replace(" ", "").ToUpperInvariant();
        Assert.StartsWith("data:image/svg+xml;base64,", page.QuerySelector("img[alt*='QR']")!.GetAttribute("src"));

        using var wrong = await EigWebFactory.PostFormAsync(client, "/compte/double-authentification", new Dictionary<string, string> { ["Input.Code"] = "12345" });
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);

        using var ok = await EigWebFactory.PostFormAsync(client, "/compte/double-authentification", new Dictionary<string, string> { ["Input.Code"] = Totp.Code(key) });
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var done = await EigWebFactory.ParseAsync(ok);
        Assert.Equal(10, done.QuerySelectorAll(".eig-codes li").Length);
        Assert.True(await factory.WithDbAsync(db => db.Users.Where(u => u.Id == staff.Id).Select(u => u.TwoFactorEnabled).SingleAsync()));
        Assert.True(await factory.WithDbAsync(db => db.Audit.AnyAsync(a => a.Action == "compte.2fa-activee" && a.ActeurId == staff.Id)));

        using var admin = await client.GetAsync("/admin", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
    }

    [Fact]
    public async Task RecoveryCode_SignsIn_Once()
    {
        var staff = await factory.CreateUserAsync(Roles.Staff);
        string code;
        using (var scope = factory.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<Utilisateur>>();
            var u = (await users.FindByIdAsync(staff.Id.ToString()))!;
            code = (await users.GenerateNewTwoFactorRecoveryCodesAsync(u, 2))!.First();
        }
        using var client = factory.NewClient();

        async Task<HttpResponseMessage> Attempt()
        {
            (await EigWebFactory.LoginAsync(client, staff.Email, staff.Password)).Dispose();
            return await EigWebFactory.PostFormAsync(client, "/compte/connexion-code-secours", new Dictionary<string, string> { ["Input.Code"] = code });
        }

        using var first = await Attempt();
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        (await EigWebFactory.PostFormAsync(client, "/compte/deconnexion", new Dictionary<string, string>())).Dispose();
        using var second = await Attempt();
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
    }
}
