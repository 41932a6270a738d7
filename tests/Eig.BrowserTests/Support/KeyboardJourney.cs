using Microsoft.Playwright;

namespace Eig.BrowserTests.Support;

/// <summary>
/// Keyboard-only journeys: move with Tab as a person without a mouse does, never by clicking or focusing directly,
/// so that a field unreachable by keyboard (or hidden from the tab order) fails the test.
/// </summary>
public static class KeyboardJourney
{
    /// <summary>Presses Tab until the focused element matches <paramref name="selector"/>; fails after
    /// <paramref name="maxTabs"/> presses with the list of elements the focus went through.</summary>
    public static async Task TabToAsync(IPage page, string selector, int maxTabs = 60)
    {
        var visited = new List<string>();
        for (var i = 0; i < maxTabs; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>("s => !!document.activeElement && document.activeElement.matches(s)", selector))
                return;
            visited.Add(await page.EvaluateAsync<string>(
                "() => { const e = document.activeElement; if (!e) return '(rien)'; " +
                "return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.getAttribute('name') ? '[name=' + e.getAttribute('name') + ']' : ''); }"));
        }
        Assert.Fail($"{selector} jamais atteint au clavier en {maxTabs} tabulations sur {page.Url}. Parcours : {string.Join(" → ", visited)}");
    }

    /// <summary>Tabs to a field and types into it.</summary>
    public static async Task FillAsync(IPage page, string selector, string text)
    {
        await TabToAsync(page, selector);
        await page.Keyboard.TypeAsync(text);
    }

    /// <summary>Tabs to an element (a button, a link) and presses Enter.</summary>
    public static async Task ActivateAsync(IPage page, string selector)
    {
        await TabToAsync(page, selector);
        await page.Keyboard.PressAsync("Enter");
    }

    /// <summary>Waits for the page to reach <paramref name="glob"/>; when it does not, fails with where it is and the
    /// messages the page shows (an error next to a field, an alert), which say why a form did not go through.</summary>
    public static async Task ExpectUrlAsync(IPage page, string glob)
    {
        try
        {
            await page.WaitForURLAsync(glob);
        }
        catch (TimeoutException)
        {
            var messages = await page.EvaluateAsync<string[]>(
                "() => [...document.querySelectorAll('.fr-error-text, .fr-alert, .fr-message--error')].map(e => e.textContent.trim().replace(/\\s+/g, ' '))");
            Assert.Fail($"Attendu {glob}, resté sur {page.Url}. Messages de la page : {(messages.Length == 0 ? "aucun" : string.Join(" | ", messages))}");
        }
    }
}
