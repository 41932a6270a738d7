using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Eig.Tests.Pages.Candidatures;
using Eig.Tests.Support;
using Eig.Web.Comptes;
using Eig.Web.Infrastructure.Fichiers;
using Eig.Web.Promotions;
using Microsoft.EntityFrameworkCore;

namespace Eig.Tests.Pages.Promotions;

/// <summary>The history: promotions 1 to 7 imported from files in the CMS's format (Fixtures/historique: a DIG track,
/// a person file naming only its défi, namesakes, a sponsor), then their outcomes from the CSV staff fill, uploaded on
/// the back office's promotions page; the public figures then cover them.</summary>
public class ImportResultatsTests : IAsyncLifetime
{
    private readonly EigWebFactory _f = new();
    public static string Dossier => Path.Combine(AppContext.BaseDirectory, "Fixtures", "historique");
    public static byte[] Csv => File.ReadAllBytes(Path.Combine(Dossier, "issues.csv"));

    public async ValueTask InitializeAsync()
    {
        var rapport = await _f.ImporterAsync(Dossier);
        Assert.Equal(0, rapport.Fichiers.Count(f => f.Issue == Eig.Web.Contenus.IssueFichier.Refuse));
    }

    public ValueTask DisposeAsync() => _f.DisposeAsync();

    private async Task<HttpClient> EquipeAsync() => await _f.ClientAsync(await _f.CreateUserAsync(Roles.Staff));

    private static Task<HttpResponseMessage> TeleverserAsync(HttpClient client, byte[] contenu, string nom = "issues.csv") =>
        EigWebFactory.PostFormAsync(client, "/admin/promotions", new Dictionary<string, string>(), handler: "Importer",
            file: ("FichierResultats", nom, contenu));

    private static IReadOnlyList<(string Ligne, string Resultat, string Detail)> Rapport(AngleSharp.Dom.IDocument doc) =>
        [.. doc.QuerySelectorAll("#rapport-import tbody tr").Select(tr => tr.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray())
            .Select(c => (c[0], c[1], c[2]))];

