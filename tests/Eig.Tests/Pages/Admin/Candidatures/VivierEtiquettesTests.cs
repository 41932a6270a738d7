using System.Net;
using Eig.Tests.Pages.Admin.Courriels;
using Eig.Tests.Pages.Candidatures;
using Eig.Tests.Support;
using Eig.Web.Candidatures;
using Eig.Web.Comptes;
using Microsoft.EntityFrameworkCore;

namespace Eig.Tests.Pages.Admin.Candidatures;

/// <summary>The vivier carries the staff's labels like the other lists: shown on each person, filterable, and put by
/// the bulk form, whose result leads back to the vivier.</summary>
public class VivierEtiquettesTests : IAsyncLifetime
{
    private readonly EigWebFactory _f = new();
    public ValueTask InitializeAsync() => ValueTask.CompletedTask;
    public ValueTask DisposeAsync() => _f.DisposeAsync();

    [Fact]
    public async Task DepuisLAccueil_EtiqueterEnLot_PuisFiltrerParEtiquette()
    {
        var appel = await _f.AppelOuvertAsync();
        var ines = await _f.CandidatureAsync(appel, await _f.CreateUserAsync(Roles.Candidat), EtatCandidature.Vivier, prenom: "Inès");
        var paul = await _f.CandidatureAsync(appel, await _f.CreateUserAsync(Roles.Candidat), EtatCandidature.Vivier, prenom: "Paul");
        var client = _f.NewClient();
        await _f.SignInAsAsync(client, await _f.CreateUserAsync(Roles.Staff));
        await EigWebFactory.PostFormAsync(client, "/admin/etiquettes", new Dictionary<string, string> { ["Input.Nom"] = "À rappeler", ["Input.Couleur"] = "green-menthe" }, handler: "Enregistrer");
        var etiquette = await _f.WithDbAsync(db => db.Etiquettes.Select(e => e.Id).SingleAsync());

        var admin = await EigWebFactory.GetDocumentAsync(client, "/admin");
        var candidatures = await EigWebFactory.GetDocumentAsync(client, admin.QuerySelector("a[href='/admin/candidatures']")!.GetAttribute("href")!);
        var vivier = await EigWebFactory.GetDocumentAsync(client, candidatures.QuerySelector("a[href='/admin/vivier']")!.GetAttribute("href")!);
        Assert.Equal(["non-retenue", "etiqueter", "ecrire"], vivier.QuerySelectorAll("select[name='Input.Action'] option[value]").Select(o => o.GetAttribute("value")!).Where(v => v.Length > 0));
        Assert.Contains(vivier.QuerySelectorAll("select[name='Etiquette'] option"), o => o.TextContent == "À rappeler");

        var preparer = await client.PostAsync(EcrireEnLotTests.ActionDe(vivier, "Input.Action"), EcrireEnLotTests.Formulaire(vivier, "Input.Action",
            ("ids", ines.ToString()), ("Input.Action", "etiqueter"), ("Input.EtiquetteId", etiquette.ToString())));
        Assert.Equal(HttpStatusCode.OK, preparer.StatusCode);
        var confirmation = await EigWebFactory.ParseAsync(preparer);
        Assert.Contains("Vous allez ajouter l'étiquette choisie à 1\u00a0candidature.", confirmation.Body!.TextContent);
        var resultat = await EigWebFactory.ParseAsync(await client.PostAsync("/admin/lot/candidatures?handler=Appliquer",
            EcrireEnLotTests.Formulaire(confirmation, "Selection")));
        Assert.Contains("1\u00a0élément traité sur 1", resultat.Body!.TextContent);
        var retour = resultat.QuerySelectorAll("a").First(a => a.TextContent == "Revenir à la liste").GetAttribute("href")!;
        Assert.Equal("/admin/vivier", retour);

        var apres = await EigWebFactory.GetDocumentAsync(client, retour);
        var ligne = apres.QuerySelectorAll("tbody tr").Single(tr => tr.TextContent.Contains("Inès Martin"));
        Assert.Equal("À rappeler", ligne.QuerySelector(".fr-tag")!.TextContent.Trim());
        Assert.Null(apres.QuerySelectorAll("tbody tr").Single(tr => tr.TextContent.Contains("Paul Martin")).QuerySelector(".fr-tag"));

        var filtre = await EigWebFactory.GetDocumentAsync(client, $"{retour}?Etiquette={etiquette}");
        Assert.Equal(["Inès Martin"], filtre.QuerySelectorAll("tbody tr td:first-child a").Select(a => a.TextContent.Trim()));
        Assert.Contains("1\u00a0personne dans le vivier", filtre.Body!.TextContent);
        Assert.True(await _f.WithDbAsync(db => db.EtiquettesPosees.AnyAsync(p => p.CandidatureId == ines && p.EtiquetteId == etiquette)));
        Assert.False(await _f.WithDbAsync(db => db.EtiquettesPosees.AnyAsync(p => p.CandidatureId == paul)));
    }
}
