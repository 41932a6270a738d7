using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using Eig.Tests.Support;
using Eig.Web.Candidatures;
using Eig.Web.Comptes;
using Microsoft.EntityFrameworkCore;
using static Eig.Tests.Pages.Candidatures.AacKit;

namespace Eig.Tests.Pages.Candidatures;

/// <summary>/espace-candidat and its actions: timeline, withdraw, export, erasure; never someone else's file.</summary>
public class EspaceCandidatTests(AacFactory factory) : IClassFixture<AacFactory>
{
    private async Task<(TestUser, HttpClient, Appel)> CandidatAsync()
    {
        var appel = await factory.AppelAsync();
        var user = await factory.CreateUserAsync(Roles.Candidat);
        return (user, await factory.ClientAsync(user), appel);
    }

    [Fact]
    public async Task Get_Espace_AfficheLesCinqEtapesAvecLeurEtat()
    {
        var (user, client, appel) = await CandidatAsync();
        await factory.CandidatureAsync(appel, user, EtatCandidature.PremierEntretien);

        var doc = await EigWebFactory.GetDocumentAsync(client, "/espace-candidat");

        var etapes = doc.QuerySelectorAll("ol.eig-chronologie > li").Select(li => li.TextContent).ToList();
        Assert.Equal(5, etapes.Count);
        Assert.Contains("étape franchie", etapes[0]);
        Assert.Contains("en cours", etapes[1]);
        Assert.Contains("à venir", etapes[4]);
        Assert.NotNull(doc.QuerySelector("a[href='/espace-candidat/creneaux']"));
    }

    [Fact]
    public async Task Get_Espace_NonRetenue_MontreLeMotif()
    {
        var (user, client, appel) = await CandidatAsync();
        await factory.CandidatureAsync(appel, user, EtatCandidature.NonRetenue);

        var doc = await EigWebFactory.GetDocumentAsync(client, "/espace-candidat");

        Assert.Contains("Expérience entrepreneuriale trop courte", doc.QuerySelector("ol.eig-chronologie")!.TextContent);
        Assert.Null(doc.QuerySelector("a[href^='/espace-candidat/retirer/']"));
    }

    [Fact]
    public async Task Post_Retirer_PasseARetireeEtPrevient()
    {
        var (user, client, appel) = await CandidatAsync();
        var id = await factory.CandidatureAsync(appel, user);

        var token = await TokenAsync(client, $"/espace-candidat/retirer/{id}");
        var r = await client.PostAsync($"/espace-candidat/retirer/{id}", new FormUrlEncodedContent([new(EigWebFactory.AntiforgeryField, token)]));

        AssertRedirect(r, "/espace-candidat");
        Assert.Equal(EtatCandidature.Retiree, await factory.Db(db => db.Candidatures.Where(c => c.Id == id).Select(c => c.Etat).FirstAsync()));
        Assert.Contains(await factory.ReadMailsAsync(), m => m.To.Contains(user.Email) && m.Subject == "Votre candidature est retirée");
    }

    [Fact]
    public async Task Retirer_CandidatureDUnAutre_404EtInchangee()
    {
        var (autre, _, appel) = await CandidatAsync();
        var id = await factory.CandidatureAsync(appel, autre);
        var (_, client, _) = await CandidatAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/espace-candidat/retirer/{id}")).StatusCode);
        var token = await TokenAsync(client, "/compte/supprimer-mon-compte");
        var post = await client.PostAsync($"/espace-candidat/retirer/{id}", new FormUrlEncodedContent([new(EigWebFactory.AntiforgeryField, token)]));
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(EtatCandidature.Deposee, await factory.Db(db => db.Candidatures.Where(c => c.Id == id).Select(c => c.Etat).FirstAsync()));
    }

    [Fact]
    public async Task Get_Cv_NeDonneQueLeSien()
    {
        var (autre, _, appel) = await CandidatAsync();
        await factory.CandidatureAsync(appel, autre);
        var (moi, client, _) = await CandidatAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/espace-candidat/candidature/cv")).StatusCode);
        await factory.CandidatureAsync(appel, moi);
        var r = await client.GetAsync("/espace-candidat/candidature/cv");
        Assert.Equal("application/pdf", r.Content.Headers.ContentType!.MediaType);
    }

    /// <summary>The link of the candidate's space, as they click it.</summary>
    private static async Task<string> LienDepuisLEspaceAsync(HttpClient client, string texte)
    {
        var espace = await EigWebFactory.GetDocumentAsync(client, "/espace-candidat");
        return espace.QuerySelectorAll("main a[href]").First(a => a.TextContent.Trim().StartsWith(texte, StringComparison.Ordinal)).GetAttribute("href")!;
    }

    /// <summary>The account's deletion page, opened from the candidate's space; the address every role shares.</summary>
    private static async Task<string> PageDeSuppressionAsync(HttpClient client)
    {
        var lien = await LienDepuisLEspaceAsync(client, "Supprimer mon compte");
        Assert.Equal("/compte/supprimer-mon-compte", lien);
        return lien;
    }

