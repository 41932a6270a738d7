using System.Net;
using System.Text;
using AngleSharp.Dom;
using Eig.Tests.Pages.Candidatures;
using Eig.Tests.Support;
using Eig.Web.Candidatures;
using Eig.Web.Comptes;
using Eig.Web.Promotions;
using Microsoft.EntityFrameworkCore;

namespace Eig.Tests.Pages.Promotions;

/// <summary>Outcomes entered by the people themselves: staff mail each EIG and each défi's sponsor a personal link
/// from the promotion's page; the link writes that person's outcome only, once, before it expires; staff see who
/// answered and the public figures follow.</summary>
public class QuestionnairesTests : IAsyncLifetime
{
    private readonly EigWebFactory _f = new();
    public ValueTask InitializeAsync() => ValueTask.CompletedTask;
    public ValueTask DisposeAsync() => _f.DisposeAsync();

    private sealed record Promo(Guid Id, int Numero, Guid DefiId, TestUser Sponsor, TestUser Eig);

    private async Task<HttpClient> ClientAsync(TestUser u)
    {
        var c = _f.NewClient();
        await _f.SignInAsAsync(c, u);
        return c;
    }

    /// <summary>A published défi of a new promotion, with <paramref name="membres"/> recruited EIG.</summary>
    private async Task<(Guid DefiId, TestUser Sponsor, List<TestUser> Eig)> DefiAsync(AacKit.Appel aac, string titre, params string[] membres)
    {
        var sponsor = await _f.CreateUserAsync(Roles.Porteur);
        var (defiId, _) = await _f.DefiAvecPosteAsync(aac, sponsor, titre: titre);
        var eig = new List<TestUser>();
        foreach (var prenom in membres)
        {
            var u = await _f.CreateUserAsync(Roles.Candidat);
            var candidatureId = await _f.CandidatureAsync(aac, u, EtatCandidature.Vivier, prenom: prenom);
            await _f.WithDbAsync(async db =>
            {
                var c = await db.Candidatures.SingleAsync(x => x.Id == candidatureId);
                var defi = await db.Defis.SingleAsync(d => d.Id == defiId);
                defi.Publie = true;
                defi.SponsorNom = "Claire Dubois";
                defi.Promotions = $"|{await db.Promotions.Where(p => p.Id == aac.PromotionId).Select(p => p.Numero).SingleAsync()}|";
                await new Equipes(db).AccueillirAsync(c, defi, "Directeur ou directrice de produit", new DateOnly(2027, 9, 15), DateTime.UtcNow);
                await db.SaveChangesAsync();
            });
            eig.Add(u);
        }
        return (defiId, sponsor, eig);
    }

    private async Task<IReadOnlyList<SentMail>> EnvoyerAsync(Guid promotionId)
    {
        var staff = await ClientAsync(await _f.CreateUserAsync(Roles.Staff));
        var liste = await EigWebFactory.GetDocumentAsync(staff, "/admin/promotions");
        Assert.NotNull(liste.QuerySelector($"main a[href='/admin/promotions/{promotionId}']"));
        var envoi = await EigWebFactory.PostFormAsync(staff, $"/admin/promotions/{promotionId}", new Dictionary<string, string>(), handler: "Questionnaires");
        Assert.Equal(HttpStatusCode.Redirect, envoi.StatusCode);
        return await _f.ReadMailsAsync();
    }

    private static string Lien(IReadOnlyList<SentMail> mails, TestUser u)
    {
        var lien = mails.Single(m => m.To == u.Email).Link(Questionnaires.Chemin);
        Assert.NotNull(lien);
        return new Uri(lien).PathAndQuery;
    }

    private async Task<string> ChiffresAsync() =>
        Encoding.UTF8.GetString((await _f.NewClient().GetByteArrayAsync("/donnees/chiffres.csv"))[3..]);

    private static IReadOnlyList<string> Lignes(IDocument page) =>
        page.QuerySelectorAll("#questionnaires ~ .fr-table tbody tr").Select(tr => tr.TextContent).ToList();

