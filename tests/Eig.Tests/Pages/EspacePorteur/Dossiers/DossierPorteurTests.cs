using AngleSharp.Dom;
using System.Net;
using Eig.Tests.Support;
using Eig.Web.Comptes;
using Eig.Web.AppelsAProjets;
using Microsoft.EntityFrameworkCore;

namespace Eig.Tests.Pages.EspacePorteur.Dossiers;

public class DossierPorteurTests : IAsyncLifetime
{
    private readonly EigWebFactory _f = new();
    public ValueTask InitializeAsync() => ValueTask.CompletedTask;
    public ValueTask DisposeAsync() => _f.DisposeAsync();

    private async Task<(HttpClient, TestUser)> PorteurAsync()
    {
        var client = _f.NewClient();
        var porteur = await _f.CreateUserAsync(Roles.Porteur);
        await _f.SignInAsAsync(client, porteur);
        return (client, porteur);
    }

    private static Dictionary<string, string> Etape1() => new()
    {
        ["Input.Titre"] = "Simplifier les aides", ["Input.Administration"] = "Direction des aides",
        ["Input.TypeAdministration"] = "Administration centrale", ["Input.Siret"] = "",
        ["Input.SponsorNom"] = "Claire Martin", ["Input.SponsorFonction"] = "Directrice",
    };

    [Fact]
    public async Task Steps_ShowTheFormDescription_LabelsHintsLimitsAndOptionalMarks()
    {
        var appel = await AapDonnees.AppelPublieAsync(_f);
        var (client, _) = await PorteurAsync();
        var start = await EigWebFactory.PostFormAsync(client, "/espace-porteur/dossiers", new Dictionary<string, string> { ["appelId"] = appel.Id.ToString() });
        var etape1 = start.Headers.Location!.OriginalString;

        var page1 = await EigWebFactory.GetDocumentAsync(client, etape1);
        var page2 = await EigWebFactory.GetDocumentAsync(client, etape1[..^1] + "2");

        // Every field reads FormulaireDossier, the description the validation, the PDF and the exports read.
        foreach (var (page, champ) in FormulaireDossier.Etapes.Take(2).SelectMany((e, i) => e.Champs.Select(c => (i == 0 ? page1 : page2, c))))
        {
            var label = page.QuerySelector($"label[for=Input_{champ.Nom}]")!;
            Assert.StartsWith(champ.Libelle + (champ.Requis ? "" : " (facultatif)"), label.TextContent);
            Assert.Equal(champ.Aide, label.QuerySelector(".fr-hint-text")?.TextContent);
            Assert.Equal(champ.Genre == GenreChamp.Liste ? null : champ.LongueurSaisie?.ToString(), page.GetElementById($"Input_{champ.Nom}")!.GetAttribute("maxlength"));
        }
        Assert.Equal("4", page2.GetElementById("Input_PublicsConcernes")!.GetAttribute("rows"));
        Assert.Equal("6", page2.GetElementById("Input_Probleme")!.GetAttribute("rows"));
    }

