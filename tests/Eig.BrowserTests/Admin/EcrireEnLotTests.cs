using Eig.BrowserTests.Support;
using Eig.Tests.Pages.Candidatures;
using Eig.Web.Candidatures;
using Eig.Web.Comptes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Eig.BrowserTests.Admin;

/// <summary>Staff write to people they tick in a list, in Chromium, from the back office's home: the list filtered,
/// two candidatures ticked, "write a message", the preview with its count, sent; the mails wait in the outbox.</summary>
public class EcrireEnLotTests(BrowserFixture browser)
{
    [Fact]
    public async Task Liste_CocherEcrirePrevisualiserEnvoyer_LesDeuxCourrielsSontDansLaFile()
    {
        var app = browser.App;
        var appel = await app.AppelOuvertAsync(publieLe: DateTime.UtcNow.AddDays(-10)); // data only: not the call the site offers
        var a = await app.CandidatureAsync(appel, await app.CreateUserAsync(Roles.Candidat), prenom: "Inès");
        var b = await app.CandidatureAsync(appel, await app.CreateUserAsync(Roles.Candidat), prenom: "Tom");
        await app.CandidatureAsync(appel, await app.CreateUserAsync(Roles.Candidat), prenom: "Non cochée");
        var sujet = $"Votre venue au forum {Guid.NewGuid():N}"[..34];
        var staff = await browser.NewPageAsAsync(await app.CreateUserAsync(Roles.Staff));

        await staff.GotoAsync("/admin");
        await Clics.LienAsync(staff, "main a[href='/admin/candidatures']", "**/admin/candidatures");
        await staff.SelectOptionAsync("select[name='Appel']", appel.Id.ToString());
        await staff.ClickAsync("main form[method='get'] button:has-text('Filtrer')");
        await staff.WaitForURLAsync($"**Appel={appel.Id}**");
        foreach (var id in new[] { a, b })
            await staff.Locator($"input[name='ids'][value='{id}']").SetCheckedAsync(true, new() { Force = true });
        await staff.SelectOptionAsync("select[name='Input.Action']", "ecrire");
        await staff.ClickAsync("button:has-text('Vérifier avant d')");
        await staff.ClickAsync("button:has-text('Écrire le message')");
        await staff.FillAsync("input[name='Input.Sujet']", sujet);
        await staff.FillAsync("textarea[name='Input.Corps']", "Bonjour {{prenom}},\nà bientôt au forum.");
        await staff.ClickAsync("button:has-text('Prévisualiser')");
        await staff.WaitForSelectorAsync("#apercu");
        Assert.Contains("Envoyer à 2", (await staff.InnerTextAsync("button:has-text('Envoyer à')")).Replace('\u00a0', ' '));

        await staff.ClickAsync("button:has-text('Envoyer à')");
        await staff.WaitForSelectorAsync(".fr-alert--success");
        var file = await app.Db(db => db.Outbox.Where(m => m.Sujet == sujet).Select(m => m.ObjetId).ToListAsync());
        Assert.Equal(new Guid?[] { a, b }.Order(), file.Order());
        await staff.Context.CloseAsync();
    }
}
