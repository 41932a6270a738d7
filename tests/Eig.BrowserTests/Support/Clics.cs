using Microsoft.Playwright;

namespace Eig.BrowserTests.Support;

public static class Clics
{
    /// <summary>Clicks a link and waits for its page. Once in CI (2 December, the SQLite pass) a click on the back
    /// office's home left the page where it was, with no navigation at all, while the same test passed alone four times:
    /// a click that lands while the page's script is still starting can be lost. A person would click again; so does
    /// this, once, after 10 s, and a page that still does not come fails saying where it stayed and what it showed.</summary>
    public static async Task LienAsync(IPage page, string selector, string glob)
    {
        await page.ClickAsync(selector);
        try
        {
            await page.WaitForURLAsync(glob, new() { Timeout = 10_000 });
            return;
        }
        catch (TimeoutException) { }
        await page.ClickAsync(selector);
        await KeyboardJourney.ExpectUrlAsync(page, glob);
    }

    /// <summary>Ticks a checkbox or radio button as a person does: DSFR draws it on its label, which lies over the input,
    /// so the click goes to the label (a click on the input itself would be intercepted).</summary>
    public static async Task CocherAsync(ILocator input)
    {
        var id = await input.GetAttributeAsync("id") ?? throw new InvalidOperationException("Case sans id : pas de label à cliquer.");
        await input.Page.Locator($"label[for='{id}']").ClickAsync();
        if (!await input.IsCheckedAsync()) throw new InvalidOperationException($"#{id} n'est pas coché après le clic sur son label.");
    }

    public static Task CocherAsync(IPage page, string selector) => CocherAsync(page.Locator(selector));
}