    [Fact]
    public async Task Get_MesDonnees_DepuisLEspace_ExporteToutEnJson()
    {
        var (user, client, appel) = await CandidatAsync();
        await factory.CandidatureAsync(appel, user, EtatCandidature.PremierEntretien);

        var page = await EigWebFactory.GetDocumentAsync(client, await LienDepuisLEspaceAsync(client, "Mes données"));
        Assert.Contains("vos candidatures et leur historique", page.QuerySelector("main")!.TextContent);
        var r = await client.GetAsync(page.QuerySelector("main a[href*='handler=Telecharger']")!.GetAttribute("href")!);

        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Equal("application/json", r.Content.Headers.ContentType!.MediaType);
        Assert.Contains("attachment", r.Content.Headers.ContentDisposition!.DispositionType);
        using var json = JsonDocument.Parse(await r.Content.ReadAsStringAsync());
        Assert.Equal(user.Email, json.RootElement.GetProperty("compte").GetProperty("Email").GetString());
        var c = json.RootElement.GetProperty("candidatures")[0];
        Assert.Equal("Léa", c.GetProperty("Prenom").GetString());
        Assert.Equal("PremierEntretien", c.GetProperty("etat").GetString());
        Assert.Equal(2, c.GetProperty("historique").GetArrayLength());
        Assert.Equal(Convert.ToBase64String(Pdf), c.GetProperty("cv").GetProperty("contenuBase64").GetString());
        Assert.True(await factory.Db(db => db.Audit.AnyAsync(a => a.Action == "compte.export-donnees" && a.ObjetId == user.Id.ToString())));
    }