    [Fact]
    public async Task TheMails_AreTemplatesStaffEdit_InTheMailTemplatesPage()
    {
        var aac = await _f.AppelOuvertAsync();
        var (_, sponsor, eig) = await DefiAsync(aac, "Cadastre solaire", "Yasmine");
        var staff = await ClientAsync(await _f.CreateUserAsync(Roles.Staff));
        var modeles = await EigWebFactory.GetDocumentAsync(staff, "/admin/courriels/modeles");
        var url = $"/admin/courriels/modeles/{ModelesPromotions.QuestionnaireEig.Cle}";
        Assert.NotNull(modeles.QuerySelector($"a[href='{url}']"));
        Assert.NotNull(modeles.QuerySelector($"a[href='/admin/courriels/modeles/{ModelesPromotions.InvitationSeance.Cle}']"));

        var r = await EigWebFactory.PostFormAsync(staff, url, new Dictionary<string, string>
        {
            ["Input.Sujet"] = "{{promotion}} : votre parcours après « {{defi}} »", ["Input.Titre"] = "Bonjour {{nom}}",
            ["Input.Corps"] = "Une question sur la suite, avant le {{expiration}}.", ["Input.Bouton"] = "Répondre", ["Input.Note"] = "",
        });
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);

        var mails = await EnvoyerAsync(aac.PromotionId);
        var titre = await _f.WithDbAsync(db => db.Promotions.Where(p => p.Id == aac.PromotionId).Select(p => p.Numero).SingleAsync());
        var mailEig = mails.Single(m => m.To == eig[0].Email);
        Assert.Equal($"Promotion {titre} : votre parcours après « Cadastre solaire »", mailEig.Subject);
        Assert.NotNull(mailEig.Link(Questionnaires.Chemin));
        // The sponsor's mail is another template, left as written in code.
        Assert.Contains("que devient le défi « Cadastre solaire »", mails.Single(m => m.To == sponsor.Email).Subject);
    }

    [Fact]
    public async Task StaffSendFromThePromotion_EigAndSponsorAnswer_StaffSeeIt_FiguresChange()
    {
        var aac = await _f.AppelOuvertAsync();
        var numero = await _f.WithDbAsync(db => db.Promotions.Where(p => p.Id == aac.PromotionId).Select(p => p.Numero).SingleAsync());
        var (defiId, sponsor, eig) = await DefiAsync(aac, "Cadastre solaire", "Yasmine");
        var avant = await ChiffresAsync();
        Assert.Contains($"promotion;{numero};eig_restes_secteur_public;0;0;1;;", avant);
        Assert.Contains($"promotion;{numero};defis_perdurent;0;0;1;;", avant);

        var mails = await EnvoyerAsync(aac.PromotionId);

        Assert.Equal(2, mails.Count);
        Assert.Contains("et après le programme", mails.Single(m => m.To == eig[0].Email).Subject);
        Assert.Contains("Cadastre solaire", mails.Single(m => m.To == sponsor.Email).Subject);
        var staff = await ClientAsync(await _f.CreateUserAsync(Roles.Staff));
        var envoyes = Lignes(await EigWebFactory.GetDocumentAsync(staff, $"/admin/promotions/{aac.PromotionId}"));
        Assert.Equal(2, envoyes.Count);
        Assert.All(envoyes, l => Assert.Contains("en attente", l));

        // The EIG opens her link, signed out: the form carries nothing that names whose outcome it is.
        var lienEig = Lien(mails, eig[0]);
        var anonyme = _f.NewClient();
        var formulaire = await EigWebFactory.GetDocumentAsync(anonyme, lienEig);
        Assert.Equal(["Jeton", "__RequestVerificationToken"], formulaire.QuerySelectorAll("main form input[type='hidden']").Select(i => i.GetAttribute("name")!).Order(StringComparer.Ordinal));
        var reponse = await EigWebFactory.PostFormAsync(anonyme, lienEig, new Dictionary<string, string>
        {
            ["Input.Issue"] = "ResteSecteurPublic", ["Input.Ou"] = "Direction interministérielle du numérique", ["Input.Date"] = "2028-09-01",
        });
        Assert.Equal(HttpStatusCode.Redirect, reponse.StatusCode);
        var merci = await EigWebFactory.GetDocumentAsync(anonyme, reponse.Headers.Location!.OriginalString);
        Assert.Contains("Merci", merci.QuerySelector("h1")!.TextContent);

        // The sponsor answers about his défi.
        var lienSponsor = Lien(mails, sponsor);
        Assert.Equal(HttpStatusCode.Redirect, (await EigWebFactory.PostFormAsync(_f.NewClient(), lienSponsor, new Dictionary<string, string>
        {
            ["Input.Issue"] = "ProduitOuStartup", ["Input.Date"] = "2028-07-31", ["Input.Lien"] = "https://beta.gouv.fr/startups/cadastre-solaire.html",
        })).StatusCode);

        var (eigResultat, defiResultat) = await _f.WithDbAsync(async db => (
            await db.ResultatsEig.SingleAsync(), await db.ResultatsDefis.SingleAsync()));
        Assert.Equal((IssueEig.ResteSecteurPublic, "Direction interministérielle du numérique", SourceResultat.Personne, eig[0].Id),
            (eigResultat.Issue, eigResultat.Ou, eigResultat.Source, eigResultat.SaisiParId));
        Assert.Equal((defiId, IssueDefi.ProduitOuStartup, new DateOnly(2028, 7, 31), SourceResultat.Personne), (defiResultat.DefiId, defiResultat.Issue, defiResultat.Date, defiResultat.Source));
        var apres = await ChiffresAsync();
        Assert.Contains($"promotion;{numero};eig_restes_secteur_public;1;1;0;100;", apres);
        Assert.Contains($"promotion;{numero};defis_perdurent;1;1;0;100;", apres);
        var reponses = Lignes(await EigWebFactory.GetDocumentAsync(staff, $"/admin/promotions/{aac.PromotionId}"));
        Assert.All(reponses, l => Assert.Contains("A répondu le", l));

        // A used link says so, and a second sending asks nobody again.
        var encore = await _f.NewClient().GetAsync(lienEig);
        Assert.Equal(HttpStatusCode.Gone, encore.StatusCode);
        Assert.Contains("Vous avez déjà répondu", (await EigWebFactory.ParseAsync(encore)).QuerySelector("main")!.TextContent);
        var rien = await EigWebFactory.PostFormAsync(staff, $"/admin/promotions/{aac.PromotionId}", new Dictionary<string, string>(), handler: "Questionnaires");
        Assert.Equal(HttpStatusCode.Redirect, rien.StatusCode);
        Assert.Equal(2, (await _f.ReadMailsAsync()).Count);
    }

    [Fact]
    public async Task ALink_WritesItsOwnOutcomeOnly_WhateverTheFormSays()
    {
        var aac = await _f.AppelOuvertAsync();
        var (defiA, sponsorA, eig) = await DefiAsync(aac, "Cadastre solaire", "Yasmine", "Bastien");
        var (defiB, _, _) = await DefiAsync(aac, "Eau potable", "Inès");
        var mails = await EnvoyerAsync(aac.PromotionId);
        Assert.Equal(5, mails.Count);
        var (yasmine, bastien) = await _f.WithDbAsync(async db => (
            await db.MembresEquipes.Where(m => m.UtilisateurId == eig[0].Id).Select(m => m.PersonneId!.Value).SingleAsync(),
            await db.MembresEquipes.Where(m => m.UtilisateurId == eig[1].Id).Select(m => m.PersonneId!.Value).SingleAsync()));

        // Yasmine's link with Bastien's and the other défi's ids added to the form: Yasmine's outcome is written.
        var lien = Lien(mails, eig[0]);
        Assert.Equal(HttpStatusCode.Redirect, (await EigWebFactory.PostFormAsync(_f.NewClient(), lien, new Dictionary<string, string>
        {
            ["Input.Issue"] = "Parti", ["PersonneId"] = bastien.ToString(), ["Input.PersonneId"] = bastien.ToString(), ["DefiId"] = defiB.ToString(),
        })).StatusCode);
        var ecrits = await _f.WithDbAsync(db => db.ResultatsEig.Select(r => r.PersonneId).ToListAsync());
        Assert.Equal([yasmine], ecrits);

        // An EIG's link cannot record a défi's outcome: "Arrete" is not a choice of her form.
        var lienBastien = Lien(mails, eig[1]);
        var defiParEig = await EigWebFactory.PostFormAsync(_f.NewClient(), lienBastien, new Dictionary<string, string> { ["Input.Issue"] = "Arrete", ["Input.Date"] = "2028-07-31" });
        Assert.Equal(HttpStatusCode.BadRequest, defiParEig.StatusCode);
        // The radios' message sits in their fieldset's messages group (DSFR's pattern).
        Assert.Equal("Dites si vous travaillez dans le secteur public.",
            (await EigWebFactory.ParseAsync(defiParEig)).QuerySelector("#Input_Issue-messages .fr-message--error")!.TextContent.Trim());

        // Défi A's sponsor writes défi A's outcome, never défi B's.
        Assert.Equal(HttpStatusCode.Redirect, (await EigWebFactory.PostFormAsync(_f.NewClient(), Lien(mails, sponsorA), new Dictionary<string, string>
        {
            ["Input.Issue"] = "Arrete", ["Input.Date"] = "2028-06-30", ["DefiId"] = defiB.ToString(),
        })).StatusCode);
        Assert.Equal([defiA], await _f.WithDbAsync(db => db.ResultatsDefis.Select(r => r.DefiId).ToListAsync()));
        Assert.Equal(1, await _f.WithDbAsync(db => db.ResultatsEig.CountAsync()));
    }

    [Fact]
    public async Task ExpiredUnknownOrUsedLinks_ShowAClearFrenchPage_AndWriteNothing()
    {
        var aac = await _f.AppelOuvertAsync();
        var (_, _, eig) = await DefiAsync(aac, "Cadastre solaire", "Yasmine");
        var lien = Lien(await EnvoyerAsync(aac.PromotionId), eig[0]);

        // Wrong answer first: the message sits next to the field, nothing is saved, the link still works.
        var incomplet = await EigWebFactory.PostFormAsync(_f.NewClient(), lien, new Dictionary<string, string> { ["Input.Issue"] = "ResteSecteurPublic", ["Input.Ou"] = " " });
        Assert.Equal(HttpStatusCode.BadRequest, incomplet.StatusCode);
        EigWebFactory.AssertHasError(await EigWebFactory.ParseAsync(incomplet), "Input.Ou", "Renseignez votre employeur public.");
        Assert.Equal(0, await _f.WithDbAsync(db => db.ResultatsEig.CountAsync()));
        Assert.Equal(HttpStatusCode.OK, (await _f.NewClient().GetAsync(lien)).StatusCode);

        var client = _f.NewClient();
        var formulaire = await EigWebFactory.GetDocumentAsync(client, lien);
        await _f.WithDbAsync(async db =>
        {
            var d = await db.DemandesResultats.SingleAsync(x => x.Qualite == QualiteRepondant.Eig);
            d.ExpireLe = DateTime.UtcNow.AddMinutes(-1);
            await db.SaveChangesAsync();
        });
        var expire = await client.GetAsync(lien);
        Assert.Equal(HttpStatusCode.Gone, expire.StatusCode);
        Assert.Contains("Ce lien a expiré", (await EigWebFactory.ParseAsync(expire)).QuerySelector("main")!.TextContent);
        // The form opened before it expired cannot be sent after.
        var jeton = formulaire.QuerySelector($"main form input[name='{EigWebFactory.AntiforgeryField}']")!.GetAttribute("value")!;
        var tardif = await client.PostAsync(lien, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Jeton"] = formulaire.QuerySelector("input[name='Jeton']")!.GetAttribute("value")!, ["Input.Issue"] = "Parti", [EigWebFactory.AntiforgeryField] = jeton,
        }));
        Assert.Equal(HttpStatusCode.Gone, tardif.StatusCode);
        Assert.Equal(0, await _f.WithDbAsync(db => db.ResultatsEig.CountAsync()));

        var inconnu = await _f.NewClient().GetAsync(Questionnaires.Chemin + "?jeton=pas-un-vrai-jeton");
        Assert.Equal(HttpStatusCode.NotFound, inconnu.StatusCode);
        Assert.Contains("Ce lien n'est pas reconnu", (await EigWebFactory.ParseAsync(inconnu)).QuerySelector("main")!.TextContent);
        var sansJeton = await _f.NewClient().GetAsync(Questionnaires.Chemin);
        Assert.Equal(HttpStatusCode.NotFound, sansJeton.StatusCode);
    }
}
