using Eig.Tests.Support;
using Eig.Web.AppelsAProjets;
using Eig.Web.Comptes;
using Eig.Web.Evaluations;
using Microsoft.EntityFrameworkCore;
using Avis = Eig.Web.Evaluations.Evaluation;

namespace Eig.Tests.Pages.Admin.Dossiers;

/// <summary>The dossier list and the call's ranking past their first page: the list picks its page before computing
/// the scores (same rows, same order, same scores as when every score was computed), the ranking pages by 100 with
/// the ranks of the whole ranking.</summary>
public class ListesAVolumeTests : IAsyncLifetime
{
    private readonly EigWebFactory _f = new();
    public ValueTask InitializeAsync() => ValueTask.CompletedTask;
    public ValueTask DisposeAsync() => _f.DisposeAsync();

    /// <summary>105 dossiers in instruction, numbered 1–105; the ones numbered 52, 53 and 104 have a review (notes 5, 3, 4).</summary>
    private async Task<(AppelAProjets Appel, HttpClient Staff)> ArrangeAsync()
    {
        var appel = await AapDonnees.AppelPublieAsync(_f, criteres: 2);
        var porteur = await _f.CreateUserAsync(Roles.Porteur);
        var evaluateur = await _f.CreateUserAsync(Roles.Evaluateur);
        await _f.WithDbAsync(async db =>
        {
            var grille = await db.Grilles.Include(g => g.Criteres).SingleAsync(g => g.Id == appel.GrilleId);
            var ap = await db.AppelsAProjets.SingleAsync(a => a.Id == appel.Id);
            for (var n = 1; n <= 105; n++)
            {
                var d = AapDonnees.Rempli(appel.Id, porteur.Id, n);
                d.Deposer(ap, porteur.Id, DateTime.UtcNow);
                d.CommencerInstruction(porteur.Id, DateTime.UtcNow);
                db.DossiersProjets.Add(d);
                if (n is not (52 or 53 or 104)) continue;
                var aff = Affectation.Creer(ObjetsEvalues.DossierProjet, d.Id, grille.Id, evaluateur.Id, null, DateTime.UtcNow, 21);
                var e = Avis.Commencer(aff, DateTime.UtcNow);
                var note = n switch { 52 => 5, 53 => 3, _ => 4 };
                e.Enregistrer(grille, grille.Criteres.ToDictionary(c => c.Id, _ => ((int?)note, (string?)null)), null, Recommandation.Favorable, DateTime.UtcNow);
                e.Soumettre(grille, DateTime.UtcNow);
                db.AddRange(aff, e);
            }
            await db.SaveChangesAsync();
        });
        var staff = _f.NewClient();
        await _f.SignInAsAsync(staff, await _f.CreateUserAsync(Roles.Staff));
        return (appel, staff);
    }

    private static async Task<string> SuivanteAsync(HttpClient client, string url)
    {
        var doc = await EigWebFactory.GetDocumentAsync(client, url);
        var lien = doc.QuerySelector("a.fr-pagination__link--next[href]");
        Assert.NotNull(lien);
        return new Uri(new Uri(EigWebFactory.BaseUri, url), lien!.GetAttribute("href")!).PathAndQuery;
    }

    [Fact]
    public async Task ListeParNumero_Page2_LesDossiers51A100AvecLeurNote()
    {
        var (appel, staff) = await ArrangeAsync();
        var url = $"/admin/dossiers?appel={appel.Id}&tri=numero";

        var doc = await EigWebFactory.GetDocumentAsync(staff, await SuivanteAsync(staff, url));

        var lignes = doc.QuerySelectorAll("table tbody tr").Select(tr => tr.Children.Select(td => td.TextContent.Trim()).ToList()).ToList();
        Assert.Equal([.. Enumerable.Range(51, 50).Select(n => $"AAP-{n:0000}")], lignes.Select(l => l[0][..8]));
        // Columns: reference, title, call, state, filed on, score, reviews.
        Assert.Equal("5,00", lignes[1][5]);
        Assert.Equal("3,00", lignes[2][5]);
        Assert.Equal("1", lignes[2][6]);
        Assert.Equal("—", lignes[0][5]);
        Assert.Equal("0", lignes[0][6]);
    }

