using System.Net;
using Eig.Tests.Pages.Candidatures;
using Eig.Tests.Support;
using Eig.Web.Candidatures;
using Eig.Web.Comptes;
using Eig.Web.Promotions;
using Microsoft.EntityFrameworkCore;

namespace Eig.Tests.Pages.Promotions;

/// <summary>Team check-ins: filed by the team, read by the team, the administration's side and staff only; staff
/// read them in one list, the défis needing attention first.</summary>
public class PointsEtapeTests : IAsyncLifetime
{
    private readonly EigWebFactory _f = new();
    public ValueTask InitializeAsync() => ValueTask.CompletedTask;
    public ValueTask DisposeAsync() => _f.DisposeAsync();

    private async Task<HttpClient> ClientAsync(TestUser u)
    {
        var c = _f.NewClient();
        await _f.SignInAsAsync(c, u);
        return c;
    }

    private async Task<Guid> DefiAvecEquipeAsync(AacKit.Appel aac, TestUser referent, TestUser membre, string titre)
    {
        var (defiId, _) = await _f.DefiAvecPosteAsync(aac, referent, titre: titre);
        var candidatureId = await _f.CandidatureAsync(aac, membre, EtatCandidature.Vivier, prenom: "Yasmine");
        await _f.WithDbAsync(async db =>
        {
            var c = await db.Candidatures.SingleAsync(x => x.Id == candidatureId);
            await new Equipes(db).AccueillirAsync(c, await db.Defis.SingleAsync(d => d.Id == defiId), "Directeur ou directrice de produit", new DateOnly(2027, 9, 15), DateTime.UtcNow);
            await db.SaveChangesAsync();
        });
        return defiId;
    }

    [Fact]
    public async Task CheckIns_AreForTheTeamTheSponsorAndStaffOnly_StaffSeeHelpWantedFirst()
    {
        var aac = await _f.AppelOuvertAsync();
        var sponsor = await _f.CreateUserAsync(Roles.Porteur);
        var membre = await _f.CreateUserAsync(Roles.Candidat);
        var defiId = await DefiAvecEquipeAsync(aac, sponsor, membre, "Eau potable");
        var autreMembre = await _f.CreateUserAsync(Roles.Candidat);
        var autreDefi = await DefiAvecEquipeAsync(aac, await _f.CreateUserAsync(Roles.Porteur), autreMembre, "Cadastre solaire");
        var url = $"/espace-defi/{defiId}";

        var equipe = await ClientAsync(membre);
        var mesDefis = await EigWebFactory.GetDocumentAsync(equipe, "/espace-defi");
        Assert.NotNull(mesDefis.QuerySelector($"a[href='{url}']"));
        Assert.Null(mesDefis.QuerySelector($"a[href='/espace-defi/{autreDefi}']"));
        var vide = await EigWebFactory.PostFormAsync(equipe, url, new Dictionary<string, string> { ["Input.Meteo"] = "BesoinAide", ["Input.Avancement"] = "" });
        Assert.Equal(HttpStatusCode.BadRequest, vide.StatusCode);
        Assert.Contains("Décrivez l'avancement depuis le dernier point.", (await EigWebFactory.ParseAsync(vide)).Body!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await EigWebFactory.PostFormAsync(equipe, url, new Dictionary<string, string>
        {
            ["Input.Meteo"] = "BesoinAide", ["Input.Avancement"] = "Premier prototype testé avec 12 agents.",
            ["Input.Difficultes"] = "Accès aux données bloqué", ["Input.AideSouhaitee"] = "Un contact à la direction juridique",
        })).StatusCode);

        // The sponsor reads, cannot file; staff read; anyone else gets a 404.
        var cote = await ClientAsync(sponsor);
        Assert.Contains("Accès aux données bloqué", (await EigWebFactory.GetDocumentAsync(cote, url)).Body!.TextContent);
        var staff = await ClientAsync(await _f.CreateUserAsync(Roles.Staff));
        Assert.Contains("Accès aux données bloqué", (await EigWebFactory.GetDocumentAsync(staff, url)).Body!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await (await ClientAsync(autreMembre)).GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await ClientAsync(await _f.CreateUserAsync(Roles.Porteur))).GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await ClientAsync(await _f.CreateUserAsync(Roles.Jury))).GetAsync(url)).StatusCode);
        var anonyme = await _f.NewClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, anonyme.StatusCode);
        Assert.Contains("/compte/connexion", anonyme.Headers.Location!.OriginalString);
        var token = (await EigWebFactory.GetDocumentAsync(staff, url)).QuerySelector("form input[name='__RequestVerificationToken']");
        Assert.Null(token); // staff read, the form is the team's
        Assert.Equal(1, await _f.WithDbAsync(db => db.PointsEtape.CountAsync()));

        // Staff's list: the défi asking for help first, the silent one after.
        var suivi = await EigWebFactory.GetDocumentAsync(staff, "/admin/promotions/suivi");
        var lignes = suivi.QuerySelectorAll("tbody tr").Select(tr => tr.TextContent).ToList();
        Assert.Equal(2, lignes.Count);
        Assert.Contains("Eau potable", lignes[0]);
        Assert.Contains("Besoin d'aide", lignes[0]);
        Assert.Contains("Sans nouvelles", lignes[1]);
    }

    [Theory]
    [InlineData(Meteo.BesoinAide, 1, 0)]
    [InlineData(Meteo.Vigilance, 1, 1)]
    [InlineData(Meteo.Bien, 40, 2)]
    [InlineData(Meteo.Bien, 3, 3)]
    public void Priorite_HelpThenVigilanceThenSilence(Meteo meteo, int joursDepuis, int attendue)
    {
        var maintenant = new DateTime(2028, 1, 15, 10, 0, 0, DateTimeKind.Utc);
        Assert.Equal(attendue, AccesDefi.Priorite(meteo, maintenant.AddDays(-joursDepuis), maintenant));
        Assert.Equal(2, AccesDefi.Priorite(null, null, maintenant));
    }
}
