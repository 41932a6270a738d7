using System.Net;
using AngleSharp.Dom;
using Eig.Tests.Support;
using Eig.Web.Candidatures;
using Eig.Web.Comptes;
using Microsoft.EntityFrameworkCore;
using static Eig.Tests.Pages.Candidatures.AacKit;

namespace Eig.Tests.Pages.Candidatures;

/// <summary>/espace-candidat/candidature: the form saved as you go, checked field by field, filed once.</summary>
public class CandidatureTests(AacFactory factory) : IClassFixture<AacFactory>
{
    private const string Url = "/espace-candidat/candidature";

    private async Task<(TestUser, HttpClient, Appel)> CandidatAsync()
    {
        var appel = await factory.AppelAsync();
        var user = await factory.CreateUserAsync(Roles.Candidat);
        return (user, await factory.ClientAsync(user), appel);
    }

    private Task<List<Candidature>> CandidaturesDe(TestUser u) =>
        factory.Db(db => db.Candidatures.Where(c => c.CandidatId == u.Id).ToListAsync());

    [Fact]
    public async Task Get_Formulaire_AfficheLesProfilsDeLAppel()
    {
        var (_, client, _) = await CandidatAsync();

        var doc = await EigWebFactory.GetDocumentAsync(client, Url);

        var labels = doc.QuerySelectorAll("fieldset#Input_ProfilId label").Select(l => l.TextContent).ToList();
        Assert.Contains(labels, l => l.StartsWith("Directeur ou directrice de produit"));
        Assert.Contains(labels, l => l.StartsWith("Directeur ou directrice technique"));
        Assert.NotNull(doc.QuerySelector("input[type=file][name='Input.Cv'][accept*='pdf']"));
    }

    [Fact]
    public async Task Post_Enregistrer_CreeUnBrouillonSansEnvoyerDeMail()
    {
        var (user, client, appel) = await CandidatAsync();
        var champs = FormulaireComplet(appel, "enregistrer");
        champs["Input.Motivation"] = "";

        var r = await EigWebFactory.PostFormAsync(client, Url, champs);

        AssertRedirect(r, Url);
        var c = Assert.Single(await CandidaturesDe(user));
        Assert.Equal(EtatCandidature.Brouillon, c.Etat);
        Assert.Equal("Léa", c.Prenom);
        Assert.Equal("stratégie produit, santé", c.Competences);
        Assert.DoesNotContain(await factory.ReadMailsAsync(), m => m.To.Contains(c.Email));
    }

    [Fact]
    public async Task Post_Deposer_Complet_DeposeEtEnvoieLAccuseDeReception()
    {
        var (user, client, appel) = await CandidatAsync();
        var champs = FormulaireComplet(appel);
        champs["Input.Email"] = $"depot-{Guid.NewGuid():N}@exemple.fr";

        var r = await EigWebFactory.PostFormAsync(client, Url, champs, file: ("Input.Cv", "mon-cv.pdf", Pdf));

        AssertRedirect(r, "/espace-candidat");
        var c = Assert.Single(await CandidaturesDe(user));
        Assert.Equal(EtatCandidature.Deposee, c.Etat);
        Assert.Equal(appel.SprintId, c.SprintId);
        Assert.NotNull(c.ConsentementLe);
        var mail = Assert.Single(await factory.ReadMailsAsync(), m => m.To.Contains(champs["Input.Email"]));
        Assert.Equal("Votre candidature est bien déposée", mail.Subject);
        Assert.Contains("Directeur ou directrice de produit", mail.Text);
        Assert.True(await factory.Db(db => db.Audit.AnyAsync(a => a.Action == "candidature.deposee" && a.ObjetId == c.Id.ToString())));
    }

