using System.IO.Compression;
using System.Net;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Eig.Tests.Support;
using Eig.Web.AppelsAProjets;
using Eig.Web.Comptes;
using Eig.Web.Evaluations;
using Eig.Web.Evenements;
using Eig.Web.Extractions;
using Eig.Web.Infrastructure.Formats;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Avis = Eig.Web.Evaluations.Evaluation;

namespace Eig.Tests.Pages.Admin.Exports;

/// <summary>The full exports, from the back office's home: CSV as a French spreadsheet opens it, XLSX with typed cells,
/// the attachments' archive and large exports prepared by the scheduled job and mailed.</summary>
public class ExportsTests : IAsyncLifetime
{
    private readonly EigWebFactory _f = new();
    public ValueTask InitializeAsync() => ValueTask.CompletedTask;
    public ValueTask DisposeAsync() => _f.DisposeAsync();

    private async Task<(HttpClient Client, TestUser Staff, DossierProjet Dossier)> ArrangeAsync()
    {
        var appel = await AapDonnees.AppelPublieAsync(_f, criteres: 2);
        var porteur = await _f.CreateUserAsync(Roles.Porteur);
        var evaluateur = await _f.CreateUserAsync(Roles.Evaluateur);
        var d = await AapDonnees.DossierAsync(_f, appel.Id, porteur.Id, puis: x =>
        {
            x.Titre = "=HYPERLINK(\"x\")";
            x.Administration = "Préfecture de l'Hérault; service numérique";
            x.NombrePersonnesConcernees = 12500;
        });
        await _f.WithDbAsync(async db =>
        {
            var grille = await db.Grilles.Include(g => g.Criteres).SingleAsync(g => g.Id == appel.GrilleId);
            var aff = Affectation.Creer(ObjetsEvalues.DossierProjet, d.Id, grille.Id, evaluateur.Id, null, DateTime.UtcNow, 21);
            var e = Avis.Commencer(aff, DateTime.UtcNow);
            e.Enregistrer(grille, grille.Criteres.ToDictionary(c => c.Id, c => ((int?)(c.Numero + 2), (string?)$"Remarque sur {c.Nom}")), "Solide", Recommandation.Favorable, DateTime.UtcNow);
            e.Soumettre(grille, DateTime.UtcNow);
            db.AddRange(aff, e);
            db.FichiersAap.Add(new FichierAap { DossierId = d.Id, NomFichier = "budget.pdf", Contenu = "%PDF-1.4 budget"u8.ToArray(), Taille = 15, DeposeParId = porteur.Id, DeposeLe = DateTime.UtcNow });
            db.FichiersAap.Add(new FichierAap { DossierId = d.Id, NomFichier = "../budget.pdf", Contenu = "%PDF-1.4 autre"u8.ToArray(), Taille = 14, DeposeParId = porteur.Id, DeposeLe = DateTime.UtcNow });
            await db.SaveChangesAsync();
        });
        d = await _f.WithDbAsync(db => db.DossiersProjets.AsNoTracking().SingleAsync(x => x.Id == d.Id));
        var staff = await _f.CreateUserAsync(Roles.Staff);
        var client = _f.NewClient();
        await _f.SignInAsAsync(client, staff);
        return (client, staff, d);
    }

    /// <summary>The export page as staff reach it: from /admin, by its tile.</summary>
    private static async Task<AngleSharp.Dom.IDocument> PageAsync(HttpClient client)
    {
        var admin = await EigWebFactory.GetDocumentAsync(client, "/admin");
        var lien = admin.QuerySelectorAll("a").First(a => a.TextContent.Trim() == "Exports").GetAttribute("href")!;
        return await EigWebFactory.GetDocumentAsync(client, lien);
    }

    private static string Lien(AngleSharp.Dom.IDocument page, string texte) =>
        page.QuerySelectorAll("a").First(a => a.TextContent.Trim() == texte).GetAttribute("href")!;

