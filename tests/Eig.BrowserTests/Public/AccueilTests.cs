using Eig.BrowserTests.Support;

namespace Eig.BrowserTests.Public;

public class AccueilTests(BrowserFixture browser)
{
    [Fact]
    public async Task Accueil_HasNoAxeViolations()
    {
        var page = await browser.NewPageAsync();

        var response = await page.GotoAsync("/");

        Assert.Equal(200, response!.Status);
        Assert.Equal("fr", await page.GetAttributeAsync("html", "lang"));
        await Axe.AssertNoViolationsAsync(page);
        await page.Context.CloseAsync();
    }
}
