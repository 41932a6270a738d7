using System.Net;
using AngleSharp.Dom;
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

    /// <summary>Follows the link to <paramref name="href"/> on <paramref name="page"/>, as a person clicks it.</summary>
    private static async Task<IDocument> CliquerAsync(HttpClient c, IDocument page, string href)
    {
        var lien = page.QuerySelector($"main a[href='{href}']");
        Assert.True(lien is not null, $"{page.Url} n'a pas de lien vers {href}");
        return await EigWebFactory.GetDocumentAsync(c, href);
    }

    private static Dictionary<string, string> Point(string meteo, string avancement, string difficultes = "", string aide = "") => new()
    {
        ["Input.Meteo"] = meteo, ["Input.Avancement"] = avancement, ["Input.Difficultes"] = difficultes, ["Input.AideSouhaitee"] = aide,
    };

    [Fact]
    public async Task TeamFilesFromItsHome_SponsorAndStaffRead_OthersGet404()
    {
        var aac = await _f.AppelOuvertAsync();
        var sponsor = await _f.CreateUserAsync(Roles.Porteur);
        var membre = await _f.CreateUserAsync(Roles.Candidat);
        var defiId = await DefiAvecEquipeAsync(aac, sponsor, membre, "Eau potable");
        var autreMembre = await _f.CreateUserAsync(Roles.Candidat);
        var autreDefi = await DefiAvecEquipeAsync(aac, await _f.CreateUserAsync(Roles.Porteur), autreMembre, "Cadastre solaire");
        var url = $"/espace-defi/{defiId}";

        // The EIG goes from "Mon compte" to her défis, sees hers only, and files a check-in.
        var equipe = await ClientAsync(membre);
        var mesDefis = await CliquerAsync(equipe, await EigWebFactory.GetDocumentAsync(equipe, "/compte"), "/espace-defi");
        Assert.Null(mesDefis.QuerySelector($"a[href='/espace-defi/{autreDefi}']"));
        await CliquerAsync(equipe, mesDefis, url);
        Assert.Equal(HttpStatusCode.Redirect, (await EigWebFactory.PostFormAsync(equipe, url,
            Point("BesoinAide", "Premier prototype testé avec 12 agents.", "Accès aux données bloqué", "Un contact à la direction juridique"))).StatusCode);
        var page = await EigWebFactory.GetDocumentAsync(equipe, url);
        Assert.Contains("Premier prototype testé avec 12 agents.", page.QuerySelector("main article")!.TextContent);
        Assert.Contains("Besoin d'aide", page.QuerySelector("main article h3")!.TextContent);

        // The sponsor reaches it from his home too, reads it and has no form; staff read it from the follow-up list.
        var cote = await ClientAsync(sponsor);
        var sesDefis = await CliquerAsync(cote, await EigWebFactory.GetDocumentAsync(cote, "/compte"), "/espace-defi");
        var vueSponsor = await CliquerAsync(cote, sesDefis, url);
        Assert.Contains("Accès aux données bloqué", vueSponsor.QuerySelector("main")!.TextContent);
        Assert.Null(vueSponsor.QuerySelector("main form"));
        // Even with a valid token (the header's sign-out form has one), the sponsor cannot file a check-in.
        var jeton = vueSponsor.QuerySelector($"input[name='{EigWebFactory.AntiforgeryField}']")!.GetAttribute("value")!;
        var refus = await cote.PostAsync(url, new FormUrlEncodedContent([.. Point("Bien", "Faux point du sponsor"), new(EigWebFactory.AntiforgeryField, jeton)]));
        Assert.Equal(HttpStatusCode.NotFound, refus.StatusCode);
        var staff = await ClientAsync(await _f.CreateUserAsync(Roles.Staff));
        var suivi = await CliquerAsync(staff, await EigWebFactory.GetDocumentAsync(staff, "/admin/promotions"), "/admin/promotions/suivi");
        var vueStaff = await CliquerAsync(staff, suivi, url);
        Assert.Contains("Accès aux données bloqué", vueStaff.QuerySelector("main")!.TextContent);
        Assert.Null(vueStaff.QuerySelector("main form"));

        // Anyone else: another défi's EIG, another porteur, a jury member get a 404; anonymous visitors sign in first.
        Assert.Equal(HttpStatusCode.NotFound, (await (await ClientAsync(autreMembre)).GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await ClientAsync(await _f.CreateUserAsync(Roles.Porteur))).GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await ClientAsync(await _f.CreateUserAsync(Roles.Jury))).GetAsync(url)).StatusCode);
        var anonyme = await _f.NewClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, anonyme.StatusCode);
        Assert.Contains("/compte/connexion", anonyme.Headers.Location!.OriginalString);
        Assert.Equal(1, await _f.WithDbAsync(db => db.PointsEtape.CountAsync(p => p.DefiId == defiId)));
    }

    [Fact]
    public async Task Post_EmptyProgress_ShowsErrorNextToTheField_SavesNothing()
    {
        var aac = await _f.AppelOuvertAsync();
        var membre = await _f.CreateUserAsync(Roles.Candidat);
        var defiId = await DefiAvecEquipeAsync(aac, await _f.CreateUserAsync(Roles.Porteur), membre, "Eau potable");
        var equipe = await ClientAsync(membre);

        var vide = await EigWebFactory.PostFormAsync(equipe, $"/espace-defi/{defiId}", Point("", "  ", "Accès aux données bloqué"));

        Assert.Equal(HttpStatusCode.BadRequest, vide.StatusCode);
        var doc = await EigWebFactory.ParseAsync(vide);
        EigWebFactory.AssertHasError(doc, "Input.Avancement", "Renseignez l'avancement depuis le dernier point.");
        // The radios' message sits in their fieldset's messages group, which labels the fieldset (DSFR's pattern).
        var meteo = doc.QuerySelector("fieldset#Input_Meteo")!;
        Assert.Contains("Input_Meteo-messages", meteo.GetAttribute("aria-labelledby"));
        Assert.Equal("Dites comment avance le défi.", doc.QuerySelector("#Input_Meteo-messages .fr-message--error")!.TextContent.Trim());
        Assert.Equal("Accès aux données bloqué", doc.QuerySelector("#Input_Difficultes")!.TextContent); // what was typed stays
        Assert.Equal(0, await _f.WithDbAsync(db => db.PointsEtape.CountAsync()));
    }

    [Fact]
    public async Task StaffList_HelpWantedFirst_ThenSilentTeams_ThenTheRest()
    {
        var aac = await _f.AppelOuvertAsync();
        var (a, b, c) = (await _f.CreateUserAsync(Roles.Candidat), await _f.CreateUserAsync(Roles.Candidat), await _f.CreateUserAsync(Roles.Candidat));
        var tranquille = await DefiAvecEquipeAsync(aac, await _f.CreateUserAsync(Roles.Porteur), a, "Aides agricoles");
        await DefiAvecEquipeAsync(aac, await _f.CreateUserAsync(Roles.Porteur), b, "Bibliothèques ouvertes");
        var alerte = await DefiAvecEquipeAsync(aac, await _f.CreateUserAsync(Roles.Porteur), c, "Cadastre solaire");
        Assert.Equal(HttpStatusCode.Redirect, (await EigWebFactory.PostFormAsync(await ClientAsync(a), $"/espace-defi/{tranquille}", Point("Bien", "Mise en production"))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await EigWebFactory.PostFormAsync(await ClientAsync(c), $"/espace-defi/{alerte}",
            Point("BesoinAide", "Prototype", aide: "Un arbitrage sur l'hébergement"))).StatusCode);

        var suivi = await EigWebFactory.GetDocumentAsync(await ClientAsync(await _f.CreateUserAsync(Roles.Staff)), "/admin/promotions/suivi");

        var lignes = suivi.QuerySelectorAll("main tbody tr").Select(tr => tr.TextContent).ToList();
        int Rang(string titre) => lignes.FindIndex(l => l.Contains(titre));
        Assert.True(Rang("Cadastre solaire") >= 0 && Rang("Cadastre solaire") < Rang("Bibliothèques ouvertes") && Rang("Bibliothèques ouvertes") < Rang("Aides agricoles"),
            string.Join("\n", lignes));
        Assert.Contains("Un arbitrage sur l'hébergement", lignes[Rang("Cadastre solaire")]);
        Assert.Contains("Sans nouvelles", lignes[Rang("Bibliothèques ouvertes")]);
        Assert.DoesNotContain("Sans nouvelles", lignes[Rang("Aides agricoles")]);
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
