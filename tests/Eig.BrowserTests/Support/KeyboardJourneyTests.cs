using Eig.BrowserTests.Support;

namespace Eig.BrowserTests.Support;

/// <summary>The keyboard helper on a small form of its own, so that journeys built on it can be trusted.</summary>
public class KeyboardJourneyTests(BrowserFixture browser)
{
    private const string Form = """
        <!DOCTYPE html><html lang="fr"><head><title>Clavier</title></head><body>
        <a href="#contenu">Aller au contenu</a>
        <form id="f" onsubmit="document.title = 'envoyé:' + document.getElementById('email').value; return false;">
          <label for="nom">Nom</label><input id="nom" name="nom">
          <label for="email">Courriel</label><input id="email" name="email">
          <input id="cache" name="cache" tabindex="-1">
          <button type="submit" id="envoyer">Envoyer</button>
        </form></body></html>
        """;

    [Fact]
    public async Task TabTypeEnter_FillsAndSubmitsByKeyboardOnly()
    {
        var page = await browser.NewPageAsync();
        await page.SetContentAsync(Form);

        await KeyboardJourney.FillAsync(page, "#email", "camille@exemple.fr");
        await KeyboardJourney.ActivateAsync(page, "#envoyer");

        Assert.Equal("envoyé:camille@exemple.fr", await page.TitleAsync());
        Assert.Equal("", await page.InputValueAsync("#nom"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task TabTo_ElementOutOfTheTabOrder_FailsWithTheRoute()
    {
        var page = await browser.NewPageAsync();
        await page.SetContentAsync(Form);

        var ex = await Assert.ThrowsAnyAsync<Exception>(() => KeyboardJourney.TabToAsync(page, "#cache", maxTabs: 6));

        Assert.Contains("jamais atteint", ex.Message);
        Assert.Contains("input#email", ex.Message);
        await page.Context.CloseAsync();
    }
}
