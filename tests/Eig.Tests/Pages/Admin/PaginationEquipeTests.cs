using Eig.Tests.Pages.Candidatures;
using Eig.Tests.Support;
using Eig.Web.Candidatures;
using Eig.Web.Comptes;
using Eig.Web.Infrastructure.Audit;

namespace Eig.Tests.Pages.Admin;

/// <summary>Staff lists at volume: the pagination's "next" link of the candidature list, the vivier and the audit
/// trail leads to the following rows (a property bound as "page" always read 1: Razor Pages keep that route value).</summary>
public class PaginationEquipeTests : IClassFixture<EigWebFactory>
{
    private readonly EigWebFactory _f;
    public PaginationEquipeTests(EigWebFactory f) => _f = f;

    private static async Task<List<string>> PremiereColonneAsync(HttpClient client, string url)
    {
        var doc = await EigWebFactory.GetDocumentAsync(client, url);
        return [.. doc.QuerySelectorAll("table tbody tr").Select(tr => tr.QuerySelector("td")!.TextContent.Trim())];
    }

    private static async Task<string> LienSuivantAsync(HttpClient client, string url)
    {
        var doc = await EigWebFactory.GetDocumentAsync(client, url);
        var lien = doc.QuerySelector("a.fr-pagination__link--next[href]");
        Assert.NotNull(lien);
        // Resolved against the page it is on, as a browser does (the candidature list writes "?…&page=2").
        return new Uri(new Uri(EigWebFactory.BaseUri, url), lien!.GetAttribute("href")!).PathAndQuery;
    }

    [Fact]
    public async Task CandidaturesEtVivier_LaPageSuivanteMontreLesLignesSuivantes()
    {
        var appel = await _f.AppelOuvertAsync();
        for (var i = 0; i < 30; i++)
            await _f.CandidatureAsync(appel, await _f.CreateUserAsync(Roles.Candidat), prenom: $"Déposée{i:00}");
        for (var i = 0; i < 55; i++)
            await _f.CandidatureAsync(appel, await _f.CreateUserAsync(Roles.Candidat), EtatCandidature.Vivier, prenom: $"Vivier{i:00}");
        var staff = await _f.ClientAsync(await _f.CreateUserAsync(Roles.Staff));

        var liste = $"/admin/candidatures?Appel={appel.Id}&Etat=Deposee";
        var page1 = await PremiereColonneAsync(staff, liste);
        Assert.Equal(25, page1.Count);
        var page2 = await PremiereColonneAsync(staff, await LienSuivantAsync(staff, liste));
        Assert.Equal(5, page2.Count);
        Assert.Empty(page1.Intersect(page2));
        Assert.Equal(30, page1.Concat(page2).Distinct().Count());

        var vivier1 = await PremiereColonneAsync(staff, "/admin/vivier");
        Assert.Equal(50, vivier1.Count);
        var vivier2 = await PremiereColonneAsync(staff, await LienSuivantAsync(staff, "/admin/vivier"));
        Assert.Equal(5, vivier2.Count);
        Assert.Empty(vivier1.Intersect(vivier2));
    }

    [Fact]
    public async Task Journal_LaPageSuivanteMontreLesEntreesPlusAnciennes()
    {
        var staffUser = await _f.CreateUserAsync(Roles.Staff);
        await _f.WithDbAsync(async db =>
        {
            var t = DateTime.UtcNow.AddDays(-1);
            for (var i = 0; i < 60; i++)
                db.Add(new AuditEntry { At = t.AddMinutes(i), Action = $"essai.pagination-{i:00}", ActeurEmail = "equipe@exemple.fr" });
            await db.SaveChangesAsync();
        });
        var staff = await _f.ClientAsync(staffUser);
        const string url = "/admin/journal?Action=essai.pagination";
        var doc1 = await EigWebFactory.GetDocumentAsync(staff, url);
        var actions1 = doc1.QuerySelectorAll("table tbody tr").Select(tr => tr.Children[2].TextContent.Trim()).ToList();
        Assert.Equal(50, actions1.Count);
        var doc2 = await EigWebFactory.GetDocumentAsync(staff, await LienSuivantAsync(staff, url));
        var actions2 = doc2.QuerySelectorAll("table tbody tr").Select(tr => tr.Children[2].TextContent.Trim()).ToList();
        Assert.Equal(10, actions2.Count);
        Assert.Equal([.. Enumerable.Range(0, 10).Select(i => $"essai.pagination-{9 - i:00}")], actions2);
    }
}
