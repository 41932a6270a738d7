using System.Net;
using DocumentFormat.OpenXml.Packaging;
using Eig.Tests.Support;
using Eig.Web.Comptes;
using Eig.Web.AppelsAProjets;
using Eig.Web.Evaluations;
using Microsoft.EntityFrameworkCore;
using Avis = Eig.Web.Evaluations.Evaluation;

namespace Eig.Tests.Pages.Admin.Dossiers;

public class ListeDossiersTests : IAsyncLifetime
{
    private readonly EigWebFactory _f = new();
    public ValueTask InitializeAsync() => ValueTask.CompletedTask;
    public ValueTask DisposeAsync() => _f.DisposeAsync();

    private async Task<(HttpClient Client, DossierProjet Bon, DossierProjet Faible, DossierProjet Brouillon, Guid Evaluateur)> ArrangeAsync()
    {
        var appel = await AapDonnees.AppelPublieAsync(_f, criteres: 2);
        var porteur = await _f.CreateUserAsync(Roles.Porteur);
        var evaluateur = await _f.CreateUserAsync(Roles.Evaluateur);
        var bon = await AapDonnees.DossierAsync(_f, appel.Id, porteur.Id, puis: x => { x.Administration = "Ministère des Mers"; x.Titre = "Balises connectées"; x.CommencerInstruction(Guid.NewGuid(), DateTime.UtcNow); });
        var faible = await AapDonnees.DossierAsync(_f, appel.Id, porteur.Id, puis: x => { x.Administration = "Préfecture du Nord"; x.Titre = "=HYPERLINK(\"x\")"; x.CommencerInstruction(Guid.NewGuid(), DateTime.UtcNow); });
        var brouillon = await AapDonnees.DossierAsync(_f, appel.Id, porteur.Id, deposer: false);
        await _f.WithDbAsync(async db =>
        {
            var grille = await db.Grilles.Include(g => g.Criteres).SingleAsync(g => g.Id == appel.GrilleId);
            foreach (var (dossier, note) in new[] { (bon, 5), (faible, 2) })
            {
                var aff = Affectation.Creer(ObjetsEvalues.DossierProjet, dossier.Id, grille.Id, evaluateur.Id, null, DateTime.UtcNow, 21);
                var e = Avis.Commencer(aff, DateTime.UtcNow);
                e.Enregistrer(grille, grille.Criteres.ToDictionary(c => c.Id, c => ((int?)note, (string?)null)), null, Recommandation.Favorable, DateTime.UtcNow);
                e.Soumettre(grille, DateTime.UtcNow);
                db.AddRange(aff, e);
            }
            await db.SaveChangesAsync();
        });
        var client = _f.NewClient();
        await _f.SignInAsAsync(client, await _f.CreateUserAsync(Roles.Staff));
        return (client, bon, faible, brouillon, evaluateur.Id);
    }

    private static async Task<List<string>> ReferencesAsync(HttpClient client, string url) =>
        (await EigWebFactory.GetDocumentAsync(client, url)).QuerySelectorAll("tbody td:first-child a").Select(a => a.TextContent.Trim()).ToList();

    [Fact]
    public async Task Get_DefaultList_ShowsFiledDossiersOnly()
    {
        var (client, bon, faible, brouillon, _) = await ArrangeAsync();

        var refs = await ReferencesAsync(client, "/admin/dossiers");

        Assert.Contains(bon.Reference, refs);
        Assert.Contains(faible.Reference, refs);
        Assert.DoesNotContain(brouillon.Reference, refs);
    }

    [Fact]
    public async Task Get_SortByScore_BestFirstAndScoreFilter()
    {
        var (client, bon, faible, _, evaluateur) = await ArrangeAsync();

        Assert.Equal([bon.Reference, faible.Reference], await ReferencesAsync(client, "/admin/dossiers?tri=score"));
        Assert.Equal([bon.Reference], await ReferencesAsync(client, "/admin/dossiers?scoreMin=4,5"));
        Assert.Equal(2, (await ReferencesAsync(client, $"/admin/dossiers?evaluateur={evaluateur}")).Count);
    }

    [Fact]
    public async Task Get_SearchAndAdministrationFilter()
    {
        var (client, bon, _, _, _) = await ArrangeAsync();

        Assert.Equal([bon.Reference], await ReferencesAsync(client, "/admin/dossiers?q=balises"));
        Assert.Equal([bon.Reference], await ReferencesAsync(client, "/admin/dossiers?administration=Mers"));
        Assert.Empty(await ReferencesAsync(client, "/admin/dossiers?q=%25"));   // a LIKE wildcard is searched literally
    }

    [Fact]
    public async Task Get_BadScore_ShowsFrenchMessage()
    {
        var (client, _, _, _, _) = await ArrangeAsync();

        var r = await client.GetAsync("/admin/dossiers?scoreMin=beaucoup");

        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Contains("note minimale en chiffres", (await EigWebFactory.ParseAsync(r)).Body!.TextContent);
    }

    [Fact]
    public async Task Get_Csv_IsFilteredAndNeutralisesFormulas()
    {
        var (client, bon, faible, _, _) = await ArrangeAsync();

        var csv = await (await client.GetAsync("/admin/dossiers?handler=Csv&tri=score")).Content.ReadAsStringAsync();
        var lignes = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(3, lignes.Length);
        Assert.StartsWith("Référence;Titre", lignes[0]);
        Assert.StartsWith(bon.Reference, lignes[1]);
        Assert.Contains("5,00", lignes[1]);
        Assert.Contains("\"'=HYPERLINK(\"\"x\"\")\"", lignes[2]);
    }

    [Fact]
    public async Task Get_Xlsx_OpensWithTheRows()
    {
        var (client, bon, _, _, _) = await ArrangeAsync();

        var bytes = await (await client.GetAsync("/admin/dossiers?handler=Xlsx&q=balises")).Content.ReadAsByteArrayAsync();
        using var doc = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var rows = doc.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>().ToList();

        Assert.Equal(2, rows.Count);
        Assert.Equal(bon.Reference, rows[1].Descendants<DocumentFormat.OpenXml.Spreadsheet.Text>().First().Text);
    }
}
