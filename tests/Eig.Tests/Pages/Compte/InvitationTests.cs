using System.Net;
using Eig.Tests.Support;
using Eig.Web.Comptes;
using Microsoft.EntityFrameworkCore;

namespace Eig.Tests.Pages.Compte;

public class InvitationTests(EigWebFactory factory) : IClassFixture<EigWebFactory>
{
    [Fact]
    public async Task StaffInvitesAnEvaluator_WhoCreatesAnAccountWithThatRole_AndTheLinkServesOnce()
    {
        var staff = await factory.CreateUserAsync(Roles.Staff);
        using var staffClient = factory.NewClient();
        await factory.SignInAsAsync(staffClient, staff);
        var invitee = $"eval-{Guid.NewGuid():N}@exemple.fr";

        using var sent = await EigWebFactory.PostFormAsync(staffClient, "/admin/invitations",
            new Dictionary<string, string> { ["Input.Email"] = invitee, ["Input.Role"] = Roles.Evaluateur });
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);

        var mail = (await factory.ReadMailsAsync()).Single(m => m.To.Contains(invitee));
        var link = new Uri(mail.Link("/compte/invitation")!).PathAndQuery;
        Assert.False(await factory.WithDbAsync(db => db.Invitations.AnyAsync(i => link.Contains(i.TokenHash))), "the token itself must not be stored");

        using var anonymous = factory.NewClient();
        var fields = new Dictionary<string, string>
        {
            ["Input.NomComplet"] = "Évelyne Valuatrice",
            ["Input.Password"] = "une phrase assez longue",
            ["Input.Confirmation"] = "une phrase assez longue",
        };
        using var created = await EigWebFactory.PostFormAsync(anonymous, link, fields);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);

        var roles = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == invitee)
            .Join(db.UserRoles, u => u.Id, ur => ur.UserId, (u, ur) => ur.RoleId)
            .Join(db.Roles, id => id, r => r.Id, (_, r) => r.Name).ToListAsync());
        Assert.Equal([Roles.Evaluateur], roles);

        var again = await EigWebFactory.GetDocumentAsync(anonymous, link);
        Assert.Contains("n'est plus valable", again.Body!.TextContent);
    }

    [Fact]
    public async Task Post_RoleNotGrantableByInvitation_IsRefused()
    {
        var staff = await factory.CreateUserAsync(Roles.Staff);
        using var client = factory.NewClient();
        await factory.SignInAsAsync(client, staff);

        using var response = await EigWebFactory.PostFormAsync(client, "/admin/invitations",
            new Dictionary<string, string> { ["Input.Email"] = "x@exemple.fr", ["Input.Role"] = "superadmin" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await EigWebFactory.ParseAsync(response)).QuerySelector("#Input_Role-erreur"));
    }
}
