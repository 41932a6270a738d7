using System.Net;
using System.Text;
using Eig.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Eig.Tests.Pages;

public class RouteAccessTests(EigWebFactory factory) : IClassFixture<EigWebFactory>
{
    /// <summary>A page as routing knows it: its template (with a leading slash) and the page file behind it.</summary>
    public sealed record PageRoute(string Template, string Page, bool HasParameters);

    /// <summary>Every Razor Page route of the app. An Index page answers on "x/Index" and on "x": the shorter one stands for both.</summary>
    public static IReadOnlyList<PageRoute> PageRoutes(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Select(e => (Endpoint: e, Page: e.Metadata.GetMetadata<PageActionDescriptor>()))
            .Where(x => x.Page is not null)
            .GroupBy(x => x.Page!.ViewEnginePath)
            .Select(g => g.OrderBy(x => x.Endpoint.RoutePattern.RawText?.Length ?? 0).First())
            .Select(x => new PageRoute("/" + (x.Endpoint.RoutePattern.RawText ?? "").TrimStart('/'), x.Page!.ViewEnginePath,
                x.Endpoint.RoutePattern.Parameters.Count > 0))
            .OrderBy(r => r.Template, StringComparer.Ordinal)
            .ToList();

    [Fact]
    public void EveryPage_IsDeclaredInTheAccessTable()
    {
        var routes = PageRoutes(factory.Services);
        Assert.Contains(routes, r => r.Template == "/");

        var missing = routes.Where(r => !r.HasParameters && !RouteAccess.Rules.ContainsKey(r.Template))
            .Select(r => $"  - {r.Template} (page {r.Page})").ToList();
        var stale = RouteAccess.Rules.Keys.Where(k => routes.All(r => !string.Equals(r.Template, k, StringComparison.OrdinalIgnoreCase)))
            .Select(k => $"  - {k}").ToList();

        Assert.True(missing.Count == 0 && stale.Count == 0,
            (missing.Count > 0 ? "Pages sans règle dans RouteAccess.Rules (déclarez qui peut les voir) :\n" + string.Join("\n", missing) + "\n" : "")
            + (stale.Count > 0 ? "Règles sans page (route renommée ou supprimée ?) :\n" + string.Join("\n", stale) : ""));
    }

    [Fact]
    public async Task EveryPage_AnswersEachVisitorAsDeclared()
    {
        var clients = new Dictionary<Visitor, HttpClient>();
        foreach (var visitor in Enum.GetValues<Visitor>())
        {
            var client = factory.NewClient();
            if (visitor != Visitor.Anonyme)
                await factory.SignInAsAsync(client, await factory.CreateUserAsync(AccessRule.RoleOf(visitor)),
                    secondFactor: visitor != Visitor.StaffSansDeuxiemeFacteur);
            clients[visitor] = client;
        }

        var failures = new StringBuilder();
        var walked = 0;
        foreach (var route in PageRoutes(factory.Services))
        {
            if (!RouteAccess.Rules.TryGetValue(route.Template, out var rule)) continue; // reported by the test above
            var url = route.HasParameters ? rule.Sample : route.Template;
            if (url is null) continue;
            walked++;
            foreach (var (visitor, client) in clients)
            {
                using var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
                var expected = rule.Expect(visitor);
                var actual = Classify(response);
                if (actual != expected)
                    failures.AppendLine($"  - GET {url} [{rule}] en {visitor} : attendu {expected}, obtenu {Describe(response)}");
            }
        }
        foreach (var client in clients.Values) client.Dispose();

        Assert.True(walked > 0, "aucune page parcourue");
        Assert.True(failures.Length == 0, "Accès non conformes à RouteAccess.Rules :\n" + failures);
    }

    [Theory]
    [InlineData(Visitor.Anonyme, Outcome.Connexion)]
    [InlineData(Visitor.Porteur, Outcome.Page)]
    [InlineData(Visitor.Staff, Outcome.Page)]
    public async Task Walker_SignedInVisitorsAreReallySignedIn(Visitor visitor, Outcome expected)
    {
        // Guards the walker itself: if the minted cookies were ignored, every "signed in" visitor would be anonymous.
        using var client = factory.NewClient();
        if (visitor != Visitor.Anonyme)
            await factory.SignInAsAsync(client, await factory.CreateUserAsync(AccessRule.RoleOf(visitor)));

        using var response = await client.GetAsync("/compte", TestContext.Current.CancellationToken);

        Assert.Equal(expected, Classify(response));
    }

    [Theory]
    [InlineData(Visitor.Anonyme)]
    [InlineData(Visitor.Candidat)]
    public async Task UnknownAddress_Is404ForEveryone_NotALoginRedirect(Visitor visitor)
    {
        using var client = factory.NewClient();
        if (visitor != Visitor.Anonyme)
            await factory.SignInAsAsync(client, await factory.CreateUserAsync(AccessRule.RoleOf(visitor)));

        using var response = await client.GetAsync("/page-qui-n-existe-pas", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page non trouvée", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    public static Outcome? Classify(HttpResponseMessage response)
    {
        var path = LocationPath(response);
        return response.StatusCode switch
        {
            HttpStatusCode.OK => Outcome.Page,
            HttpStatusCode.Forbidden => Outcome.Refus,
            HttpStatusCode.NotFound => Outcome.Introuvable,
            HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther
                when path.StartsWith("/compte/connexion", StringComparison.OrdinalIgnoreCase)
                     && !path.StartsWith("/compte/connexion-", StringComparison.OrdinalIgnoreCase) => Outcome.Connexion,
            HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther
                when path.StartsWith("/erreur/403", StringComparison.OrdinalIgnoreCase) => Outcome.Refus,
            HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther
                when path.StartsWith("/compte/double-authentification", StringComparison.OrdinalIgnoreCase) => Outcome.DeuxiemeFacteur,
            HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther => Outcome.Redirection,
            _ => null,
        };
    }

    private static string LocationPath(HttpResponseMessage response) =>
        response.Headers.Location is not { } loc ? ""
        : loc.IsAbsoluteUri ? loc.AbsolutePath
        : loc.OriginalString.Split('?')[0];

    private static string Describe(HttpResponseMessage response) =>
        $"{(int)response.StatusCode}{(response.Headers.Location is { } l ? " → " + l : "")}";
}