    [Fact]
    public async Task Journey_FillEveryStepAndFile_SendsReceiptWithPdf()
    {
        var appel = await AapDonnees.AppelPublieAsync(_f);
        var (client, porteur) = await PorteurAsync();
        var staff = await _f.CreateUserAsync(Roles.Staff);

        var start = await EigWebFactory.PostFormAsync(client, "/espace-porteur/dossiers", new Dictionary<string, string> { ["appelId"] = appel.Id.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        var etape1 = start.Headers.Location!.OriginalString;
        Assert.EndsWith("/etape/1", etape1);
        var baseUrl = etape1[..^"/etape/1".Length];

        var r1 = await EigWebFactory.PostFormAsync(client, etape1, Etape1());
        Assert.Equal(baseUrl + "/etape/2", r1.Headers.Location!.OriginalString);
        var r2 = await EigWebFactory.PostFormAsync(client, baseUrl + "/etape/2", new Dictionary<string, string>
        {
            ["Input.Probleme"] = "Les demandes sont longues", ["Input.Preuves"] = "Étude 2025",
            ["Input.PublicsConcernes"] = "Les allocataires", ["Input.NombrePersonnesConcernees"] = "120 000",
        });
        Assert.Equal(HttpStatusCode.Redirect, r2.StatusCode);
        await EigWebFactory.PostFormAsync(client, baseUrl + "/etape/3", new Dictionary<string, string>
        {
            ["Input.TerrainExperimentation"] = "Deux départements", ["Input.ObjectifImpact"] = "Diviser par deux le délai",
            ["Input.ApprocheProduit"] = "Itérations courtes", ["Input.FeuilleDeRoute"] = "Généraliser en 2028",
            ["Input.PrioriteGouvernementale"] = "",
        });
        var r4 = await EigWebFactory.PostFormAsync(client, baseUrl + "/etape/4", new Dictionary<string, string>
        {
            ["Input.ProfilsSouhaites"] = "CPO et CTO", ["Input.NombreProfils"] = "2",
        });
        Assert.Equal(baseUrl + "/pieces-jointes", r4.Headers.Location!.OriginalString);

        var recap = await EigWebFactory.GetDocumentAsync(client, baseUrl);
        Assert.Contains("2\u202f100\u00a0€", recap.Body!.TextContent);  // 30 % × 3 500 × 2

        var depot = await EigWebFactory.PostFormAsync(client, baseUrl, new Dictionary<string, string>(), handler: "Deposer");
        Assert.Equal(HttpStatusCode.Redirect, depot.StatusCode);

        var dossier = await _f.WithDbAsync(db => db.DossiersProjets.Include(d => d.Historique).SingleAsync(d => d.PorteurId == porteur.Id));
        Assert.Equal(EtatDossier.Depose, dossier.Etat);
        Assert.Equal(120_000, dossier.NombrePersonnesConcernees);
        Assert.Single(dossier.Historique);
        var mails = await _f.ReadMailsAsync();
        var recu = Assert.Single(mails, m => m.To == porteur.Email);
        Assert.Contains(dossier.Reference, recu.Subject);
        var pj = await _f.WithDbAsync(db => db.Outbox.Include(o => o.PiecesJointes).SelectMany(o => o.PiecesJointes).ToListAsync());
        var pdf = Assert.Single(pj);
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(pdf.Contenu, 0, 5));
        // The team is told, with the dossier's page in the back office.
        var equipe = Assert.Single(mails, m => m.To == staff.Email);
        Assert.Contains("nouveau dossier déposé", equipe.Subject);
        Assert.StartsWith("http", equipe.Link($"/admin/dossiers/{dossier.Id}"));

        var timeline = await EigWebFactory.GetDocumentAsync(client, baseUrl);
        Assert.Contains("Déposé", timeline.Body!.TextContent);
    }

    [Fact]
    public async Task Post_Etape1Empty_ShowsErrorsNextToFieldsWith400()
    {
        var appel = await AapDonnees.AppelPublieAsync(_f);
        var (client, porteur) = await PorteurAsync();
        var d = await AapDonnees.DossierAsync(_f, appel.Id, porteur.Id, deposer: false);

        var champs = Etape1();
        foreach (var k in champs.Keys) champs[k] = "";
        var response = await EigWebFactory.PostFormAsync(client, $"/espace-porteur/dossiers/{d.Id}/etape/1", champs);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var doc = await EigWebFactory.ParseAsync(response);
        EigWebFactory.AssertHasError(doc, "Input.Titre", "Renseignez le titre du projet");
        Assert.Equal(5, doc.QuerySelectorAll(".fr-error-text").Length);   // SIRET is optional
        Assert.NotNull(doc.QuerySelector(".fr-alert--error"));
        var stored = await _f.WithDbAsync(db => db.DossiersProjets.SingleAsync(x => x.Id == d.Id));
        Assert.Equal("Projet " + d.Numero, stored.Titre);
    }

    [Theory]
    [InlineData("Input.Siret", "123", "14 chiffres")]
    [InlineData("Input.Siret", "abcdefghijklmn", "14 chiffres")]
    [InlineData("Input.TypeAdministration", "<script>alert(1)</script>", "dans la liste")]
    public async Task Post_Etape1BadValue_ShowsFrenchMessage(string champ, string valeur, string attendu)
    {
        var appel = await AapDonnees.AppelPublieAsync(_f);
        var (client, porteur) = await PorteurAsync();
        var d = await AapDonnees.DossierAsync(_f, appel.Id, porteur.Id, deposer: false);
        var champs = Etape1();
        champs[champ] = valeur;

        var response = await EigWebFactory.PostFormAsync(client, $"/espace-porteur/dossiers/{d.Id}/etape/1", champs);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var doc = await EigWebFactory.ParseAsync(response);
        EigWebFactory.AssertHasError(doc, champ, attendu);
    }

    [Fact]
    public async Task Post_Etape2TooLongAndNotANumber_ShowsErrors()
    {
        var appel = await AapDonnees.AppelPublieAsync(_f);
        var (client, porteur) = await PorteurAsync();
        var d = await AapDonnees.DossierAsync(_f, appel.Id, porteur.Id, deposer: false);

        var response = await EigWebFactory.PostFormAsync(client, $"/espace-porteur/dossiers/{d.Id}/etape/2", new Dictionary<string, string>
        {
            ["Input.Probleme"] = new string('a', 4001), ["Input.Preuves"] = "ok", ["Input.PublicsConcernes"] = "ok",
            ["Input.NombrePersonnesConcernees"] = "beaucoup",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var text = (await EigWebFactory.ParseAsync(response)).Body!.TextContent;
        Assert.Contains("ne doit pas dépasser 4000 caractères", text);
        Assert.Contains("en chiffres", text);
    }

    [Fact]
    public async Task Post_ScriptInTitle_IsStoredAsTextAndEncoded()
    {
        var appel = await AapDonnees.AppelPublieAsync(_f);
        var (client, porteur) = await PorteurAsync();
        var d = await AapDonnees.DossierAsync(_f, appel.Id, porteur.Id, deposer: false);
        var champs = Etape1();
        champs["Input.Titre"] = "<script>alert('x')</script>";

        await EigWebFactory.PostFormAsync(client, $"/espace-porteur/dossiers/{d.Id}/etape/1", champs);
        var html = await (await client.GetAsync($"/espace-porteur/dossiers/{d.Id}")).Content.ReadAsStringAsync();

        Assert.DoesNotContain("<script>alert('x')</script>", html);
        Assert.Contains("&lt;script&gt;", html);
    }

    [Fact]
    public async Task Get_OtherAdministrationsDossier_Is404()
    {
        var appel = await AapDonnees.AppelPublieAsync(_f);
        var autre = await _f.CreateUserAsync(Roles.Porteur);
        var d = await AapDonnees.DossierAsync(_f, appel.Id, autre.Id, deposer: false);
        var (client, _) = await PorteurAsync();

        foreach (var url in new[] { "", "/etape/1", "/pieces-jointes", "?handler=Recapitulatif" })
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/espace-porteur/dossiers/{d.Id}{url}")).StatusCode);
        var liste = await EigWebFactory.GetDocumentAsync(client, "/espace-porteur/dossiers");
        Assert.DoesNotContain(d.Titre, liste.Body!.TextContent);
    }

    [Fact]
    public async Task Post_OtherAdministrationsDossier_Is404AndNothingChanges()
    {
        var appel = await AapDonnees.AppelPublieAsync(_f);
        var (client, moi) = await PorteurAsync();
        var mien = await AapDonnees.DossierAsync(_f, appel.Id, moi.Id, deposer: false);
        var autre = await _f.CreateUserAsync(Roles.Porteur);
        var sien = await AapDonnees.DossierAsync(_f, appel.Id, autre.Id, deposer: false);

        // Take a valid token from my own form, post to the other dossier.
        var doc = await EigWebFactory.GetDocumentAsync(client, $"/espace-porteur/dossiers/{mien.Id}/etape/1");
        var token = doc.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>($"input[name='{EigWebFactory.AntiforgeryField}']")!.Value;
        var champs = Etape1();
        champs[EigWebFactory.AntiforgeryField] = token;
        var response = await client.PostAsync($"/espace-porteur/dossiers/{sien.Id}/etape/1", new FormUrlEncodedContent(champs));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(sien.Titre, await _f.WithDbAsync(db => db.DossiersProjets.Where(x => x.Id == sien.Id).Select(x => x.Titre).SingleAsync()));
    }

    [Fact]
    public async Task Post_EditAfterInstructionStarted_IsRefused()
    {
        var appel = await AapDonnees.AppelPublieAsync(_f);
        var (client, porteur) = await PorteurAsync();
        var d = await AapDonnees.DossierAsync(_f, appel.Id, porteur.Id, puis: x => x.CommencerInstruction(Guid.NewGuid(), DateTime.UtcNow));

        var get = await client.GetAsync($"/espace-porteur/dossiers/{d.Id}/etape/1");

        Assert.Equal(HttpStatusCode.Redirect, get.StatusCode);
        Assert.Equal("Projet " + d.Numero, await _f.WithDbAsync(db => db.DossiersProjets.Where(x => x.Id == d.Id).Select(x => x.Titre).SingleAsync()));
    }

    [Fact]
    public async Task Get_AsCandidat_IsForbidden()
    {
        var client = _f.NewClient();
        await _f.SignInAsAsync(client, await _f.CreateUserAsync(Roles.Candidat));

        var response = await client.GetAsync("/espace-porteur/dossiers");

        Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Redirect or HttpStatusCode.NotFound,
            $"statut {(int)response.StatusCode}");
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }
}
