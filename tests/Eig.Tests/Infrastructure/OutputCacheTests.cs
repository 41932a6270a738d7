using System.Net;
using Eig.Tests.Support;
using Eig.Web;
using Eig.Web.Contenus.Site;
using Eig.Web.Comptes;
using Microsoft.Extensions.DependencyInjection;

namespace Eig.Tests.Infrastructure;

/// <summary>Public pages come from the output cache for anonymous visitors; the Age header tells a cached answer.</summary>
public class OutputCacheTests(EigWebFactory factory) : IClassFixture<EigWebFactory>
{
    private async Task<HttpResponseMessage> Get(HttpClient client, string url, string? cookie = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (cookie is not null) request.Headers.Add("Cookie", cookie);
        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    private async Task Evict() =>
        await factory.Services.GetRequiredService<CachePublic>().ViderAsync(TestContext.Current.CancellationToken);

    [Fact]
    public async Task AnonymousVisitors_GetTheCachedPage_UntilEvicted()
    {
        await Evict();
        using var client = factory.NewClient();

        using var first = await Get(client, "/faq");
        using var second = await Get(client, "/faq");
        await Evict();
        using var third = await Get(client, "/faq");

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Null(first.Headers.Age);
        Assert.NotNull(second.Headers.Age);
        Assert.Null(third.Headers.Age);
        // The security headers travel with the cached copy.
        Assert.True(second.Headers.Contains("Content-Security-Policy"));
    }

    [Theory]
    [InlineData("/participer/administrations/proposer")]
    [InlineData("/participer/candidats/postuler")]
    public async Task TheCallsFrontDoors_AreCachedForAnonymousVisitors_ButNotForSignedInOnes(string url)
    {
        // The pages an opening day's visitors go to: rendered on each request, they were the slowest public pages.
        await Evict();
        using var anonymous = factory.NewClient();
        (await Get(anonymous, url)).Dispose();
        using var second = await Get(anonymous, url);
        using var client = factory.NewClient();
        await factory.SignInAsAsync(client, await factory.CreateUserAsync(Roles.Porteur));

        using var signedIn = await Get(client, url);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.NotNull(second.Headers.Age);
        Assert.Null(signedIn.Headers.Age);
    }

    [Fact]
    public async Task SignedInVisitors_AreNeverServedFromTheCache()
    {
        await Evict();
        using var anonymous = factory.NewClient();
        (await Get(anonymous, "/faq")).Dispose();
        using var client = factory.NewClient();
        await factory.SignInAsAsync(client, await factory.CreateUserAsync(Roles.Candidat));

        using var response = await Get(client, "/faq");

        Assert.Null(response.Headers.Age);
        Assert.Contains("Se déconnecter", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task AVisitorWithAFlashMessage_GetsAFreshPage()
    {
        await Evict();
        using var client = factory.NewClient();
        (await Get(client, "/faq")).Dispose();

        using var response = await Get(client, "/faq", $"{WebApp.TempDataCookie}=quelque-chose");

        Assert.Null(response.Headers.Age);
    }

    [Theory]
    [InlineData("no-cache, no-store", false)]
    [InlineData("private", false)]
    [InlineData(null, true)]
    public void AResponseAskingNotToBeStored_IsNotStored(string? cacheControl, bool stored)
    {
        // Antiforgery marks every page with a token "no-cache, no-store": such a page belongs to one visitor, even
        // when no Set-Cookie goes out because the visitor already had the cookie.
        var http = new Microsoft.AspNetCore.Http.DefaultHttpContext();
        http.Response.StatusCode = 200;
        if (cacheControl is not null) http.Response.Headers.CacheControl = cacheControl;

        Assert.Equal(stored, CachePublicPolicy.Stockable(http.Response));
    }

    [Fact]
    public async Task ConcurrentFirstVisitors_TheFirstRendersThePage_TheOthersGetItsCopy()
    {
        // An opening day's cold cache: the page is rendered once, not once per visitor arriving at the same moment.
        await Evict();
        using var client = factory.NewClient();

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Get(client, "/faq")));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Single(responses, r => r.Headers.Age is null);
        var bodies = await Task.WhenAll(responses.Select(r => r.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)));
        Assert.Single(bodies.Distinct());
        foreach (var r in responses) r.Dispose();
    }

    [Theory]
    [InlineData("br", "br")]
    [InlineData("gzip", "gzip")]
    [InlineData(null, null)]
    public async Task EachEncoding_IsKeptApart_AndServedWithItsHeaders(string? accept, string? encoding)
    {
        await Evict();
        using var client = factory.NewClient();
        async Task<HttpResponseMessage> Demande()
        {
            var request = new HttpRequestMessage(HttpMethod.Get, "/faq");
            if (accept is not null) request.Headers.Add("Accept-Encoding", accept);
            return await client.SendAsync(request, TestContext.Current.CancellationToken);
        }
        // Another encoding first: its copy must not be the one served below.
        using (var autre = new HttpRequestMessage(HttpMethod.Get, "/faq"))
        {
            autre.Headers.Add("Accept-Encoding", accept == "br" ? "gzip" : "br");
            (await client.SendAsync(autre, TestContext.Current.CancellationToken)).Dispose();
        }

        using var first = await Demande();
        using var second = await Demande();

        Assert.Null(first.Headers.Age);
        Assert.NotNull(second.Headers.Age);
        Assert.Equal(encoding, second.Content.Headers.ContentEncoding.SingleOrDefault());
        var a = await first.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        var b = await second.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        Assert.Equal(a, b);
        Assert.Equal(b.Length, second.Content.Headers.ContentLength);
        Assert.Equal(first.Headers.GetValues("Content-Security-Policy"), second.Headers.GetValues("Content-Security-Policy"));
        Assert.Equal(first.Content.Headers.ContentType, second.Content.Headers.ContentType);
    }

    [Fact]
    public async Task AHeadRequest_IsAnsweredByThePage_NotFromTheCopy()
    {
        await Evict();
        using var client = factory.NewClient();
        (await Get(client, "/faq")).Dispose();

        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/faq"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Null(head.Headers.Age);
    }
}
