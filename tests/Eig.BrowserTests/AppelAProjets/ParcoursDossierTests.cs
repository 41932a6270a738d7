using Eig.BrowserTests.Support;
using Eig.Tests.Support;
using Eig.Web.Comptes;
using Eig.Web.AppelsAProjets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Eig.BrowserTests.Support.KeyboardJourney;

namespace Eig.BrowserTests.AppelAProjets;

/// <summary>The call for projects end to end, in Chromium on the demo call: the porteur fills and files a dossier with
/// the keyboard alone; staff instruct and assign two evaluators; both score; staff pre-select; the porteur books a
/// soutenance; the jury decides; staff publish; the porteur reads the decision and downloads the letter.
/// axe runs on every page of the way.</summary>
public class ParcoursDossierTests(BrowserFixture browser)
{
    private static async Task Voir(IPage page, string url)
    {
        var r = await page.GotoAsync(url);
        Assert.True(r?.Status == 200, $"{url} : statut {r?.Status}");
        await Axe.AssertNoViolationsAsync(page);
    }

    private static async Task Soumettre(IPage page, string? form = null)
    {
        await page.ClickAsync((form ?? "main form") + " button[type=submit]");
        await page.WaitForLoadStateAsync();
    }

    [Fact]
    public async Task Porteur_Staff_Evaluateurs_Jury_DeLaDepositionALaLettre()
    {
        var app = browser.App;
        var porteur = await app.CreateUserAsync(Roles.Porteur);
        var staff = await app.CreateUserAsync(Roles.Staff);
        var ev1 = await app.CreateUserAsync(Roles.Evaluateur);
        var ev2 = await app.CreateUserAsync(Roles.Evaluateur);
        var jure = await app.CreateUserAsync(Roles.Jury);

        // 1. The porteur, keyboard only.
        var p = await browser.NewPageAsAsync(porteur);
        await Voir(p, "/espace-porteur/dossiers");
        await ActivateAsync(p, "main form button[type=submit]");
        await p.WaitForURLAsync("**/etape/1");
        await Axe.AssertNoViolationsAsync(p);
        var dossierUrl = p.Url[..p.Url.LastIndexOf("/etape/1", StringComparison.Ordinal)];
        var dossierId = Guid.Parse(dossierUrl[(dossierUrl.LastIndexOf('/') + 1)..]);

        await FillAsync(p, "#Input_Titre", "Aides au logement sans ressaisie");
        await FillAsync(p, "#Input_Administration", "Direction de l'habitat");
        await TabToAsync(p, "#Input_TypeAdministration");
        await p.Keyboard.PressAsync("ArrowDown");
        await FillAsync(p, "#Input_SponsorNom", "Claire Martin");
        await FillAsync(p, "#Input_SponsorFonction", "Directrice");
        await ActivateAsync(p, "main form button[type=submit]");
        await p.WaitForURLAsync("**/etape/2");
        await Axe.AssertNoViolationsAsync(p);

        await FillAsync(p, "#Input_Probleme", "Les demandes prennent trois mois.");
        await FillAsync(p, "#Input_Preuves", "Enquête auprès de 400 allocataires.");
        await FillAsync(p, "#Input_PublicsConcernes", "Les ménages modestes.");
        await FillAsync(p, "#Input_NombrePersonnesConcernees", "120000");
        await ActivateAsync(p, "main form button[type=submit]");
        await p.WaitForURLAsync("**/etape/3");
        await Axe.AssertNoViolationsAsync(p);

        await FillAsync(p, "#Input_TerrainExperimentation", "Deux départements volontaires.");
        await FillAsync(p, "#Input_ObjectifImpact", "Diviser le délai par deux en un an.");
        await FillAsync(p, "#Input_ApprocheProduit", "Des versions courtes testées avec les usagers.");
        await FillAsync(p, "#Input_FeuilleDeRoute", "Étendre à tout le territoire ensuite.");
        await ActivateAsync(p, "main form button[type=submit]");
        await p.WaitForURLAsync("**/etape/4");
        await Axe.AssertNoViolationsAsync(p);

        await FillAsync(p, "#Input_ProfilsSouhaites", "Directeur de produit et directeur technique");
        await FillAsync(p, "#Input_NombreProfils", "2");
        await ActivateAsync(p, "main form button[type=submit]");
        await p.WaitForURLAsync("**/pieces-jointes");
        await Axe.AssertNoViolationsAsync(p);

        await ActivateAsync(p, $"main a[href='/espace-porteur/dossiers/{dossierId}']");
        await p.WaitForURLAsync(dossierUrl);
        await Axe.AssertNoViolationsAsync(p);
        await ActivateAsync(p, "main form[action*='handler=Deposer'] button[type=submit]");
        await p.WaitForSelectorAsync(".fr-alert--success");
        Assert.Contains("Déposé", await p.InnerTextAsync("main"));

        // 2. Staff instruct and assign two evaluators.
        var s = await browser.NewPageAsAsync(staff);
        await Voir(s, "/admin/dossiers");
        await Voir(s, $"/admin/dossiers/{dossierId}");
        await Clics.CocherAsync(s, "#Input_Action-0");
        await Soumettre(s, "main form[action*='handler=Statut']");
        foreach (var ev in new[] { ev1, ev2 })
        {
            await s.SelectOptionAsync("#EvaluateurId", ev.Id.ToString());
            await Soumettre(s, "main form[action*='handler=Affecter']");
        }
        await Axe.AssertNoViolationsAsync(s);

        // 3. Both evaluators score.
        foreach (var (ev, note) in new[] { (ev1, 4), (ev2, 5) })
        {
            var e = await browser.NewPageAsAsync(ev);
            await Voir(e, "/evaluation");
            var aff = await app.WithDbAsync(db => db.Affectations.Where(a => a.ObjetId == dossierId && a.EvaluateurId == ev.Id).Select(a => a.Id).SingleAsync());
            await Voir(e, $"/evaluation/dossiers/{aff}");
            var criteres = await app.WithDbAsync(db => db.Criteres.CountAsync(c => db.Affectations.Any(a => a.Id == aff && a.GrilleId == c.GrilleId)));
            for (var i = 0; i < criteres; i++)
                await Clics.CocherAsync(e, $"#Input_Notes_{i}__Note-{note - 1}");
            await Clics.CocherAsync(e, "#Input_Recommandation-0");
            await e.ClickAsync("main form button[value=true]");
            await e.WaitForSelectorAsync(".fr-alert--warning");   // submitting is final: confirm
            await Axe.AssertNoViolationsAsync(e);
            await e.ClickAsync("main form[action*='handler=Soumettre'] button");
            await e.WaitForSelectorAsync(".fr-alert--success");
            await Axe.AssertNoViolationsAsync(e);
            await e.Context.CloseAsync();
        }

        // 4. Staff see the ranking and pre-select.
        var appelId = await app.WithDbAsync(db => db.DossiersProjets.Where(d => d.Id == dossierId).Select(d => d.AppelId).SingleAsync());
        await Voir(s, $"/admin/appels-a-projets/{appelId}/classement");
        await Voir(s, $"/admin/dossiers/{dossierId}");
        await Clics.CocherAsync(s, "input[name='Input.Action'][value=preselectionner]");
        await s.FillAsync("#Input_Motif", "Problème avéré, sponsor solide.");
        await Soumettre(s, "main form[action*='handler=Statut']");
        Assert.Equal(EtatDossier.PreSelectionne, await app.WithDbAsync(db => db.DossiersProjets.Where(d => d.Id == dossierId).Select(d => d.Etat).SingleAsync()));

        // 5. A slot, booked by the porteur.
        await Voir(s, $"/admin/appels-a-projets/{appelId}/soutenances");
        await s.FillAsync("#Serie_Jour", DateTime.UtcNow.AddDays(7).ToString("yyyy-MM-dd"));
        await s.FillAsync("#Serie_Debut", "10:00");
        await s.FillAsync("#Serie_Fin", "10:45");
        await s.FillAsync("#Serie_Lieu", "Visioconférence");
        await Soumettre(s, "main form:not([action*='handler'])");
        await Voir(p, $"/espace-porteur/dossiers/{dossierId}/soutenance");
        await TabToAsync(p, "input[name='Input.CreneauId']");
        await p.Keyboard.PressAsync("Space");
        await ActivateAsync(p, "main form button[type=submit]");
        await p.WaitForURLAsync(dossierUrl);

        // 6. The jury session decides; staff publish.
        await Voir(s, $"/admin/appels-a-projets/{appelId}/jury");
        await s.FillAsync("#Input_Titre", "Jury du parcours");
        await s.FillAsync("#Input_Date", DateTime.UtcNow.AddDays(14).ToString("yyyy-MM-dd"));
        await Soumettre(s, "main form:not([action*='handler'])");
        await s.SelectOptionAsync("#MembreId", jure.Id.ToString());
        await Soumettre(s, "main form[action*='handler=Membre']");
        await s.SelectOptionAsync("#DossierId", dossierId.ToString());
        await Soumettre(s, "main form[action*='handler=Dossier']");
        await Axe.AssertNoViolationsAsync(s);
        var sessionId = await app.WithDbAsync(db => db.PointsOrdreDuJour.Where(x => x.DossierId == dossierId).Select(x => x.SessionId).SingleAsync());

        var j = await browser.NewPageAsAsync(jure);
        await Voir(j, "/jury");
        await Voir(j, $"/jury/sessions/{sessionId}");
        await Voir(j, $"/jury/sessions/{sessionId}/dossiers/{dossierId}");
        await j.FillAsync("#Input_NotesSoutenance", "Sponsor présent, équipe motivée.");
        await Clics.CocherAsync(j, "#Input_Decision-0");
        await j.FillAsync("#Input_Motivation", "Un problème majeur et un terrain prêt.");
        await j.FillAsync("#Input_Nombres_0_", "1");
        await j.FillAsync("#Input_Nombres_1_", "1");
        await Soumettre(j);
        await j.WaitForURLAsync($"**/jury/sessions/{sessionId}");
        await Axe.AssertNoViolationsAsync(j);

        await s.GotoAsync($"/admin/appels-a-projets/{appelId}/jury");
        await Soumettre(s, "main form[action*='handler=Publier']");
        await s.WaitForSelectorAsync("#confirmer-publication");
        await Axe.AssertNoViolationsAsync(s);
        await s.ClickAsync("#confirmer-publication button[type=submit]");
        await s.WaitForSelectorAsync(".fr-alert--success");

        // 7. The porteur reads the decision and downloads the letter.
        await Voir(p, dossierUrl);
        Assert.Contains("Un problème majeur et un terrain prêt.", await p.InnerTextAsync("main"));
        var lettre = await p.Context.APIRequest.GetAsync(dossierUrl + "?handler=Lettre");
        Assert.Equal(200, lettre.Status);
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString((await lettre.BodyAsync())[..5]));
        await Voir(p, $"/espace-porteur/dossiers/{dossierId}/messages");

        await p.Context.CloseAsync();
        await s.Context.CloseAsync();
        await j.Context.CloseAsync();
    }
}
