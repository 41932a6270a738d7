using Eig.BrowserTests.Support;
using Eig.Tests.Support;
using Eig.Web.Comptes;
using Microsoft.Playwright;
using static Eig.BrowserTests.Support.KeyboardJourney;

namespace Eig.BrowserTests.Compte;

/// <summary>Registration and login done with the keyboard alone: Tab, typing, arrows, Enter.</summary>
public class ClavierTests(BrowserFixture browser)
{
    [Fact]
    public async Task Registration_Confirmation_AndLogin_WithTheKeyboardAlone()
    {
        var page = await browser.NewPageAsync();
        var email = $"clavier-{Guid.NewGuid():N}@exemple.fr";
        await page.GotoAsync("/");

        // From the header, by keyboard, to the registration form.
        await ActivateAsync(page, "a[href='/compte/inscription']");
        await page.WaitForURLAsync("**/compte/inscription");

        // First try with a mistake: the error is announced next to the field and the summary takes the focus path.
        await TabToAsync(page, "#Input_Profil-0");
        await page.Keyboard.PressAsync("ArrowDown"); // second choice: candidate
        await FillAsync(page, "#Input_NomComplet", "Margaret Hamilton");
        await FillAsync(page, "#Input_Email", email);
        await FillAsync(page, "#Input_Password", "apollo onze sur la lune");
        await FillAsync(page, "#Input_Confirmation", "apollo treize");
        await ActivateAsync(page, "main button[type=submit]");
        await page.WaitForSelectorAsync("#Input_Confirmation-erreur");
        Assert.True(await page.IsCheckedAsync("#Input_Profil-1"));
        Assert.Equal(email, await page.InputValueAsync("#Input_Email"));

        await FillAsync(page, "#Input_Password", "apollo onze sur la lune");
        await FillAsync(page, "#Input_Confirmation", "apollo onze sur la lune");
        await ActivateAsync(page, "main button[type=submit]");
        await page.WaitForURLAsync("**/verifiez-vos-courriels");

        // The mail, as its reader waits for it: the service's own sender may be writing it at this moment (the test's
        // send skips a message the sender has claimed), so it is looked for again for up to 10 s.
        Eig.Tests.Support.SentMail? mail = null;
        for (var essai = 0; mail is null && essai < 50; essai++)
        {
            mail = (await browser.App.ReadMailsAsync()).SingleOrDefault(m => m.To.Contains(email));
            if (mail is null) await Task.Delay(200);
        }
        Assert.NotNull(mail);
        var link = mail!.Link("/compte/confirmer-email")!;
        await page.GotoAsync(new Uri(link).PathAndQuery);
        Assert.Contains("Adresse confirmée", await page.TitleAsync());

        await ActivateAsync(page, "main a[href='/compte/connexion']");
        await page.WaitForURLAsync("**/compte/connexion");
        await FillAsync(page, "#Input_Email", email);
        await FillAsync(page, "#Input_Password", "apollo onze sur la lune");
        await ActivateAsync(page, "main button[type=submit]");
        // Signed in, a candidate lands on the home of their role, and finds their account from the header.
        await page.WaitForURLAsync("**/espace-candidat");
        Assert.Contains("Mon espace candidat", await page.InnerTextAsync("main h1"));
        await ActivateAsync(page, "header a[href='/compte']");
        await page.WaitForURLAsync("**/compte");
        Assert.Contains("Margaret Hamilton", await page.InnerTextAsync("main"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Staff_Login_WithSecondFactor_WithTheKeyboardAlone()
    {
        var staff = await browser.App.CreateUserAsync(Roles.Staff);
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/admin");
        await page.WaitForURLAsync("**/compte/connexion**");

        await FillAsync(page, "#Input_Email", staff.Email);
        await FillAsync(page, "#Input_Password", staff.Password);
        await ActivateAsync(page, "main button[type=submit]");
        await page.WaitForURLAsync("**/compte/connexion-2fa**");
        await FillAsync(page, "#Input_Code", Totp.Code(staff.AuthenticatorKey!));
        await ActivateAsync(page, "main button[type=submit]");
        await page.WaitForURLAsync("**/admin");
        Assert.Equal("Tableau de bord de l'équipe", (await page.InnerTextAsync("h1")).Trim());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task SkipLink_IsTheFirstTabStop_AndMovesToTheContent()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/compte/connexion");

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("#contenu", await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('href')"));
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Tab");
        // The next stop after the skip link is inside the main content, not the header.
        Assert.True(await page.EvaluateAsync<bool>("() => !!document.activeElement.closest('main')"));
        await page.Context.CloseAsync();
    }
}
