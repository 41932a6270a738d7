using Eig.BrowserTests.Support;
using Eig.Tests.Pages.Candidatures;
using Eig.Web.Candidatures;
using Eig.Web.Comptes;
using Microsoft.EntityFrameworkCore;

namespace Eig.BrowserTests.Candidatures;

/// <summary>A candidate changes her interview slot in Chromium, from her space: the booked interview's page, another
/// free slot, taken in place of hers; the first is free again and the new invitation waits in the outbox.</summary>
public class ChangerDeCreneauTests(BrowserFixture browser)
{
    [Fact]
    public async Task Candidate_TakesAnotherSlot_FromHerSpace()
    {
        var app = browser.App;
        var appel = await app.AppelOuvertAsync(publieLe: DateTime.UtcNow.AddDays(-10)); // data only: not the call the site offers
        var user = await app.CreateUserAsync(Roles.Candidat);
        var candidature = await app.CandidatureAsync(appel, user, EtatCandidature.PremierEntretien, prenom: "Jade");
        var jour = DateTime.UtcNow.Date.AddDays(16);
        var (avant, apres) = await app.Db(async db =>
        {
            var sprint = await db.SprintsRecrutement.FirstAsync(s => s.Id == appel.SprintId);
            var c = await db.Candidatures.FirstAsync(x => x.Id == candidature);
            var premier = Creneau.PremierEntretien(sprint, appel.ProduitId, jour.AddHours(8), "Visioconférence", DateTime.UtcNow);
            var second = Creneau.PremierEntretien(sprint, appel.ProduitId, jour.AddHours(13), "Visioconférence", DateTime.UtcNow);
            db.Creneaux.AddRange(premier, second);
            premier.Reserver(c, dejaReserve: false, DateTime.UtcNow);
            await db.SaveChangesAsync();
            return (premier.Id, second.Id);
        });
        var page = await browser.NewPageAsAsync(user);

        await page.GotoAsync("/espace-candidat");
        await Clics.LienAsync(page, $"main a[href='/espace-candidat/creneaux/{avant}']", $"**/espace-candidat/creneaux/{avant}");
        await page.Locator($"input[name='NouveauId'][value='{apres}']").SetCheckedAsync(true, new() { Force = true });
        await page.ClickAsync("button:has-text('Prendre ce créneau à la place')");
        await page.WaitForSelectorAsync(".fr-alert--success");

        var (libre, pris) = await app.Db(async db => (
            await db.Creneaux.Where(c => c.Id == avant).Select(c => c.CandidatureId).SingleAsync(),
            await db.Creneaux.Where(c => c.Id == apres).Select(c => c.CandidatureId).SingleAsync()));
        Assert.Null(libre);
        Assert.Equal(candidature, pris);
        Assert.True(await app.Db(db => db.Outbox.AnyAsync(m => m.ObjetId == candidature && m.Sujet == "Votre entretien est réservé")));
        await page.Context.CloseAsync();
    }
}
