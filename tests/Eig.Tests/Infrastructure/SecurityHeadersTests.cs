using System.Net;
using Eig.Tests.Support;

namespace Eig.Tests.Infrastructure;

public class SecurityHeadersTests(EigWebFactory factory) : IClassFixture<EigWebFactory>
{
    [Fact]
    public async Task Get_Home_SendsSecurityHeaders()
    {
        using var client = factory.NewClient();

        using var response = await client.GetAsync("/", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var csp = Header(response, "Content-Security-Policy");
        Assert.DoesNotContain("'unsafe-inline'", csp);
        Assert.DoesNotContain("'unsafe-eval'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("script-src 'self'", csp);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.False(string.IsNullOrWhiteSpace(Header(response, "Referrer-Policy")));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
    }

    [Fact]
    public async Task Get_UnknownPage_StillSendsCsp()
    {
        using var client = factory.NewClient();

        using var response = await client.GetAsync("/nexiste-pas-" + Guid.NewGuid().ToString("N"), TestContext.Current.CancellationToken);

        Assert.Contains("frame-ancestors 'none'", Header(response, "Content-Security-Policy"));
    }

    [Fact]
    public async Task Get_Stylesheet_SendsTheStrictPolicyOfFilesThatAreNotPages()
    {
        using var client = factory.NewClient();
        var page = await EigWebFactory.GetDocumentAsync(client, "/");
        var feuille = page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;

        using var response = await client.GetAsync(feuille, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("default-src 'none'; frame-ancestors 'none'", Header(response, "Content-Security-Policy"));
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.False(response.Headers.Contains("X-Frame-Options"));
        // A stylesheet's fonts and icons are requested under its own referrer policy.
        Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
    }

    [Fact]
    public async Task Get_Script_SendsNoReferrerPolicy_WhichOnlyDocumentsAndStylesheetsUse()
    {
        using var client = factory.NewClient();
        var page = await EigWebFactory.GetDocumentAsync(client, "/");
        var script = page.QuerySelector("script[src]")!.GetAttribute("src")!;

        using var response = await client.GetAsync(script, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.False(response.Headers.Contains("Referrer-Policy"));
    }

    private static string Header(HttpResponseMessage response, string name)
    {
        if (response.Headers.TryGetValues(name, out var values)) return string.Join(", ", values);
        if (response.Content.Headers.TryGetValues(name, out var contentValues)) return string.Join(", ", contentValues);
        Assert.Fail($"En-tête {name} absent de la réponse à {response.RequestMessage?.RequestUri}");
        return "";
    }
}
