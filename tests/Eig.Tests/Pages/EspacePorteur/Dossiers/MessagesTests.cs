using System.Net;
using Eig.Tests.Support;
using Eig.Web.Comptes;
using Microsoft.EntityFrameworkCore;

namespace Eig.Tests.Pages.EspacePorteur.Dossiers;

public class MessagesTests : IAsyncLifetime
{
    private readonly EigWebFactory _f = new();
    public ValueTask InitializeAsync() => ValueTask.CompletedTask;
    public ValueTask DisposeAsync() => _f.DisposeAsync();

    [Fact]
    public async Task Messages_BothWays_NotifyTheOtherSide()
    {
        var appel = await AapDonnees.AppelPublieAsync(_f);
        var porteur = await _f.CreateUserAsync(Roles.Porteur);
        var staffUser = await _f.CreateUserAsync(Roles.Staff);
        var d = await AapDonnees.DossierAsync(_f, appel.Id, porteur.Id);
        var pc = _f.NewClient(); await _f.SignInAsAsync(pc, porteur);
        var sc = _f.NewClient(); await _f.SignInAsAsync(sc, staffUser);

        var vide = await EigWebFactory.PostFormAsync(pc, $"/espace-porteur/dossiers/{d.Id}/messages", new Dictionary<string, string> { ["Input.Texte"] = " " });
        Assert.Equal(HttpStatusCode.BadRequest, vide.StatusCode);

        var r1 = await EigWebFactory.PostFormAsync(pc, $"/espace-porteur/dossiers/{d.Id}/messages", new Dictionary<string, string> { ["Input.Texte"] = "Question <b>sur</b> le budget" });
        Assert.Equal(HttpStatusCode.Redirect, r1.StatusCode);
        var r2 = await EigWebFactory.PostFormAsync(sc, $"/admin/dossiers/{d.Id}/messages", new Dictionary<string, string> { ["Input.Texte"] = "Réponse de l'équipe" });
        Assert.Equal(HttpStatusCode.Redirect, r2.StatusCode);

        var mails = await _f.ReadMailsAsync();
        Assert.Contains(mails, m => m.To == staffUser.Email && m.Subject.Contains(d.Reference));
        Assert.Contains(mails, m => m.To == porteur.Email && m.Subject.Contains(d.Reference));
        var html = await (await pc.GetAsync($"/espace-porteur/dossiers/{d.Id}/messages")).Content.ReadAsStringAsync();
        Assert.Contains("Réponse de l&#x27;équipe", html.Replace("'", "&#x27;"));
        Assert.DoesNotContain("<b>sur</b>", html);
    }

    [Fact]
    public async Task Get_OtherAdministrationsMessages_Is404()
    {
        var appel = await AapDonnees.AppelPublieAsync(_f);
        var autre = await _f.CreateUserAsync(Roles.Porteur);
        var d = await AapDonnees.DossierAsync(_f, appel.Id, autre.Id);
        var pc = _f.NewClient(); await _f.SignInAsAsync(pc, await _f.CreateUserAsync(Roles.Porteur));

        Assert.Equal(HttpStatusCode.NotFound, (await pc.GetAsync($"/espace-porteur/dossiers/{d.Id}/messages")).StatusCode);
        Assert.Equal(0, await _f.WithDbAsync(db => db.MessagesDossiers.CountAsync()));
    }
}