    [Fact]
    public async Task Post_DeposerDeuxFois_UneSeuleCandidatureEtUnSeulAccuse()
    {
        var (user, client, appel) = await CandidatAsync();
        var champs = FormulaireComplet(appel);
        champs["Input.Email"] = $"double-{Guid.NewGuid():N}@exemple.fr";
        var doc = await EigWebFactory.GetDocumentAsync(client, Url);
        var token = doc.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>($"input[name='{EigWebFactory.AntiforgeryField}']")!.Value;

        // Same form sent twice at once (double click), then replayed later with the same token.
        async Task<HttpResponseMessage> Envoyer()
        {
            var content = new MultipartFormDataContent();
            foreach (var (k, v) in champs) content.Add(new StringContent(v), k);
            content.Add(new StringContent(token), EigWebFactory.AntiforgeryField);
            var cv = new ByteArrayContent(Pdf);
            content.Add(cv, "Input.Cv", "cv.pdf");
            return await client.PostAsync(Url, content);
        }
        var reponses = await Task.WhenAll(Envoyer(), Envoyer());
        var rejeu = await Envoyer();

        Assert.All(reponses.Append(rejeu), r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        var c = Assert.Single(await CandidaturesDe(user));
        Assert.Equal(EtatCandidature.Deposee, c.Etat);
        Assert.Single(await factory.ReadMailsAsync(), m => m.To.Contains(champs["Input.Email"]));
    }

    [Fact]
    public async Task Post_FauxPdf_ErreurSousLeChampEtRienEnregistre()
    {
        var (user, client, appel) = await CandidatAsync();

        var r = await EigWebFactory.PostFormAsync(client, Url, FormulaireComplet(appel), file: ("Input.Cv", "cv.pdf", "<html>pas un pdf</html>"u8.ToArray()));

        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        var doc = await EigWebFactory.ParseAsync(r);
        Assert.Contains("n'est pas un PDF", doc.QuerySelector("#Input_Cv-erreur")!.TextContent);
        Assert.Equal("Léa", doc.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_Prenom")!.Value);
        Assert.Empty(await CandidaturesDe(user));
    }

    [Fact]
    public async Task Post_PdfTropGros_ErreurDeTaille()
    {
        var (user, client, appel) = await CandidatAsync();
        var gros = new byte[5 * 1024 * 1024 + 1];
        Pdf.CopyTo(gros, 0);

        var r = await EigWebFactory.PostFormAsync(client, Url, FormulaireComplet(appel), file: ("Input.Cv", "cv.pdf", gros));

        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        var doc = await EigWebFactory.ParseAsync(r);
        Assert.Contains("taille maximale de 5 Mo", doc.QuerySelector("#Input_Cv-erreur")!.TextContent);
        Assert.Empty(await CandidaturesDe(user));
    }

    [Theory]
    [InlineData("Input.AnneesExperience", "douze", "« douze » n'est pas valide")]
    [InlineData("Input.AnneesExperience", "75", "entre 0 et 60")]
    [InlineData("Input.Email", "pas-une-adresse", "adresse électronique valide")]
    [InlineData("Input.Telephone", "appelez-moi", "numéro de téléphone valide")]
    [InlineData("Input.LienLinkedIn", "javascript:alert(1)", "commençant par https://")]
    [InlineData("Input.LienGitHub", "github.com/moi", "commençant par https://")]
    [InlineData("Input.Disponibilite", "1999-01-01", "trois prochaines années")]
    [InlineData("Input.Disponibilite", "pas-une-date", "n'est pas valide")]
    [InlineData("Input.ProfilId", "00000000-0000-0000-0000-000000000001", "l'un des profils proposés")]
    public async Task Post_ValeurInvalide_MessageFrancaisSousLeChamp(string champ, string valeur, string attendu)
    {
        var (user, client, appel) = await CandidatAsync();
        var champs = FormulaireComplet(appel);
        champs[champ] = valeur;

        var r = await EigWebFactory.PostFormAsync(client, Url, champs, file: ("Input.Cv", "cv.pdf", Pdf));

        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        var doc = await EigWebFactory.ParseAsync(r);
        var id = champ.Replace('.', '_');
        var erreur = doc.QuerySelector($"#{id}-erreur")?.TextContent ?? "";
        Assert.Contains(attendu, erreur);
        Assert.NotNull(doc.QuerySelector($"#erreurs a[href='#{id}']"));
        Assert.Empty(await CandidaturesDe(user));
    }

    [Fact]
    public async Task Post_TexteTropLong_Refuse()
    {
        var (user, client, appel) = await CandidatAsync();
        var champs = FormulaireComplet(appel);
        champs["Input.Motivation"] = new string('a', 5001);

        var r = await EigWebFactory.PostFormAsync(client, Url, champs);

        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Contains("5 000 caractères", (await EigWebFactory.ParseAsync(r)).QuerySelector("#Input_Motivation-erreur")!.TextContent);
        Assert.Empty(await CandidaturesDe(user));
    }

    [Fact]
    public async Task Post_DeposerIncomplet_GardeLeBrouillonEtSignaleChaqueChamp()
    {
        var (user, client, appel) = await CandidatAsync();
        var champs = FormulaireComplet(appel);
        champs["Input.Motivation"] = "";
        champs["Input.Consentement"] = "false";

        var r = await EigWebFactory.PostFormAsync(client, Url, champs);

        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        var doc = await EigWebFactory.ParseAsync(r);
        Assert.Contains("Expliquez votre motivation", doc.QuerySelector("#Input_Motivation-erreur")!.TextContent);
        Assert.Contains("Joignez votre CV", doc.QuerySelector("#Input_Cv-erreur")!.TextContent);
        Assert.Contains("Acceptez le traitement", doc.QuerySelector("#Input_Consentement-erreur")!.TextContent);
        var c = Assert.Single(await CandidaturesDe(user));
        Assert.Equal(EtatCandidature.Brouillon, c.Etat);
    }

    [Fact]
    public async Task Post_ScriptDansUnChamp_EstAfficheEncode()
    {
        var (user, client, appel) = await CandidatAsync();
        var champs = FormulaireComplet(appel, "enregistrer");
        champs["Input.Prenom"] = "<script>alert(1)</script>";
        await EigWebFactory.PostFormAsync(client, Url, champs);

        var html = await client.GetStringAsync(Url);

        Assert.DoesNotContain("<script>alert(1)</script>", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
    }

    [Fact]
    public async Task Get_Formulaire_CandidatureDeposee_RenvoieVersLEspace()
    {
        var (user, client, appel) = await CandidatAsync();
        await factory.CandidatureAsync(appel, user);

        var r = await client.GetAsync(Url);

        AssertRedirect(r, "/espace-candidat");
    }

    [Fact]
    public async Task Get_Formulaire_Anonyme_RedirigeVersConnexion()
    {
        var r = await factory.NewClient().GetAsync(Url);

        AssertRedirect(r, "/compte/connexion");
    }

    [Fact]
    public async Task Get_Formulaire_Porteur_Interdit()
    {
        var porteur = await factory.CreateUserAsync(Roles.Porteur);
        var client = await factory.ClientAsync(porteur);

        var r = await client.GetAsync(Url);

        Assert.True(r.StatusCode is HttpStatusCode.Forbidden || r.Headers.Location?.OriginalString.Contains("403") == true, r.StatusCode.ToString());
    }
}
