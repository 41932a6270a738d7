using Eig.BrowserTests.Support;
using Eig.Tests.Pages.Candidatures;
using Eig.Web.Candidatures;
using Eig.Web.Comptes;
using Eig.Web.Evaluations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Eig.BrowserTests.Support.KeyboardJourney;

namespace Eig.BrowserTests.Candidatures;

/// <summary>
/// The recruitment journey in Chromium, each person with the keyboard alone (Tab, typing, Space, Enter), and axe on
/// every page they go through: the candidate applies, an expert reviews, staff invite, the candidate books the
/// interview, the person joins the vivier, is proposed to a laureate défi, the administration interviews and chooses,
/// staff make the offer, the candidate accepts and downloads the mission letter. Slots are arranged in the database
/// (typing dates in Chromium's date pickers says nothing about the service); choosing the CV file goes through
/// Playwright, the operating system's file dialog being outside the page.
/// </summary>
public class ParcoursClavierTests(BrowserFixture browser)
{
    private async Task AxeAsync(IPage page) => await Axe.AssertNoViolationsAsync(page);

    [Fact]
    public async Task Candidature_JusquALaLettreDeMission_AuClavier_SansViolationAxe()
    {
        var app = browser.App;
        var appel = await app.AppelOuvertAsync();
        var candidatUser = await app.CreateUserAsync(Roles.Candidat);
        var staffUser = await app.CreateUserAsync(Roles.Staff);
        var expertUser = await app.CreateUserAsync(Roles.Evaluateur);
        var porteurUser = await app.CreateUserAsync(Roles.Porteur);

        // 1. The candidate applies.
        var candidat = await browser.NewPageAsAsync(candidatUser);
        await candidat.GotoAsync("/participer/candidats/postuler");
        await AxeAsync(candidat);
        await ActivateAsync(candidat, "main a[href='/espace-candidat/candidature']");
        await candidat.WaitForURLAsync("**/espace-candidat/candidature");
        await AxeAsync(candidat);
        await FillAsync(candidat, "#Input_Prenom", "Grace");
        await FillAsync(candidat, "#Input_Nom", "Hopper");
        await TabToAsync(candidat, "#Input_ProfilId-0");
        await candidat.Keyboard.PressAsync("Space");
        await FillAsync(candidat, "#Input_AnneesExperience", "11");
        await FillAsync(candidat, "#Input_ExperienceEntrepreneuriale", "Fondatrice de deux entreprises de logiciel.");
        await FillAsync(candidat, "#Input_Motivation", "Faire réussir un service public numérique.");
        await FillAsync(candidat, "#Input_Competences", "santé, données");
        // Reached by Tab; the value goes in with Fill, because the segment order of Chromium's date widget follows the
        // machine's locale rather than the page's.
        await TabToAsync(candidat, "#Input_Disponibilite");
        await candidat.FillAsync("#Input_Disponibilite", DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd"));
        await TabToAsync(candidat, "#Input_Cv");
        await candidat.SetInputFilesAsync("#Input_Cv", new FilePayload { Name = "cv.pdf", MimeType = "application/pdf", Buffer = AacKit.Pdf });
        // Filed without consent first: the error shows next to the box, and the page stays accessible.
        await ActivateAsync(candidat, "button[value='deposer']");
        await candidat.WaitForSelectorAsync("#Input_Consentement-erreur");
        await AxeAsync(candidat);
        await TabToAsync(candidat, "#Input_Consentement");
        await candidat.Keyboard.PressAsync("Space");
        await TabToAsync(candidat, "#Input_Cv");
        await candidat.SetInputFilesAsync("#Input_Cv", new FilePayload { Name = "cv.pdf", MimeType = "application/pdf", Buffer = AacKit.Pdf });
        await ActivateAsync(candidat, "button[value='deposer']");
        await ExpectUrlAsync(candidat, "**/espace-candidat");
        await AxeAsync(candidat);
        var id = await app.Db(db => db.Candidatures.Where(c => c.CandidatId == candidatUser.Id).Select(c => c.Id).FirstAsync());

        // 2. Staff assign an expert, who scores the dossier.
        var staff = await browser.NewPageAsAsync(staffUser);
        await staff.GotoAsync("/admin/candidatures");
        await AxeAsync(staff);
        await ActivateAsync(staff, $"main a[href='/admin/candidatures/{id}']");
        await staff.WaitForURLAsync($"**/admin/candidatures/{id}");
        await AxeAsync(staff);
        await TabToAsync(staff, "#EvaluateurId");
        await staff.Keyboard.PressAsync("ArrowDown");
        await staff.SelectOptionAsync("#EvaluateurId", expertUser.Id.ToString()); // the list holds every evaluator of the run
        await ActivateAsync(staff, "form[action*='Affecter'] button");
        await staff.WaitForSelectorAsync(".fr-alert--success");
        var affectation = await app.Db(db => db.Affectations.Where(a => a.ObjetId == id).Select(a => a.Id).FirstAsync());

        var expert = await browser.NewPageAsAsync(expertUser);
        await expert.GotoAsync("/evaluation/candidatures");
        await AxeAsync(expert);
        await ActivateAsync(expert, $"main a[href='/evaluation/candidatures/{affectation}']");
        await expert.WaitForURLAsync($"**/evaluation/candidatures/{affectation}");
        await AxeAsync(expert);
        // Each criterion's scale is a group of radios: Space checks the first, the arrows move to 4.
        foreach (var premier in await expert.QuerySelectorAllAsync("input[type=radio][name^='Input.Notes'][id$='-0']"))
        {
            await TabToAsync(expert, $"#{await premier.GetAttributeAsync("id")}");
            await expert.Keyboard.PressAsync("Space");
            for (var i = 0; i < 3; i++) await expert.Keyboard.PressAsync("ArrowRight");
        }
        await TabToAsync(expert, "#Input_Recommandation-0");
        await expert.Keyboard.PressAsync("Space");
        await ActivateAsync(expert, "button[name='Input.Soumettre'][value=true]");
        // Submitting is final: the page asks to confirm.
        await expert.WaitForURLAsync("**confirmer=*");
        await AxeAsync(expert);
        await ActivateAsync(expert, "main form[action*='handler=Soumettre'] button");
        await expert.WaitForURLAsync("**/evaluation/candidatures");

        // 3. Invited to the first interview; the candidate books a slot.
        await staff.GotoAsync($"/admin/candidatures/{id}");
        await ActivateAsync(staff, "form[action*='Inviter'] button");
        await staff.WaitForSelectorAsync(".fr-alert--success");
        await app.Db(async db =>
        {
            var sprint = await db.SprintsRecrutement.FirstAsync(s => s.Id == appel.SprintId);
            db.Creneaux.Add(Creneau.PremierEntretien(sprint, appel.ProduitId, DateTime.UtcNow.Date.AddDays(15).AddHours(9), "Visioconférence", DateTime.UtcNow));
            db.Creneaux.Add(Creneau.PremierEntretien(sprint, appel.ProduitId, DateTime.UtcNow.Date.AddDays(15).AddHours(10), "Visioconférence", DateTime.UtcNow));
            await db.SaveChangesAsync();
            return 0;
        });
        await candidat.GotoAsync("/espace-candidat");
        await ActivateAsync(candidat, "main a[href='/espace-candidat/creneaux']");
        await candidat.WaitForURLAsync("**/espace-candidat/creneaux");
        await AxeAsync(candidat);
        await TabToAsync(candidat, "input[name='CreneauId']");
        await candidat.Keyboard.PressAsync("Space");
        await ActivateAsync(candidat, "main form button");
        await candidat.WaitForURLAsync("**/espace-candidat");
        // The booked interview's page (change or cancel) and staff's week agenda, with its move page.
        await ActivateAsync(candidat, "main a[href^='/espace-candidat/creneaux/']:not([href$='/ics'])");
        await candidat.WaitForSelectorAsync("input[name='NouveauId']");
        await AxeAsync(candidat);
        await staff.GotoAsync($"/admin/creneaux?semaine={DateTime.UtcNow.Date.AddDays(15):yyyy-MM-dd}");
        await AxeAsync(staff);
        await ActivateAsync(staff, "main a[href$='/deplacer']");
        await staff.WaitForSelectorAsync("input[name='NouveauId']");
        await AxeAsync(staff);

        // 4. After the interview: into the vivier, matched to a laureate défi, proposed.
        await staff.GotoAsync($"/admin/candidatures/{id}");
        await ActivateAsync(staff, "form[action*='Vivier'] button");
        await staff.WaitForSelectorAsync(".fr-alert--success");
        await staff.GotoAsync("/admin/vivier");
        await AxeAsync(staff);
        var (defiId, posteId) = await app.DefiAvecPosteAsync(appel, porteurUser);
        await staff.GotoAsync("/admin/recrutement");
        await AxeAsync(staff);
        await ActivateAsync(staff, $"main a[href='/admin/recrutement/postes/{posteId}']");
        await staff.WaitForURLAsync($"**/admin/recrutement/postes/{posteId}");
        await AxeAsync(staff);
        await ActivateAsync(staff, $"form:has(input[value='{id}']) button");
        await staff.WaitForSelectorAsync(".fr-alert--success");
        var proposition = await app.Db(db => db.Propositions.Where(p => p.CandidatureId == id).Select(p => p.Id).FirstAsync());

        // 5. The administration sees its shortlist, the candidate books the mission interview, the administration chooses.
        await app.Db(async db =>
        {
            db.Creneaux.Add(Creneau.EntretienMission(defiId, DateTime.UtcNow.Date.AddDays(18).AddHours(13), "Au ministère", DateTime.UtcNow));
            await db.SaveChangesAsync();
            return 0;
        });
        await candidat.GotoAsync("/espace-candidat/creneaux");
        await TabToAsync(candidat, "input[name='CreneauId']");
        await candidat.Keyboard.PressAsync("Space");
        await ActivateAsync(candidat, "main form button");
        await candidat.WaitForURLAsync("**/espace-candidat");
        var porteur = await browser.NewPageAsAsync(porteurUser);
        await porteur.GotoAsync("/espace-porteur/recrutement");
        await AxeAsync(porteur);
        await ActivateAsync(porteur, $"main a[href='/espace-porteur/recrutement/{proposition}']");
        await porteur.WaitForURLAsync($"**/espace-porteur/recrutement/{proposition}");
        await AxeAsync(porteur);
        await TabToAsync(porteur, "#Input_Decision-0");
        await porteur.Keyboard.PressAsync("Space");
        await FillAsync(porteur, "#Input_Avis", "Très bonne compréhension de nos usagers.");
        await ActivateAsync(porteur, "main form button");
        await porteur.WaitForURLAsync("**/espace-porteur/recrutement");

        // 6. The offer (11 years: the line beyond 10 years), accepted; the mission letter downloaded.
        await staff.GotoAsync($"/admin/recrutement/offres/{proposition}");
        await AxeAsync(staff);
        Assert.Contains("5\u202f000\u00a0€ net par mois et une part variable de 10 %", await staff.InnerTextAsync("main"));
        await ActivateAsync(staff, "main form button");
        await staff.WaitForURLAsync($"**/admin/recrutement/postes/{posteId}");
        var offre = await app.Db(db => db.Offres.Where(o => o.CandidatureId == id).Select(o => o.Id).FirstAsync());
        await candidat.GotoAsync("/espace-candidat");
        await ActivateAsync(candidat, $"main a[href='/espace-candidat/offre/{offre}']");
        await candidat.WaitForURLAsync($"**/espace-candidat/offre/{offre}");
        await AxeAsync(candidat);
        await ActivateAsync(candidat, "form[action*='Accepter'] button");
        await candidat.WaitForSelectorAsync(".fr-alert--success");
        await AxeAsync(candidat);
        var download = await candidat.RunAndWaitForDownloadAsync(() => ActivateAsync(candidat, $"main a[href='/espace-candidat/offre/{offre}/lettre-de-mission']"));
        Assert.Equal("lettre-de-mission.pdf", download.SuggestedFilename);
        var chemin = await download.PathAsync();
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(File.ReadAllBytes(chemin!)[..5]));
        Assert.Equal(EtatCandidature.Recrutee, await app.Db(db => db.Candidatures.Where(c => c.Id == id).Select(c => c.Etat).FirstAsync()));

        foreach (var p in new[] { candidat, staff, expert, porteur }) await p.Context.CloseAsync();
    }
}