    [Fact]
    public async Task Csv_HasBomSemicolonsAccentsAndNeutralisedFormulas()
    {
        var (client, _, d) = await ArrangeAsync();
        var page = await PageAsync(client);

        var r = await client.GetAsync(page.QuerySelectorAll("a").First(a => a.TextContent.Trim() == "Dossiers en CSV" && (a.GetAttribute("href") ?? "").Contains("jeu=dossiers")).GetAttribute("href"));
        var bytes = await r.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Equal("text/csv", r.Content.Headers.ContentType!.MediaType);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lignes = new UTF8Encoding(false).GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lignes.Length);
        Assert.StartsWith("Référence;Appel;Statut;Créé le;Déposé le", lignes[0]);
        Assert.Contains(";Titre du projet;Nom de l'administration;", lignes[0]);
        Assert.StartsWith($"{d.Reference};Appel à projets test;{EtatsDossier.Libelle(d.Etat)};", lignes[1]);
        Assert.Contains(";\"'=HYPERLINK(\"\"x\"\")\";\"Préfecture de l'Hérault; service numérique\";", lignes[1]);
        Assert.Contains(";12500;", lignes[1]);
        Assert.Contains($";{Fr.EnHeureDeParis(d.DeposeLe!.Value):dd/MM/yyyy HH:mm};", lignes[1]);
    }

    [Fact]
    public async Task Xlsx_HasEverySheet_WithNumbersAsNumbersAndDatesAsDates()
    {
        var (client, _, d) = await ArrangeAsync();
        var page = await PageAsync(client);

        var bytes = await client.GetByteArrayAsync(page.QuerySelectorAll("a").First(a => (a.GetAttribute("href") ?? "").Contains("jeu=dossiers&format=xlsx")).GetAttribute("href"));
        using var doc = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var wb = doc.WorkbookPart!;
        var feuilles = wb.Workbook.Descendants<Sheet>().ToList();
        Worksheet Feuille(string nom) => ((WorksheetPart)wb.GetPartById(feuilles.Single(s => s.Name == nom).Id!)).Worksheet;
        static string Texte(Cell c) => c.InnerText;

        Assert.Equal(["Dossiers", "Évaluations", "Notes par critère", "Historique des dossiers"], feuilles.Select(s => s.Name!.Value));
        var rows = Feuille("Dossiers").Descendants<Row>().ToList();
        var entetes = rows[0].Elements<Cell>().Select(Texte).ToList();
        var cellules = rows[1].Elements<Cell>().ToList();
        Assert.Equal(d.Reference, Texte(cellules[0]));
        var nombre = cellules[entetes.IndexOf("Nombre de personnes concernées")];
        Assert.Equal(CellValues.Number, nombre.DataType!.Value);
        Assert.Equal("12500", nombre.CellValue!.Text);
        var depot = cellules[entetes.IndexOf("Déposé le")];
        Assert.Null(depot.DataType);
        Assert.Equal(1u, depot.StyleIndex!.Value);
        Assert.Equal(Fr.EnHeureDeParis(d.DeposeLe!.Value), DateTime.FromOADate(double.Parse(depot.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)), TimeSpan.FromSeconds(1));
        var format = wb.WorkbookStylesPart!.Stylesheet.NumberingFormats!.Elements<NumberingFormat>().Single(n => n.NumberFormatId! == 164);
        Assert.Equal("dd/mm/yyyy hh:mm", format.FormatCode!.Value);
        Assert.Equal("'=HYPERLINK(\"x\")", Texte(cellules[entetes.IndexOf("Titre du projet")]));
        var moyenne = await _f.WithDbAsync(db => db.Evaluations.Select(e => e.NoteGlobaleSoumise).SingleAsync());
        Assert.Equal(Math.Round(moyenne!.Value, 2), double.Parse(cellules[entetes.IndexOf("Note moyenne")].CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture));

        var notes = Feuille("Notes par critère").Descendants<Row>().Skip(1).Select(r => r.Elements<Cell>().Select(Texte).ToList()).ToList();
        Assert.Equal(2, notes.Count);
        Assert.Equal([d.Reference, "Camille Test", "Critère 1", "3", "Remarque sur Critère 1"], notes[0]);
        Assert.Contains(Feuille("Évaluations").Descendants<Row>().Skip(1).Single().Elements<Cell>(), c => Texte(c) == "Solide");
    }

    [Fact]
    public async Task Zip_IsPreparedByTheJob_MailedToTheRequester_EntriesNamedByDossierNumber()
    {
        var (client, staff, d) = await ArrangeAsync();
        await PageAsync(client);

        var r = await EigWebFactory.PostFormAsync(client, "/admin/exports", new Dictionary<string, string> { ["format"] = Exporteur.Pieces }, handler: "Preparer");
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        using (var scope = _f.Services.CreateScope())
            Assert.StartsWith("1\u00a0export préparé", await scope.ServiceProvider.GetRequiredService<ExportsEnArrierePlan>().PreparerAsync(CancellationToken.None));

        var mail = (await _f.ReadMailsAsync()).Single(m => m.To == staff.Email);
        Assert.Equal("Votre export est prêt : Pièces jointes des dossiers (ZIP)", mail.Subject);
        var lien = new Uri(mail.Link("/admin/exports/")!).PathAndQuery;
        var reponse = await client.GetAsync(lien);
        Assert.Equal("application/zip", reponse.Content.Headers.ContentType!.MediaType);
        using var zip = new ZipArchive(new MemoryStream(await reponse.Content.ReadAsByteArrayAsync()));
        Assert.Equal([$"{d.Reference}/budget.pdf", $"{d.Reference}/budget (2).pdf"], zip.Entries.Select(e => e.FullName));
        using (var s = new StreamReader(zip.Entries[0].Open())) Assert.Equal("%PDF-1.4 budget", await s.ReadToEndAsync());

        var autre = _f.NewClient();
        await _f.SignInAsAsync(autre, await _f.CreateUserAsync(Roles.Staff));
        Assert.Equal(HttpStatusCode.NotFound, (await autre.GetAsync(lien)).StatusCode);
    }

    [Fact]
    public async Task MoreThanAThousandRows_IsPreparedInTheBackground_NotDownloadedAtOnce()
    {
        var (client, staff, _) = await ArrangeAsync();
        await _f.WithDbAsync(async db =>
        {
            var e = new Evenement { Titre = "Webinaire : déposer un dossier", Debut = new DateTime(2027, 1, 12, 11, 0, 0, DateTimeKind.Utc), Capacite = 2000, Lien = "https://exemple.fr/w" };
            db.Evenements.Add(e);
            for (var i = 0; i < Exporteur.LignesMaxImmediat + 1; i++)
                db.InscriptionsEvenements.Add(new InscriptionEvenement { EvenementId = e.Id, Nom = $"Personne {i}", Email = $"p{i}@exemple.fr", InscritLe = DateTime.UtcNow });
            await db.SaveChangesAsync();
        });
        var page = await PageAsync(client);
        Assert.DoesNotContain(page.QuerySelectorAll("a"), a => (a.GetAttribute("href") ?? "").Contains("jeu=evenements"));
        var direct = await client.GetAsync("/admin/exports?handler=Fichier&jeu=evenements&format=xlsx");
        Assert.Equal(HttpStatusCode.Redirect, direct.StatusCode);

        await EigWebFactory.PostFormAsync(client, "/admin/exports", new Dictionary<string, string> { ["jeu"] = "evenements", ["format"] = "xlsx" }, handler: "Preparer");
        using (var scope = _f.Services.CreateScope())
            await scope.ServiceProvider.GetRequiredService<ExportsEnArrierePlan>().PreparerAsync(CancellationToken.None);
        var mail = (await _f.ReadMailsAsync()).Single(m => m.To == staff.Email);
        var bytes = await client.GetByteArrayAsync(new Uri(mail.Link("/admin/exports/")!).PathAndQuery);

        using var doc = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var inscriptions = doc.WorkbookPart!.Workbook.Descendants<Sheet>().Single(s => s.Name == "Inscriptions");
        Assert.Equal(Exporteur.LignesMaxImmediat + 2, ((WorksheetPart)doc.WorkbookPart.GetPartById(inscriptions.Id!)).Worksheet.Descendants<Row>().Count());
        Assert.Contains("Mes exports préparés", (await EigWebFactory.GetDocumentAsync(client, "/admin/exports")).Body!.TextContent);
    }
}
