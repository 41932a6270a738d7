using Eig.BrowserTests.Support;
using Eig.Tests.Support;
using Eig.Web.Comptes;
using Eig.Web.Infrastructure.Demo;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Eig.BrowserTests.Support.KeyboardJourney;

namespace Eig.BrowserTests.Public;

/// <summary>Each demo account, signed in, goes from the public home page to its first task with the keyboard only
/// (Tab and Enter, no address typed): "Mon espace" in the header, then the first thing its home asks of it. Axe on
/// every page reached. The tasks are the demo's own work in progress (Infrastructure/Demo).</summary>
public class ParcoursParRoleTests(BrowserFixture browser)
{
    /// <summary>The demo account of <paramref name="role"/>, as a test user; staff get their second factor set.</summary>
    private async Task<TestUser> CompteDemoAsync(string role)
    {
        var email = DemoSeeder.Comptes.Single(c => c.Role == role).Email;
        using var scope = browser.App.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Utilisateur>>();
        var u = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"{email} : compte de démonstration absent");
        string? cle = null;
        if (role == Roles.Staff)
        {
            if (await users.GetAuthenticatorKeyAsync(u) is null) await users.ResetAuthenticatorKeyAsync(u);
            cle = await users.GetAuthenticatorKeyAsync(u);
            await users.SetTwoFactorEnabledAsync(u, true);
        }
        return new TestUser(u.Id, email, "", role, cle);
    }

    private static async Task PageAsync(IPage page, string url)
    {
        await page.WaitForURLAsync(u => new Uri(u).AbsolutePath.StartsWith(url, StringComparison.Ordinal));
        await page.WaitForLoadStateAsync();
        await Axe.AssertNoViolationsAsync(page);
    }

    /// <summary>Home page → "Mon espace" → the role's home → <paramref name="tache"/> (a link of the home), by keyboard.</summary>
    private async Task<IPage> JusquALaTacheAsync(string role, string accueil, string tache, string arrivee)
    {
        var page = await browser.NewPageAsAsync(await CompteDemoAsync(role));
        await page.GotoAsync("/");
        await Axe.AssertNoViolationsAsync(page);
        await ActivateAsync(page, "header a[href='/mon-espace']");
        await PageAsync(page, accueil);
        await ActivateAsync(page, tache);
        await PageAsync(page, arrivee);
        return page;
    }

    [Fact]
    public async Task Porteur_BooksTheSoutenanceOfTheirPreselectedDossier()
    {
        // Among the home's "À faire": the pre-selected dossier's "book a soutenance" line (the demo's other lines: tomorrow's
        // soutenance, a message to answer, a draft to finish).
        var email = DemoSeeder.Comptes.Single(c => c.Role == Roles.Porteur).Email;
        var id = await browser.App.WithDbAsync(db => db.DossiersProjets
            .Where(d => d.Etat == Eig.Web.AppelsAProjets.EtatDossier.PreSelectionne && db.Users.Any(u => u.Id == d.PorteurId && u.Email == email))
            .Select(d => d.Id).SingleAsync());
        var page = await JusquALaTacheAsync(Roles.Porteur, "/espace-porteur/dossiers",
            $"section[aria-labelledby=a-faire] a[href='/espace-porteur/dossiers/{id}/soutenance']", $"/espace-porteur/dossiers/{id}/soutenance");
        Assert.True(await page.Locator("input[name='Input.CreneauId']").CountAsync() >= 2);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Candidate_ReachesTheInterviewSlotsToBook()
    {
        var page = await JusquALaTacheAsync(Roles.Candidat, "/espace-candidat", "main a[href='/espace-candidat/creneaux']", "/espace-candidat/creneaux");
        Assert.True(await page.Locator("input[name='CreneauId']").CountAsync() >= 1);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Evaluator_OpensTheDossierToReview()
    {
        var page = await JusquALaTacheAsync(Roles.Evaluateur, "/evaluation", "main a[href^='/evaluation/dossiers/']", "/evaluation/dossiers/");
        Assert.True(await page.Locator("main form button[value=true]").CountAsync() == 1, "le formulaire d'évaluation est ouvert");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Jury_OpensTheDossierToDecide()
    {
        var page = await JusquALaTacheAsync(Roles.Jury, "/jury", "main a[href^='/jury/sessions/'][href*='/dossiers/']", "/jury/sessions/");
        Assert.True(await page.Locator("input[name='Input.Decision']").CountAsync() >= 3);
        Assert.Contains("Soutenance", await page.InnerTextAsync("main"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Staff_OpenTomorrowsSoutenanceFromTheCockpit()
    {
        var page = await JusquALaTacheAsync(Roles.Staff, "/admin", "section[aria-labelledby=tb-aujourdhui] a[href^='/admin/dossiers/']", "/admin/dossiers/");
        Assert.True(await page.Locator("main form[action*='handler=Statut']").CountAsync() == 1);
        await page.Context.CloseAsync();
    }
}
