using System.Net;
using Eig.Tests.Support;
using Eig.Web.Comptes;
using Microsoft.EntityFrameworkCore;

namespace Eig.Tests.Pages.EspacePorteur.Dossiers;

public class CoEditeursTests : IAsyncLifetime
{
    private readonly EigWebFactory _f = new();
    public ValueTask InitializeAsync() => ValueTask.CompletedTask;
    public ValueTask DisposeAsync() => _f.DisposeAsync();

    [Fact]
    public async Task Post_ColleagueOfSameAdministration_CanThenEditTheDossier()
    {
        var appel = await AapDonnees.AppelPublieAsync(_f);
        var domaine = $"adm{Guid.NewGuid():N}".Substring(0, 12) + ".gouv.fr";
        var porteur = await _f.CreateUserAsync(Roles.Porteur, $"a@{domaine}");
        var collegue = await _f.CreateUserAsync(Roles.Porteur, $"b@{domaine}");
        var d = await AapDonnees.DossierAsync(_f, appel.Id, porteur.Id, deposer: false);
        var pc = _f.NewClient(); await _f.SignInAsAsync(pc, porteur);
        var cc = _f.NewClient(); await _f.SignInAsAsync(cc, collegue);
        Assert.Equal(HttpStatusCode.NotFound, (await cc.GetAsync($"/espace-porteur/dossiers/{d.Id}")).StatusCode);

        var r = await EigWebFactory.PostFormAsync(pc, $"/espace-porteur/dossiers/{d.Id}/co-editeurs", new Dictionary<string, string> { ["Input.Email"] = collegue.Email });

        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await cc.GetAsync($"/espace-porteur/dossiers/{d.Id}/etape/1")).StatusCode);
        Assert.Contains(await _f.ReadMailsAsync(), m => m.To == collegue.Email);
    }

    [Theory]
    [InlineData("ailleurs", "même administration")]
    [InlineData("inconnu", "Aucun compte de porteur")]
    [InlineData("", "Renseignez")]
    public async Task Post_NotAColleague_IsRefusedNextToTheField(string cas, string attendu)
    {
        var appel = await AapDonnees.AppelPublieAsync(_f);
        var domaine = $"adm{Guid.NewGuid():N}".Substring(0, 12) + ".gouv.fr";
        var porteur = await _f.CreateUserAsync(Roles.Porteur, $"a@{domaine}");
        var etranger = await _f.CreateUserAsync(Roles.Porteur, $"x@autre-{domaine}");
        var d = await AapDonnees.DossierAsync(_f, appel.Id, porteur.Id, deposer: false);
        var pc = _f.NewClient(); await _f.SignInAsAsync(pc, porteur);
        var email = cas switch { "ailleurs" => etranger.Email, "inconnu" => $"personne@{domaine}", _ => "" };

        var r = await EigWebFactory.PostFormAsync(pc, $"/espace-porteur/dossiers/{d.Id}/co-editeurs", new Dictionary<string, string> { ["Input.Email"] = email });

        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        EigWebFactory.AssertHasError(await EigWebFactory.ParseAsync(r), "Input.Email", attendu);
        Assert.Equal(0, await _f.WithDbAsync(db => db.CoEditeurs.CountAsync()));
    }
}