    /// <summary>The candidate space's former addresses (in mails already sent, bookmarks) lead to the account's pages.</summary>
    [Theory]
    [InlineData("/espace-candidat/mes-donnees", "/compte/mes-donnees")]
    [InlineData("/espace-candidat/mes-donnees?handler=Telecharger", "/compte/mes-donnees?handler=Telecharger")]
    [InlineData("/espace-candidat/supprimer-mon-compte", "/compte/supprimer-mon-compte")]
    public async Task AnciennesAdresses_MenentAuxPagesDuCompte(string ancienne, string nouvelle)
    {
        var (_, client, _) = await CandidatAsync();

        var r = await client.GetAsync(ancienne);

        Assert.Equal(HttpStatusCode.MovedPermanently, r.StatusCode);
        Assert.Equal(nouvelle, r.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(nouvelle)).StatusCode);
    }

    [Fact]
    public async Task Get_SupprimerMonCompte_DitCeQuiEstEffaceEtCeQuiResteEtRevientALEspace()
    {
        var (_, client, _) = await CandidatAsync();

        var page = await EigWebFactory.GetDocumentAsync(client, await PageDeSuppressionAsync(client));

        var texte = page.QuerySelector("main")!.TextContent;
        Assert.Contains("vos candidatures, votre CV et vos réservations d'entretien", texte);
        Assert.Contains("une candidature encore en cours est retirée", texte);
        Assert.Contains("vos entretiens", texte);
        Assert.DoesNotContain("Porteur de projet supprimé", texte);
        Assert.NotNull(page.QuerySelector("#Input_MotDePasse"));
        Assert.Equal("/espace-candidat", page.QuerySelectorAll("main a[href]").Single(a => a.TextContent.Trim() == "Annuler").GetAttribute("href"));
    }

    [Fact]
    public async Task Post_SupprimerMonCompte_SansConfirmation_400()
    {
        var (user, client, _) = await CandidatAsync();

        var r = await EigWebFactory.PostFormAsync(client, await PageDeSuppressionAsync(client), new Dictionary<string, string> { ["Input.Confirmation"] = "false" });

        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.True(await factory.Db(db => db.Users.AnyAsync(u => u.Id == user.Id)));
    }

    [Fact]
    public async Task Post_SupprimerMonCompte_SansLeMotDePasse_400EtRienNEstEfface()
    {
        var (user, client, appel) = await CandidatAsync();
        var id = await factory.CandidatureAsync(appel, user);

        var r = await EigWebFactory.PostFormAsync(client, await PageDeSuppressionAsync(client),
            new Dictionary<string, string> { ["Input.Confirmation"] = "true", ["Input.MotDePasse"] = "pas le mien" });

        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Contains("Saisissez votre mot de passe actuel", (await EigWebFactory.ParseAsync(r)).QuerySelector("#Input_MotDePasse-erreur")!.TextContent);
        Assert.True(await factory.Db(db => db.Users.AnyAsync(u => u.Id == user.Id)));
        Assert.True(await factory.Db(db => db.Candidatures.AnyAsync(c => c.Id == id)));
    }

    [Fact]
    public async Task Post_SupprimerMonCompte_EnCours_EffaceToutSansTrace()
    {
        var (user, client, appel) = await CandidatAsync();
        var id = await factory.CandidatureAsync(appel, user);

        var r = await EigWebFactory.PostFormAsync(client, await PageDeSuppressionAsync(client), new Dictionary<string, string> { ["Input.Confirmation"] = "true", ["Input.MotDePasse"] = user.Password });

        AssertRedirect(r, "/");
        Assert.False(await factory.Db(db => db.Users.AnyAsync(u => u.Id == user.Id)));
        Assert.False(await factory.Db(db => db.Candidatures.AnyAsync(c => c.Id == id)));
        Assert.False(await factory.Db(db => db.CvCandidatures.AnyAsync(c => c.CandidatureId == id)));
    }

    [Fact]
    public async Task Post_SupprimerMonCompte_NonRetenue_GardeSeulementLaDecision()
    {
        var (user, client, appel) = await CandidatAsync();
        var id = await factory.CandidatureAsync(appel, user, EtatCandidature.NonRetenue);

        AssertRedirect(await EigWebFactory.PostFormAsync(client, await PageDeSuppressionAsync(client),
            new Dictionary<string, string> { ["Input.Confirmation"] = "true", ["Input.MotDePasse"] = user.Password }), "/");

        var c = await factory.Db(db => db.Candidatures.FirstAsync(c => c.Id == id));
        Assert.Null(c.CandidatId);
        Assert.Equal("", c.Email);
        Assert.Equal("", c.Motivation);
        Assert.Equal("", c.Ville);
        Assert.Equal(EtatCandidature.NonRetenue, c.Etat);
        Assert.Equal("Expérience entrepreneuriale trop courte", c.MotifDecision);
        Assert.False(await factory.Db(db => db.CvCandidatures.AnyAsync(x => x.CandidatureId == id)));
        Assert.False(await factory.Db(db => db.Users.AnyAsync(u => u.Id == user.Id)));
    }

    /// <summary>A candidate who signs in with ProConnect only has no password to type: the shared page asks for the
    /// account's address instead, as for the other roles.</summary>
    [Fact]
    public async Task Post_SupprimerMonCompte_ProConnectSeulement_ConfirmeParLAdresse()
    {
        var (user, client, appel) = await CandidatAsync();
        var id = await factory.CandidatureAsync(appel, user);
        await factory.Db(db => db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.PasswordHash, (string?)null)));
        var lien = await PageDeSuppressionAsync(client);
        var page = await EigWebFactory.GetDocumentAsync(client, lien);
        Assert.Null(page.QuerySelector("#Input_MotDePasse"));

        var faux = await EigWebFactory.PostFormAsync(client, lien, new Dictionary<string, string> { ["Input.Confirmation"] = "true", ["Input.Email"] = "autre@example.fr" });
        Assert.Equal(HttpStatusCode.BadRequest, faux.StatusCode);
        Assert.Contains("Saisissez l'adresse électronique de votre compte", (await EigWebFactory.ParseAsync(faux)).QuerySelector("#Input_Email-erreur")!.TextContent);
        Assert.True(await factory.Db(db => db.Candidatures.AnyAsync(c => c.Id == id)));

        AssertRedirect(await EigWebFactory.PostFormAsync(client, lien, new Dictionary<string, string> { ["Input.Confirmation"] = "true", ["Input.Email"] = user.Email }), "/");
        Assert.False(await factory.Db(db => db.Users.AnyAsync(u => u.Id == user.Id)));
        Assert.False(await factory.Db(db => db.Candidatures.AnyAsync(c => c.Id == id)));
    }

    [Fact]
    public async Task Get_Postuler_Anonyme_ExpliqueEtEnvoieVersInscriptionOuConnexion()
    {
        await factory.AppelAsync();
        var doc = await EigWebFactory.GetDocumentAsync(factory.NewClient(), "/participer/candidats/postuler");

        Assert.NotNull(doc.QuerySelector("a[href^='/compte/inscription']"));
        Assert.NotNull(doc.QuerySelector("a[href^='/compte/connexion?ReturnUrl=%2Fespace-candidat%2Fcandidature']"));
        Assert.Contains("4\u202f250\u00a0€", doc.Body!.TextContent);
        Assert.Contains("jusqu'à 10 ans d'expérience inclus", doc.Body!.TextContent);
        Assert.Contains("Directeur ou directrice technique", doc.Body!.TextContent);
    }

    [Fact]
    public async Task Get_Postuler_Candidat_LienDirectVersLeFormulaire()
    {
        var (_, client, _) = await CandidatAsync();

        var doc = await EigWebFactory.GetDocumentAsync(client, "/participer/candidats/postuler");

        Assert.NotNull(doc.QuerySelector("a[href='/espace-candidat/candidature']"));
    }

    [Fact]
    public async Task Get_Compte_Candidat_MeneASonEspace()
    {
        var (_, client, _) = await CandidatAsync();

        var doc = await EigWebFactory.GetDocumentAsync(client, "/compte");

        Assert.NotNull(doc.QuerySelector("main a[href='/espace-candidat']"));
        Assert.Null(doc.QuerySelector("main a[href='/espace-porteur/recrutement']"));
    }

    private static async Task<string> TokenAsync(HttpClient client, string url)
    {
        var doc = await EigWebFactory.GetDocumentAsync(client, url);
        return doc.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>($"input[name='{EigWebFactory.AntiforgeryField}']")!.Value;
    }
}
