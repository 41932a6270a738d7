using System.Net;
using Eig.Tests.Support;
using Eig.Web.Comptes;
using Microsoft.EntityFrameworkCore;

namespace Eig.Tests.Infrastructure.Security;

/// <summary>Finding 9: personal-data responses kept by browsers, cookies without the __Host- prefix (the antiforgery
/// one never Secure), a contact message with CR/LF in its subject "sent" but lost.</summary>
public class DonneesPersonnellesTests(EigWebFactory factory) : IClassFixture<EigWebFactory>
{
    [Theory]
    [InlineData("/compte")]
    [InlineData("/compte/mes-donnees?handler=Telecharger")]
    [InlineData("/compte/mes-donnees")]
    public async Task SignedInPages_AndDownloads_AreNoStore(string url)
    {
        var candidat = await factory.CreateUserAsync(Roles.Candidat);
        using var client = factory.NewClient();
        await factory.SignInAsAsync(client, candidat);

        using var r = await client.GetAsync(url, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.True(r.Headers.CacheControl?.NoStore, $"{url} : Cache-Control {r.Headers.CacheControl}");
    }

    [Fact]
    public async Task OutsideDevelopment_EveryCookieIsHostPrefixedAndSecure()
    {
        await using var f = new EigWebFactory { Environnement = "Production", Settings = { ["Cookies:Securises"] = null } };
        var user = await f.CreateUserAsync(Roles.Porteur);
        using var client = f.NewClient(new Uri("https://localhost"));

        using var page = await client.GetAsync("/compte/connexion", TestContext.Current.CancellationToken);
        var antiforgery = page.Headers.GetValues("Set-Cookie").ToList();
        var doc = await EigWebFactory.ParseAsync(page);
        var token = doc.QuerySelector($"input[name='{EigWebFactory.AntiforgeryField}']")!.GetAttribute("value")!;
        using var login = await client.PostAsync("/compte/connexion", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = user.Email, ["Input.Password"] = user.Password, [EigWebFactory.AntiforgeryField] = token,
        }), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        var cookies = antiforgery.Concat(login.Headers.GetValues("Set-Cookie")).ToList();

        Assert.Contains(cookies, c => c.StartsWith("__Host-eig.af="));
        Assert.Contains(cookies, c => c.StartsWith("__Host-eig.auth="));
        Assert.All(cookies, c =>
        {
            Assert.StartsWith("__Host-", c);
            Assert.Contains("secure", c, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("path=/", c, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("domain=", c, StringComparison.OrdinalIgnoreCase);
        });
    }

    [Fact]
    public async Task ContactSubjectWithALineBreak_IsRefusedAtTheField()
    {
        using var client = factory.NewClient();

        using var r = await EigWebFactory.PostFormAsync(client, "/contact", new Dictionary<string, string>
        {
            ["Input.Nom"] = "Alex", ["Input.Email"] = "alex@exemple.fr", ["Input.Objet"] = "Bonjour\r\nBcc: tous@exemple.fr",
            ["Input.Message"] = "Un message assez long pour passer.",
        });

        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Contains("retirez les retours à la ligne", (await EigWebFactory.ParseAsync(r)).QuerySelector("#Input_Objet-erreur")!.TextContent);
    }

    [Fact]
    public async Task ContactMessage_IsStored_AndStaffSeeItWhateverTheMail()
    {
        using var anonyme = factory.NewClient();
        var objet = $"Question {Guid.NewGuid():N}";
        using var r = await EigWebFactory.PostFormAsync(anonyme, "/contact", new Dictionary<string, string>
        {
            ["Input.Nom"] = "Alex", ["Input.Email"] = "alex@exemple.fr", ["Input.Objet"] = objet,
            ["Input.Message"] = "Comment candidater au programme ?",
        });
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        // The mail to the team fails for good: the message is still there for staff.
        await factory.WithDbAsync(db => db.Outbox.ExecuteUpdateAsync(m => m.SetProperty(x => x.Tentatives, 99)));

        using var staff = factory.NewClient();
        await factory.SignInAsAsync(staff, await factory.CreateUserAsync(Roles.Staff));
        var admin = await EigWebFactory.GetDocumentAsync(staff, "/admin");
        Assert.NotNull(admin.QuerySelector("a[href='/admin/messages-contact']"));
        var page = await EigWebFactory.GetDocumentAsync(staff, "/admin/messages-contact");

        Assert.Contains(objet, page.Body!.TextContent);
        Assert.Contains("Comment candidater au programme ?", page.Body!.TextContent);
    }
}