    [Fact]
    public async Task Upload_TheStaffCsv_ImportsEveryRow_AndTheFiguresCoverPromotions1To7()
    {
        var client = await EquipeAsync();
        // Staff reach the form from the back office's home.
        var admin = await EigWebFactory.GetDocumentAsync(client, "/admin");
        Assert.NotNull(admin.QuerySelector("a[href='/admin/promotions']"));

        var reponse = await TeleverserAsync(client, Csv);
        Assert.Equal(HttpStatusCode.OK, reponse.StatusCode);
        var doc = await EigWebFactory.ParseAsync(reponse);
        var lignes = Rapport(doc);
        Assert.Equal(12, lignes.Count);
        Assert.All(lignes, l => Assert.Equal("importée", l.Resultat));
        // Line numbers are the file's (header = 1; the empty line 12 is skipped).
        Assert.Equal(["2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "13", "14"], lignes.Select(l => l.Ligne));
        Assert.Contains("12\u00a0issues importées", doc.QuerySelector("#rapport-import .fr-alert")!.TextContent);

        await _f.WithDbAsync(async db =>
        {
            Assert.Equal(6, await db.ResultatsDefis.CountAsync());
            Assert.Equal(6, await db.ResultatsEig.CountAsync());
            Assert.All(await db.ResultatsDefis.ToListAsync(), r => Assert.Equal(SourceResultat.Import, r.Source));
            var archives = await db.Defis.SingleAsync(d => d.Slug == "archives-en-ligne");
            var r = await db.ResultatsDefis.SingleAsync(x => x.DefiId == archives.Id);
            Assert.Equal((IssueDefi.ProduitOuStartup, new DateOnly(2020, 7, 31), "https://beta.gouv.fr/startups/archives.html", "Reprise par la DINUM; une équipe de trois"),
                (r.Issue, r.Date, r.Lien, r.Commentaire));
            // The namesake of the défi's row, not the other Camille Martin.
            var camille = await db.Personnes.SingleAsync(p => p.Slug == "camille-martin");
            var rc = await db.ResultatsEig.SingleAsync(x => x.PersonneId == camille.Id);
            Assert.Equal((IssueEig.ResteSecteurPublic, "Gendarmerie nationale", new DateOnly(2018, 9, 1)), (rc.Issue, rc.Ou, rc.Date));
            var yanis = await db.Personnes.SingleAsync(p => p.Slug == "yanis-roux");
            Assert.Equal(new DateOnly(2023, 9, 1), (await db.ResultatsEig.SingleAsync(x => x.PersonneId == yanis.Id)).Date);
        });

        // The public figures, as the open data gives them (the programme page reads the same computation).
        var chiffres = JsonNode.Parse(await _f.NewClient().GetStringAsync("/api/v1/chiffres"))!.AsArray();
        int? Valeur(int? promotion, string indicateur, string champ = "valeur") =>
            chiffres.Single(c => c!["promotion"]?.GetValue<int?>() == promotion && c["indicateur"]!.GetValue<string>() == indicateur)![champ]?.GetValue<int?>();
        Assert.Equal((8, 7, 7), (Valeur(null, "eig"), Valeur(null, "defis"), Valeur(null, "administrations")));
        Assert.Equal((4, 6, 2, 67), (Valeur(null, "eig_restes_secteur_public"), Valeur(null, "eig_restes_secteur_public", "sur"),
            Valeur(null, "eig_restes_secteur_public", "inconnus"), Valeur(null, "eig_restes_secteur_public", "pourcentage")));
        Assert.Equal((4, 6, 1, 67), (Valeur(null, "defis_perdurent"), Valeur(null, "defis_perdurent", "sur"),
            Valeur(null, "defis_perdurent", "inconnus"), Valeur(null, "defis_perdurent", "pourcentage")));
        for (var n = 1; n <= 7; n++)
        {
            Assert.True(Valeur(n, "eig") > 0, $"promotion {n} : aucun EIG compté");
            Assert.True(Valeur(n, "defis") > 0, $"promotion {n} : aucun défi compté");
        }
        // Promotion 3 counts its DIG track; Sarah Petit (no promotion in her file) counts in her défi's promotion 4;
        // Yanis Roux counts in 5 and in 6, once overall.
        Assert.Equal((2, 2, 1, 2), (Valeur(3, "eig"), Valeur(3, "defis"), Valeur(3, "eig_restes_secteur_public"), Valeur(3, "defis_perdurent")));
        Assert.Equal((1, 1, 100), (Valeur(4, "eig"), Valeur(4, "eig_restes_secteur_public"), Valeur(4, "eig_restes_secteur_public", "pourcentage")));
        Assert.Equal((1, 2), (Valeur(5, "eig"), Valeur(6, "eig")));
        Assert.Null(Valeur(7, "defis_perdurent", "pourcentage"));

        // The promotion's public page lists the DIG track's défi with its outcome.
        var p3 = await EigWebFactory.GetDocumentAsync(_f.NewClient(), "/promotions/3");
        Assert.Contains("Archives en ligne", p3.Body!.TextContent);
        Assert.Contains(ResultatDefi.Libelle(IssueDefi.ProduitOuStartup), p3.Body!.TextContent);
    }

    [Fact]
    public async Task Upload_TheSameFileTwice_ChangesNothing()
    {
        var client = await EquipeAsync();
        Assert.Equal(HttpStatusCode.OK, (await TeleverserAsync(client, Csv)).StatusCode);
        var avant = await _f.WithDbAsync(async db => (await db.ResultatsDefis.Select(r => r.Id).OrderBy(x => x).ToListAsync(),
            await db.ResultatsEig.Select(r => r.Id).OrderBy(x => x).ToListAsync()));

        var reponse = await TeleverserAsync(client, Csv);
        Assert.Equal(HttpStatusCode.OK, reponse.StatusCode);
        var lignes = Rapport(await EigWebFactory.ParseAsync(reponse));
        Assert.Equal(12, lignes.Count);
        Assert.All(lignes, l => Assert.Equal("déjà à jour", l.Resultat));
        var apres = await _f.WithDbAsync(async db => (await db.ResultatsDefis.Select(r => r.Id).OrderBy(x => x).ToListAsync(),
            await db.ResultatsEig.Select(r => r.Id).OrderBy(x => x).ToListAsync()));
        Assert.Equal(avant.Item1, apres.Item1);
        Assert.Equal(avant.Item2, apres.Item2);
    }

    [Fact]
    public async Task Upload_CommaSeparated_WithoutBom_ReplacesAnOutcomeTypedByStaff()
    {
        var client = await EquipeAsync();
        await _f.WithDbAsync(async db =>
        {
            var d = await db.Defis.SingleAsync(x => x.Slug == "ecoles-connectees");
            db.ResultatsDefis.Add(Resultats.PourDefi(d.Id, IssueDefi.Arrete, new DateOnly(2025, 7, 31), null, "", SourceResultat.Equipe, null, DateTime.UtcNow));
            await db.SaveChangesAsync();
        });
        var csv = "defi,personne,issue,date\nÉcoles connectées,,Poursuivi par l'administration,2025-07-31\necoles-connectees,camille-martin-2,Partie,\n";

        var reponse = await TeleverserAsync(client, Encoding.UTF8.GetBytes(csv));

        Assert.Equal(HttpStatusCode.OK, reponse.StatusCode);
        var lignes = Rapport(await EigWebFactory.ParseAsync(reponse));
        Assert.Equal(2, lignes.Count);
        Assert.Contains("remplace l'issue saisie par l'équipe", lignes[0].Detail);
        await _f.WithDbAsync(async db =>
        {
            var d = await db.Defis.SingleAsync(x => x.Slug == "ecoles-connectees");
            var r = await db.ResultatsDefis.SingleAsync(x => x.DefiId == d.Id);
            Assert.Equal((IssueDefi.Poursuivi, SourceResultat.Import), (r.Issue, r.Source));
            var camille = await db.Personnes.SingleAsync(p => p.Slug == "camille-martin-2");
            Assert.Equal(IssueEig.Parti, (await db.ResultatsEig.SingleAsync(x => x.PersonneId == camille.Id)).Issue);
        });
    }

    [Fact]
    public async Task Upload_WithRefusedRows_SavesNothing_AndSaysWhyRowByRow()
    {
        var client = await EquipeAsync();
        var csv = "Défi;Personne;Issue;Date;Où\n" +
                  "brigade-numerique;;Poursuivi par l'administration;31/07/2018;\n" +
                  "un-defi-inconnu;;Arrêté;31/07/2018;\n" +
                  "cadastre-solaire;;Poursuivi par l'administration;31 juillet 2020;\n" +
                  "aides-agricoles;;Abandonné;31/07/2021;\n" +
                  ";Jean Lefort;Parti;;\n" +
                  ";Camille Martin;Parti;;\n" +
                  ";paul-durand;Resté·e dans le secteur public;;\n" +
                  "brigade-numerique;;Arrêté;31/07/2018;\n";

        var reponse = await TeleverserAsync(client, Encoding.UTF8.GetBytes(csv));

        Assert.Equal(HttpStatusCode.BadRequest, reponse.StatusCode);
        var doc = await EigWebFactory.ParseAsync(reponse);
        EigWebFactory.AssertHasError(doc, "FichierResultats", "7\u00a0lignes refusées : rien n'est enregistré.");
        var lignes = Rapport(doc);
        Assert.Equal(["correcte, non enregistrée", "refusée", "refusée", "refusée", "refusée", "refusée", "refusée", "refusée"], lignes.Select(l => l.Resultat));
        Assert.Contains("aucun défi n'a l'identifiant ou le titre « un-defi-inconnu »", lignes[1].Detail);
        Assert.Contains("la date « 31 juillet 2020 » n'est pas lisible", lignes[2].Detail);
        Assert.Contains("l'issue « Abandonné » n'est pas une issue de défi", lignes[3].Detail);
        Assert.Contains("Jean Lefort n'est pas un EIG", lignes[4].Detail);
        Assert.Contains("plusieurs personnes s'appellent « Camille Martin »", lignes[5].Detail);
        Assert.Contains("indiquez où", lignes[6].Detail);
        Assert.Contains("a déjà son issue à la ligne 2 du fichier", lignes[7].Detail);
        Assert.Equal((0, 0), await _f.WithDbAsync(async db => (await db.ResultatsDefis.CountAsync(), await db.ResultatsEig.CountAsync())));
    }

    [Fact]
    public async Task Upload_NotUtf8_OrUnknownColumn_IsRefusedNextToTheField()
    {
        var client = await EquipeAsync();
        var windows1252 = new byte[] { (byte)'D', 0xE9, (byte)'f', (byte)'i', (byte)';', (byte)'I', (byte)'s', (byte)'s', (byte)'u', (byte)'e', (byte)'\n' };
        var r1 = await TeleverserAsync(client, windows1252);
        Assert.Equal(HttpStatusCode.BadRequest, r1.StatusCode);
        EigWebFactory.AssertHasError(await EigWebFactory.ParseAsync(r1), "FichierResultats", Televersement.ErreurPasCsv);

        var r2 = await TeleverserAsync(client, Encoding.UTF8.GetBytes("Défi;Isue;Date\nbrigade-numerique;Arrêté;31/07/2018\n"));
        Assert.Equal(HttpStatusCode.BadRequest, r2.StatusCode);
        EigWebFactory.AssertHasError(await EigWebFactory.ParseAsync(r2), "FichierResultats", "La colonne « Isue » (ligne 1) n'est pas connue.");
        Assert.Equal(0, await _f.WithDbAsync(db => db.ResultatsDefis.CountAsync()));
    }

    [Fact]
    public async Task Import_IsForStaffOnly()
    {
        var porteur = await _f.ClientAsync(await _f.CreateUserAsync(Roles.Porteur));
        var r = await porteur.GetAsync("/admin/promotions");
        Assert.NotEqual(HttpStatusCode.OK, r.StatusCode);
        var anonyme = await _f.NewClient().PostAsync("/admin/promotions?handler=Importer", new ByteArrayContent(Csv));
        Assert.NotEqual(HttpStatusCode.OK, anonyme.StatusCode);
        Assert.Equal(0, await _f.WithDbAsync(db => db.ResultatsDefis.CountAsync()));
    }
}
