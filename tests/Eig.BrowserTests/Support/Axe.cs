using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Eig.BrowserTests.Support;

/// <summary>Runs axe-core in the page and fails with one readable line per violation and element.</summary>
public static class Axe
{
    public static async Task AssertNoViolationsAsync(IPage page, AxeRunOptions? options = null)
    {
        var result = await page.RunAxe(options);
        Assert.True(result.Violations.Length == 0, Describe(page.Url, result.Violations));
    }

    public static string Describe(string url, AxeResultItem[] violations)
    {
        var text = new StringBuilder($"{violations.Length} règle(s) d'accessibilité non respectée(s) sur {url} :");
        foreach (var v in violations)
        {
            text.AppendLine().Append($"- {v.Id} ({v.Impact}) : {v.Help} — {v.HelpUrl}");
            foreach (var node in v.Nodes)
                text.AppendLine().Append($"    {string.Join(" > ", node.Target?.ToString() ?? "?")} : {Shorten(node.Html)}");
        }
        return text.ToString();
    }

    private static string Shorten(string? html) =>
        html is null ? "" : System.Text.RegularExpressions.Regex.Replace(html, @"\s+", " ") is var h && h.Length > 160 ? h[..160] + "…" : h;
}
