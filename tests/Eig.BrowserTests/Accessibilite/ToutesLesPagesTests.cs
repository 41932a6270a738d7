using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Eig.BrowserTests.Support;
using Eig.Tests.Pages;
using Eig.Web.Comptes;

namespace Eig.BrowserTests.Accessibilite;

/// <summary>Every page a visitor may see (as the access table says), visited in Chromium on the demo data,
/// has zero axe violations. One test per visitor; the failure lists every page with its violations.
/// Pages with a sample URL in the table (e.g. a défi's page) are walked at that URL.</summary>
public class ToutesLesPagesTests(BrowserFixture browser)
{
    public static TheoryData<Visitor> Visitors => [.. Enum.GetValues<Visitor>()];

    [Theory]
    [MemberData(nameof(Visitors))]
    public async Task EveryPageOfTheVisitor_HasNoAxeViolation(Visitor visitor)
    {
        // Public pages are walked once, anonymously; a signed-in visitor walks the pages only they can see,
        // plus the home page for the signed-in header.
        var urls = RouteAccess.Rules
            .Where(r => r.Value.Expect(visitor) == Outcome.Page)
            .Where(r => visitor == Visitor.Anonyme || r.Key == "/" || r.Value.Expect(Visitor.Anonyme) != Outcome.Page)
            .Select(r => r.Value.Sample ?? r.Key)
            .Where(u => !u.Contains('{'))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.NotEmpty(urls);

        var page = visitor == Visitor.Anonyme
            ? await browser.NewPageAsync()
            : await browser.NewPageAsAsync(await browser.App.CreateUserAsync(AccessRule.RoleOf(visitor)));
        var failures = new List<string>();
        foreach (var url in urls)
        {
            Microsoft.Playwright.IResponse? response;
            try
            {
                response = await page.GotoAsync(url);
            }
            catch (Microsoft.Playwright.PlaywrightException e) when (e.Message.Contains("Download is starting"))
            {
                continue; // a file to download (a data export), not a page
            }
            if (response is null || response.Status != 200)
            {
                failures.Add($"{url} : statut {response?.Status}");
                continue;
            }
            // Feeds, sitemap.xml and robots.txt are not pages for people: axe has nothing to say about them.
            if (!(await response.HeaderValueAsync("content-type") ?? "").StartsWith("text/html", StringComparison.Ordinal))
                continue;
            var result = await page.RunAxe(new AxeRunOptions());
            if (result.Violations.Length > 0)
                failures.Add(Axe.Describe(url, result.Violations));
        }
        await page.Context.CloseAsync();

        Assert.True(failures.Count == 0, $"{visitor} : {failures.Count} page(s) en défaut sur {urls.Count}\n" + string.Join("\n", failures));
    }
}
