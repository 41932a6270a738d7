using System.Net;
using Eig.Tests.Support;
using Eig.Web.Comptes;
using Microsoft.EntityFrameworkCore;

namespace Eig.Tests.Pages.Admin;

public class UtilisateursTests(EigWebFactory factory) : IClassFixture<EigWebFactory>
{
    [Fact]
    public async Task Staff_ChangesRoles_EachChangeIsAudited_AndVisibleInTheJournal()
    {
        var staff = await factory.CreateUserAsync(Roles.Staff);
        var person = await factory.CreateUserAsync(Roles.Porteur);
        using var client = factory.NewClient();
        await factory.SignInAsAsync(client, staff);

        using var response = await client.PostAsync("/admin/utilisateurs", await WithToken(client, new()
        {
            ["UtilisateurId"] = person.Id.ToString(),
            ["RolesChoisis"] = Roles.Jury,
        }), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var actions = await factory.WithDbAsync(db => db.Audit.Where(a => a.ObjetId == person.Id.ToString()).Select(a => a.Action + ":" + a.Details).ToListAsync());
        Assert.Contains("compte.role-ajoute:jury", actions);
        Assert.Contains("compte.role-retire:porteur", actions);

        var journal = await EigWebFactory.GetDocumentAsync(client, "/admin/journal?action=compte.role");
        var rows = journal.QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(rows, r => r.Contains("compte.role-ajoute") && r.Contains(staff.Email));
        Assert.DoesNotContain(rows, r => r.Contains("compte.connexion"));
    }

    [Fact]
    public async Task Porteur_CannotReachTheBackOffice()
    {
        var porteur = await factory.CreateUserAsync(Roles.Porteur);
        using var client = factory.NewClient();
        await factory.SignInAsAsync(client, porteur);

        using var response = await client.GetAsync("/admin/utilisateurs", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private static async Task<FormUrlEncodedContent> WithToken(HttpClient client, Dictionary<string, string> fields)
    {
        var doc = await EigWebFactory.GetDocumentAsync(client, "/admin/utilisateurs");
        fields[EigWebFactory.AntiforgeryField] = doc.QuerySelector($"input[name='{EigWebFactory.AntiforgeryField}']")!.GetAttribute("value")!;
        return new FormUrlEncodedContent(fields);
    }
}