    [Fact]
    public async Task Classement_MoyenneMedianeNombre_SansAvisEnDernier()
    {
        var appel = await AapDonnees.AppelPublieAsync(_f, criteres: 1);
        var porteur = await _f.CreateUserAsync(Roles.Porteur);
        var evaluateurs = new List<Guid>();
        for (var i = 0; i < 3; i++) evaluateurs.Add((await _f.CreateUserAsync(Roles.Evaluateur)).Id);
        // Numbers in the reverse of the expected order, so that the number (the last tie-breaker) cannot make it pass.
        var dossiers = new (int Numero, int[] Notes)[] { (5, [5]), (4, [3, 5, 5]), (3, [4, 4, 5]), (2, [3]), (1, []) };
        await _f.WithDbAsync(async db =>
        {
            var grille = await db.Grilles.Include(g => g.Criteres).SingleAsync(g => g.Id == appel.GrilleId);
            var ap = await db.AppelsAProjets.SingleAsync(a => a.Id == appel.Id);
            foreach (var (numero, notes) in dossiers)
            {
                var d = AapDonnees.Rempli(appel.Id, porteur.Id, numero);
                d.Deposer(ap, porteur.Id, DateTime.UtcNow);
                d.CommencerInstruction(porteur.Id, DateTime.UtcNow);
                db.DossiersProjets.Add(d);
                for (var i = 0; i < notes.Length; i++)
                {
                    var aff = Affectation.Creer(ObjetsEvalues.DossierProjet, d.Id, grille.Id, evaluateurs[i], null, DateTime.UtcNow, 21);
                    var e = Avis.Commencer(aff, DateTime.UtcNow);
                    e.Enregistrer(grille, grille.Criteres.ToDictionary(c => c.Id, _ => ((int?)notes[i], (string?)null)), null, Recommandation.Favorable, DateTime.UtcNow);
                    e.Soumettre(grille, DateTime.UtcNow);
                    db.AddRange(aff, e);
                }
            }
            await db.SaveChangesAsync();
        });
        var staff = _f.NewClient();
        await _f.SignInAsAsync(staff, await _f.CreateUserAsync(Roles.Staff));

        var page = await EigWebFactory.GetDocumentAsync(staff, $"/admin/appels-a-projets/{appel.Id}/classement");

        var lignes = page.QuerySelectorAll("table tbody tr").Select(tr => (Rang: tr.Children[0].TextContent.Trim(), Ref: tr.Children[1].TextContent.Trim()[..8])).ToList();
        // A single 5 first; the two means of 13/3, the higher median first; then 3; the dossier without a review, unranked.
        Assert.Equal([("1", "AAP-0005"), ("2", "AAP-0004"), ("3", "AAP-0003"), ("4", "AAP-0002"), ("—", "AAP-0001")], lignes);
    }

    [Fact]
    public async Task Classement_ParPagesDe100_LesRangsSuiventLeClassementEntier()
    {
        var (appel, staff) = await ArrangeAsync();
        var url = $"/admin/appels-a-projets/{appel.Id}/classement";

        var page1 = await EigWebFactory.GetDocumentAsync(staff, url);
        var rangs1 = page1.QuerySelectorAll("table tbody tr").Select(tr => (Rang: tr.Children[0].TextContent.Trim(), Ref: tr.Children[1].TextContent.Trim()[..8])).ToList();
        Assert.Equal(100, rangs1.Count);
        Assert.Equal([("1", "AAP-0052"), ("2", "AAP-0104"), ("3", "AAP-0053")], rangs1.Take(3));
        Assert.All(rangs1.Skip(3), r => Assert.Equal("—", r.Rang));
        // The rows shown carry their statistics: overall mean, then each criterion's mean (C1, C2), computed for the page.
        var premiere = page1.QuerySelectorAll("table tbody tr")[0].Children.Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(["1 / 1", "5,00", "5,00", "0,00", "5,0", "5,0"], premiere[3..9]);
        var troisieme = page1.QuerySelectorAll("table tbody tr")[2].Children.Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(["3,00", "3,0", "3,0"], [troisieme[4], troisieme[7], troisieme[8]]);

        var page2 = await EigWebFactory.GetDocumentAsync(staff, await SuivanteAsync(staff, url));
        Assert.Equal(5, page2.QuerySelectorAll("table tbody tr").Length);
        Assert.Empty(page2.QuerySelectorAll("table tbody tr").Select(tr => tr.Children[1].TextContent.Trim()[..8]).Intersect(rangs1.Select(r => r.Ref)));
    }
}
