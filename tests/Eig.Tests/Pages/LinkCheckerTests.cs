using System.Net;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Eig.Tests.Support;
using Eig.Web.Comptes;
using Eig.Web.Infrastructure.Demo;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Eig.Tests.Pages;

/// <summary>
/// The link checker: on the demo data, for an anonymous visitor and for each demo account, a crawl from the home page
/// of every same-site link and every form action on every page reached, as a visitor clicks: signed in, the header's
/// "Mon espace" leads to the role's home, and on from there; no address is typed but the home page's. None may answer 404
/// or a server error; redirects are followed. Runs on SQLite and on PostgreSQL like the rest of Eig.Tests.
/// </summary>
public class LinkCheckerTests(EigWebFactory factory) : IClassFixture<EigWebFactory>
{
    /// <summary>Enough for every page of the demo, with a bound so that a link generating links cannot loop.</summary>
    private const int PagesMax = 600;

    public sealed record Bilan(string Visiteur, int Pages, int Liens, List<string> Echecs, IReadOnlySet<string> Atteintes);

    public static TheoryData<string> Visiteurs => new(["anonyme", .. DemoSeeder.Comptes.Select(c => c.Role)]);

    private static readonly SemaphoreSlim Seed = new(1, 1);
    private bool _seeded;

    private async Task SeedAsync()
    {
        await Seed.WaitAsync();
        try
        {
            if (_seeded) return;
            using var scope = factory.Services.CreateScope();
            await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync();
            _seeded = true;
        }
        finally { Seed.Release(); }
    }

    /// <summary>A demo account signed in; staff get the second factor the demo asks them to set up at first login.</summary>
    private async Task<HttpClient> ClientAsync(string role)
    {
        var client = factory.NewClient();
        if (role == "anonyme") return client;
        var email = DemoSeeder.Comptes.Single(c => c.Role == role).Email;
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Utilisateur>>();
        var user = (await users.FindByEmailAsync(email))!;
        string? key = null;
        if (role == Roles.Staff)
        {
            await users.ResetAuthenticatorKeyAsync(user);
            await users.SetTwoFactorEnabledAsync(user, true);
            key = await users.GetAuthenticatorKeyAsync(user);
        }
        await factory.SignInAsAsync(client, new TestUser(user.Id, email, "", role, key));
        return client;
    }

    [Theory]
    [MemberData(nameof(Visiteurs))]
    public async Task EveryLinkAndFormAction_OfEveryPageReached_Answers(string visiteur)
    {
        await SeedAsync();
        using var client = await ClientAsync(visiteur);
        var bilan = await CrawlAsync(client, visiteur, ["/"]);
        TestContext.Current.TestOutputHelper?.WriteLine($"{bilan.Visiteur} : {bilan.Pages} pages, {bilan.Liens} liens et actions vérifiés");
        Console.WriteLine($"[liens] {bilan.Visiteur} : {bilan.Pages} pages, {bilan.Liens} liens et actions vérifiés, {bilan.Echecs.Count} en échec");
        Assert.True(bilan.Pages > 10, $"{visiteur} : seulement {bilan.Pages} pages atteintes");
        if (visiteur != "anonyme") Assert.Contains("/mon-espace", bilan.Atteintes);
        Assert.True(bilan.Echecs.Count == 0, $"{visiteur} : liens cassés\n" + string.Join("\n", bilan.Echecs.Take(60)));
    }

    public static async Task<Bilan> CrawlAsync(HttpClient client, string visiteur, IEnumerable<string> departs)
    {
        var vus = new HashSet<string>(StringComparer.Ordinal);
        var atteintes = new HashSet<string>(StringComparer.Ordinal);
        var file = new Queue<(string Url, string Depuis)>();
        foreach (var d in departs) { vus.Add(d); file.Enqueue((d, "départ")); }
        var echecs = new List<string>();
        int pages = 0, liens = 0;
        var ct = TestContext.Current.CancellationToken;
        while (file.Count > 0 && pages < PagesMax)
        {
            var (url, depuis) = file.Dequeue();
            liens++;
            var (reponse, finale) = await SuivreAsync(client, url, ct);
            using (reponse)
            {
                var statut = (int)reponse.StatusCode;
                if (statut == 404 || statut >= 500)
                {
                    echecs.Add($"  - {statut} {url} (lien de {depuis})");
                    continue;
                }
                if (reponse.StatusCode != HttpStatusCode.OK || reponse.Content.Headers.ContentType?.MediaType != "text/html") continue;
                pages++;
                atteintes.Add(url);
                var doc = await EigWebFactory.ParseAsync(reponse);
                var cibles = doc.QuerySelectorAll<IHtmlAnchorElement>("a[href]").Select(a => a.GetAttribute("href")!)
                    // A POST form's handler is not a link: its page (the action without its query) must exist.
                    .Concat(doc.QuerySelectorAll<IHtmlFormElement>("form").Select(f =>
                    {
                        var action = f.GetAttribute("action") is { Length: > 0 } a ? a : finale;
                        return string.Equals(f.GetAttribute("method"), "post", StringComparison.OrdinalIgnoreCase) ? action.Split('?')[0] : action;
                    }));
                foreach (var brut in cibles)
                {
                    if (Interne(brut, finale) is not { } cible || !vus.Add(cible)) continue;
                    file.Enqueue((cible, finale));
                }
            }
        }
        return new Bilan(visiteur, pages, liens, echecs, atteintes);
    }

    /// <summary>GET, following the site's own redirects (a sign-in page, a role's home), at most five.</summary>
    private static async Task<(HttpResponseMessage, string)> SuivreAsync(HttpClient client, string url, CancellationToken ct)
    {
        var courant = url;
        for (var i = 0; ; i++)
        {
            var r = await client.GetAsync(courant, ct);
            if (i == 5 || (int)r.StatusCode is < 300 or >= 400 || r.Headers.Location is not { } loc) return (r, courant);
            var suivant = loc.IsAbsoluteUri ? (loc.Host == EigWebFactory.BaseUri.Host ? loc.PathAndQuery : null) : loc.OriginalString;
            if (suivant is null) return (r, courant);
            r.Dispose();
            courant = suivant;
        }
    }

    /// <summary>The same-site path and query a link or form action points to, or null for another site, an anchor,
    /// mail and phone links.</summary>
    public static string? Interne(string href, string depuis)
    {
        href = href.Trim();
        if (href.Length == 0 || href.StartsWith('#') || href.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)
            || href.StartsWith("tel:", StringComparison.OrdinalIgnoreCase) || href.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase))
            return null;
        if (!Uri.TryCreate(new Uri(EigWebFactory.BaseUri, depuis), href, out var absolu)) return href;
        if (absolu.Scheme is not ("http" or "https") || absolu.Host != EigWebFactory.BaseUri.Host) return null;
        return absolu.PathAndQuery;
    }
}
