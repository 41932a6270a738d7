using Eig.BrowserTests.Support;
using Eig.Tests.Pages.Candidatures;
using Eig.Web.Candidatures;
using Eig.Web.Comptes;
using Microsoft.Playwright;

namespace Eig.BrowserTests.Accessibilite;

/// <summary>Staff write to a group in Chromium, from the back office's home: the composer, its preview, the
/// candidature's mail history and the mail's text, each without an axe violation.</summary>
public class CourrielsTests(BrowserFixture browser)
{
    [Fact]
    public async Task Composer_Preview_History_AndText_HaveNoAxeViolation()
    {
        var app = browser.App;
        var appel = await app.AppelOuvertAsync(publieLe: DateTime.UtcNow.AddDays(-10)); // data only: not the call the site offers
        var id = await app.CandidatureAsync(appel, await app.CreateUserAsync(Roles.Candidat), prenom: "Maëlle");
        var staff = await browser.NewPageAsAsync(await app.CreateUserAsync(Roles.Staff));

        await staff.GotoAsync("/admin");
        await Clics.LienAsync(staff, "main a[href='/admin/courriels/ecrire']", "**/admin/courriels/ecrire");
        await Axe.AssertNoViolationsAsync(staff);

        await Clics.CocherAsync(staff, "input[name='Input.Segment'][value='Candidatures']");
        await staff.SelectOptionAsync("select[name='Input.Appel']", appel.Id.ToString());
        await staff.FillAsync("input[name='Input.Sujet']", "Votre candidature");
        await staff.FillAsync("textarea[name='Input.Corps']", "Bonjour {{prenom}},\nle programme démarre bientôt.");
        await staff.ClickAsync("button:has-text('Prévisualiser')");
        await staff.WaitForSelectorAsync("#apercu");
        await Axe.AssertNoViolationsAsync(staff);

        await staff.ClickAsync("button:has-text('Envoyer à')");
        await staff.WaitForSelectorAsync(".fr-alert--success");
        await staff.GotoAsync($"/admin/candidatures/{id}");
        await Axe.AssertNoViolationsAsync(staff);
        await staff.ClickAsync("section[aria-labelledby='courriels'] a:has-text('Votre candidature')");
        await staff.WaitForSelectorAsync(".eig-texte");
        Assert.Contains("Bonjour Maëlle,", await staff.InnerTextAsync(".eig-texte"));
        await Axe.AssertNoViolationsAsync(staff);
        await staff.Context.CloseAsync();
    }
}
