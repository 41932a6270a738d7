using Eig.BrowserTests.Support;
using Eig.Tests.Pages.Candidatures;
using Eig.Tests.Support;
using Eig.Web.Appels;
using Eig.Web.AppelsAProjets;
using Eig.Web.Candidatures;
using Eig.Web.Comptes;
using Eig.Web.Evaluations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Eig.BrowserTests.Promotions;

/// <summary>A promotion run in Chromium on the demo data: staff create and publish a promotion with its phases; the
/// jury's laureate becomes its défi; staff complete and publish it; a candidate accepts the offer and appears on the
/// défi's page and in the talents directory; she reads the document staff shared with her promotion, writes a milestone
/// of her roadmap and files a check-in that staff read; staff record the outcomes; the programme page's figures and
/// chart change. Everyone goes by clicking from their home (the back office, "Mon compte", the public home page), never
/// by an address they were not given; axe runs on every page of the way.</summary>
public class ParcoursPromotionTests(BrowserFixture browser)
{
    private static async Task Voir(IPage page, string url)
    {
        var r = await page.GotoAsync(url);
        Assert.True(r?.Status == 200, $"{url} : statut {r?.Status}");
        await Axe.AssertNoViolationsAsync(page);
    }

    private static async Task Cliquer(IPage page, string selecteur)
    {
        await page.ClickAsync(selecteur);
        await page.WaitForLoadStateAsync();
        await Axe.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task Staff_Jury_Candidate_FromPhasesToFigures()
    {
        var app = browser.App;
        var staffUser = await app.CreateUserAsync(Roles.Staff);
        var porteur = await app.CreateUserAsync(Roles.Porteur);
        var candidatUser = await app.CreateUserAsync(Roles.Candidat);
        var numero = 60 + Random.Shared.Next(0, 30);
        var annee = DateTime.UtcNow.Year;

        // 1. Staff create the promotion from the back office's home and publish it with its three phases.
        var staff = await browser.NewPageAsAsync(staffUser);
        await Voir(staff, "/admin");
        await Cliquer(staff, "a[href='/admin/promotions']");
        await staff.FillAsync("#Input_Numero", numero.ToString());
        await staff.FillAsync("#Input_Annee", annee.ToString());
        await staff.FillAsync("#Input_Libelle", "DIG");
        await Cliquer(staff, "main form:has(#Input_Libelle) button[type=submit]");
        Assert.Contains("/admin/promotions/", staff.Url);
        Assert.Equal("Concevoir", await staff.InputValueAsync("#Input_Phases_0__Nom"));
        await Cliquer(staff, "form[action*='Publier'] button[type=submit]");
        var promotionId = await app.WithDbAsync(db => db.Promotions.Where(p => p.Numero == numero).Select(p => p.Id).SingleAsync());

        // 2. A call of that promotion, one dossier defended and decided laureate by the jury (arranged), published by staff.
        var (appelId, sessionId) = await app.WithDbAsync(async db =>
        {
            var grille = new Grille { Nom = "Grille" };
            grille.AjouterCritere("Besoin", "Un besoin clair");
            var appel = new Eig.Web.AppelsAProjets.AppelAProjets { PromotionId = promotionId, Titre = $"Appel à projets {numero}", Mode = ModeAppel.Continu, GrilleId = grille.Id };
            appel.Publier(DateTime.UtcNow);
            var d = new DossierProjet
            {
                AppelId = appel.Id, PorteurId = porteur.Id, Numero = 9000 + numero, CreeLe = DateTime.UtcNow, ModifieLe = DateTime.UtcNow,
                Titre = $"Cantines sans gaspillage {numero}", Administration = $"Ville de Besançon {numero}", TypeAdministration = "Collectivité",
                SponsorNom = "Anne Vignot", SponsorFonction = "Maire", Probleme = "Un tiers des repas est jeté.", Preuves = "Pesées",
                PublicsConcernes = "Les écoliers", TerrainExperimentation = "Dix écoles", ObjectifImpact = "Moitié moins de pertes",
                ApprocheProduit = "Itérations courtes", FeuilleDeRoute = "Toute la ville", ProfilsSouhaites = "Produit", NombreProfils = 1,
            };
            d.Deposer(appel, porteur.Id, DateTime.UtcNow);
            d.CommencerInstruction(staffUser.Id, DateTime.UtcNow);
            d.PreSelectionner(staffUser.Id, "Solide", DateTime.UtcNow);
            d.ConvoquerEnSoutenance(staffUser.Id, DateTime.UtcNow);
            var session = new SessionJury { AppelId = appel.Id, Titre = $"Jury {numero}", Date = DateOnly.FromDateTime(DateTime.UtcNow) };
            var point = new PointOrdreDuJour { SessionId = session.Id, DossierId = d.Id, Ordre = 1 };
            point.Decider(EtatDossier.Laureat, "Impact fort", new Dictionary<string, int> { ["Directeur ou directrice de produit"] = 1 });
            session.OrdreDuJour.Add(point);
            db.AddRange(grille, appel, d, session);
            await db.SaveChangesAsync();
            return (appel.Id, session.Id);
        });
        // The back office's home lists the session whose decisions wait to be published.
        await Voir(staff, "/admin");
        await Cliquer(staff, $"main a[href='/admin/appels-a-projets/{appelId}/jury']");
        await Cliquer(staff, "form[action*='Publier'] button[type=submit]");
        await Cliquer(staff, "#confirmer-publication button[type=submit]");   // publishing is final: it asks first

        // 3. The défi is in the promotion, with the dossier's sponsor; staff complete and publish it.
        await Voir(staff, "/admin");
        await Cliquer(staff, "a[href='/admin/promotions']");
        await Cliquer(staff, $"main a[href='/admin/promotions/{promotionId}']");
        // A document shared with the promotion, for its EIG and sponsors.
        await staff.FillAsync("#TitreDocument", "Guide de la promotion");
        await staff.SetInputFilesAsync("#Document", new FilePayload { Name = "guide.pdf", MimeType = "application/pdf", Buffer = PdfDeTest.Simple() });
        await Cliquer(staff, "form[action*='handler=Document'] button[type=submit]");
        Assert.Contains("Guide de la promotion", await staff.TextContentAsync("main"));
        await Cliquer(staff, $"main a:has-text('Cantines sans gaspillage {numero}')");
        Assert.Equal("Anne Vignot", await staff.InputValueAsync("#Input_SponsorNom"));
        Assert.Contains("produit × 1", await staff.TextContentAsync("main"));
        await Clics.CocherAsync(staff.Locator("input[name='Input.Themes']").First);
        await Clics.CocherAsync(staff, "#Input_Publie");
        await Cliquer(staff, "main form:has(#Input_Titre) button[type=submit]");
        var defi = await app.WithDbAsync(db => db.Defis.SingleAsync(d => d.PromotionId == promotionId));
        Assert.True(defi.Publie);

        // 4. The administration chose a candidate of the vivier (arranged); staff send the offer; she accepts it.
        var aac = await app.AppelOuvertAsync(publieLe: DateTime.UtcNow.AddDays(-10)); // data only: not the call the site offers
        var candidatureId = await app.CandidatureAsync(aac, candidatUser, EtatCandidature.Vivier, prenom: "Maëlle");
        var (propositionId, posteId) = await app.WithDbAsync(async db =>
        {
            var c = await db.Candidatures.SingleAsync(x => x.Id == candidatureId);
            c.AnnuairePublic = true;
            var poste = await db.PostesOuverts.SingleAsync(p => p.DefiId == defi.Id);
            var p = Proposition.Proposer(poste, c, [], "Profil produit", staffUser.Id, DateTime.UtcNow);
            p.Decider(true, "Convaincante", porteur.Id, DateTime.UtcNow);
            db.Propositions.Add(p);
            await db.SaveChangesAsync();
            return (p.Id, poste.Id);
        });
        // From the défi's page: its recruitment, its post, the chosen candidate's offer to prepare.
        await Cliquer(staff, "main a[href='/admin/recrutement']");
        await Cliquer(staff, $"main a[href='/admin/recrutement/postes/{posteId}']");
        await Cliquer(staff, $"main a[href='/admin/recrutement/offres/{propositionId}']");
        await staff.FillAsync("#Input_DateDebut", DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(1).ToString("yyyy-MM-dd"));
        await staff.FillAsync("#Input_DureeMois", "12");
        await Cliquer(staff, "main form:has(#Input_DureeMois) button[type=submit]");
        var offreId = await app.WithDbAsync(db => db.Offres.Where(o => o.CandidatureId == candidatureId).Select(o => o.Id).SingleAsync());
        var candidat = await browser.NewPageAsAsync(candidatUser);
        await Voir(candidat, "/compte");
        await Cliquer(candidat, "main a[href='/espace-candidat']");
        await Cliquer(candidat, $"main a[href='/espace-candidat/offre/{offreId}']");
        await Cliquer(candidat, "form[action*='Accepter'] button[type=submit]");

        // 4b. The new EIG reaches her défi's space from "Mon compte" and files a check-in asking for help; staff find
        // it in their follow-up list, among the défis needing attention first.
        await Voir(candidat, "/compte");
        await Cliquer(candidat, "main a[href='/espace-defi']");
        var documentId = await app.WithDbAsync(db => db.DocumentsPromotions.Where(d => d.PromotionId == promotionId).Select(d => d.Id).SingleAsync());
        var telechargement = await candidat.RunAndWaitForDownloadAsync(() => candidat.ClickAsync($"main a[href='/espace-defi/documents/{documentId}']"));
        Assert.StartsWith("document-", telechargement.SuggestedFilename);
        await Cliquer(candidat, $"main a[href='/espace-defi/{defi.Id}']");
        await Clics.CocherAsync(candidat, "input[name='Input.Meteo'][value='BesoinAide']");
        await candidat.FillAsync("#Input_Avancement", "Premières pesées dans deux écoles.");
        await candidat.FillAsync("#Input_AideSouhaitee", "Un contact à la cuisine centrale");
        await Cliquer(candidat, "main form button[type=submit]");
        Assert.Contains("Premières pesées dans deux écoles.", await candidat.TextContentAsync("main article"));
        // Her roadmap: a first milestone of the current phase.
        await Cliquer(candidat, $"main a[href='/espace-defi/{defi.Id}/jalons']");
        await candidat.FillAsync("#Input_Titre", "Pesées dans dix écoles");
        await Cliquer(candidat, "main form button[type=submit]");
        Assert.Contains("Pesées dans dix écoles", await candidat.TextContentAsync("main"));
        await candidat.Context.CloseAsync();
        await Voir(staff, "/admin");
        await Cliquer(staff, "a[href='/admin/promotions']");
        await Cliquer(staff, "main a[href='/admin/promotions/suivi']");
        Assert.Contains("Un contact à la cuisine centrale", await staff.TextContentAsync($"main tr:has(a[href='/espace-defi/{defi.Id}'])"));
        await Cliquer(staff, $"main a[href='/espace-defi/{defi.Id}']");

        // 5. On the défi's page and in the talents directory, by clicking from the home page.
        var visiteur = await browser.NewPageAsync();
        await Voir(visiteur, "/");
        await Cliquer(visiteur, "header a[href='/programme']");
        await Cliquer(visiteur, "main a[href='/promotions']");
        await Cliquer(visiteur, $"main a[href='/promotions/{numero}']");
        Assert.Contains("Phase en cours", await visiteur.TextContentAsync("main [aria-current='step']"));
        await Cliquer(visiteur, $"main a[href='/defis/{defi.Slug}']");
        Assert.Contains("Maëlle Martin", await visiteur.TextContentAsync("main"));
        await Cliquer(visiteur, "header a[href='/talents']");
        Assert.Contains("Maëlle Martin", await visiteur.TextContentAsync("main"));
        // Her card is a link as a whole: a click on its corner, away from her name, opens her page.
        await visiteur.Locator("main .fr-card", new() { HasText = "Maëlle Martin" }).ClickAsync(new() { Position = new() { X = 8, Y = 8 } });
        await visiteur.WaitForLoadStateAsync();
        Assert.Contains("/personnes/", visiteur.Url);
        Assert.Contains("Maëlle Martin", await visiteur.TextContentAsync("main h1"));
        await Axe.AssertNoViolationsAsync(visiteur);
        await Cliquer(visiteur, "header a[href='/programme']");
        var avant = await visiteur.TextContentAsync("#resultats [data-chiffre='defis-perdurent']");

        // 6. Staff record the outcomes: the défi became a State startup, the EIG stayed in the public sector.
        await Voir(staff, "/admin");
        await Cliquer(staff, "a[href='/admin/promotions']");
        await Cliquer(staff, $"main a[href='/admin/promotions/{promotionId}']");
        await Cliquer(staff, $"main a[href='/admin/promotions/defis/{defi.Id}']");
        await Clics.CocherAsync(staff, "#issue-defi-1");
        await staff.FillAsync("#issue-defi-date", DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd"));
        await staff.FillAsync("#issue-defi-lien", "https://beta.gouv.fr/startups/cantines.html");
        await Cliquer(staff, "form[action*='ResultatDefi'] button[type=submit]");
        await Clics.CocherAsync(staff, "form[action*='ResultatEig'] input[value='ResteSecteurPublic']");
        await staff.FillAsync("form[action*='ResultatEig'] input[name='ou']", "Ville de Besançon");
        await Cliquer(staff, "form[action*='ResultatEig'] button[type=submit]");

        // 7. The programme page's figures and chart change.
        await visiteur.ReloadAsync();
        await Axe.AssertNoViolationsAsync(visiteur);
        var apres = await visiteur.TextContentAsync("#resultats [data-chiffre='defis-perdurent']");
        Assert.NotEqual(avant, apres);
        Assert.Contains($"Promotion {numero}", await visiteur.TextContentAsync("#resultats table"));
        Assert.NotNull(await visiteur.QuerySelectorAsync("#resultats svg[role='img']"));
        await Cliquer(visiteur, "main a[href='/promotions']");
        await Cliquer(visiteur, $"main a[href='/promotions/{numero}']");
        Assert.Contains("100 %", await visiteur.TextContentAsync("main [data-chiffre='defis-perdurent']"));
        await Cliquer(visiteur, "header a[href='/programme']");
        await Cliquer(visiteur, "main a[href='/donnees']");
        await visiteur.Context.CloseAsync();
        await staff.Context.CloseAsync();
    }
}
