using System.Net;
using Eig.Tests.Support;
using Eig.Web.Comptes;
using Microsoft.EntityFrameworkCore;

namespace Eig.Tests.Pages.Public;

public class ContactTests(EigWebFactory factory) : IClassFixture<EigWebFactory>
{
    [Fact]
    public async Task Post_Empty_ShowsErrorsAnd400()
    {
        var response = await EigWebFactory.PostFormAsync(factory.NewClient(), "/contact", new Dictionary<string, string>
        {
            ["Input.Nom"] = "", ["Input.Email"] = "", ["Input.Objet"] = "", ["Input.Message"] = "",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var doc = await EigWebFactory.ParseAsync(response);
        Assert.Equal(4, doc.QuerySelectorAll(".fr-error-text").Length);
    }

    [Fact]
    public async Task Post_Valid_StoresTheMessageAndMailsTheTeam()
    {
        var staff = await factory.CreateUserAsync(Roles.Staff);
        var objet = "Question " + Guid.NewGuid().ToString("N")[..8];

        var response = await EigWebFactory.PostFormAsync(factory.NewClient(), "/contact", new Dictionary<string, string>
        {
            ["Input.Nom"] = "Camille <b>Test</b>", ["Input.Email"] = "camille@exemple.fr", ["Input.Objet"] = objet,
            ["Input.Message"] = "Bonjour, comment proposer un projet ?",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True(await factory.WithDbAsync(db => db.MessagesContact.AnyAsync(m => m.Objet == objet)));
        var mail = Assert.Single((await factory.ReadMailsAsync()).Where(m => m.Subject.Contains(objet)));
        Assert.Contains(staff.Email, mail.To);
        Assert.DoesNotContain("<b>Test</b>", mail.Html);
    }
}
