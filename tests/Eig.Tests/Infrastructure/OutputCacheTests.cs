using System.Net;
using Eig.Tests.Support;
using Eig.Web;
using Eig.Web.Contenus.Site;
using Eig.Web.Comptes;
using Microsoft.AspNetCore.OutputCaching;
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
        await factory.Services.GetRequiredService<IOutputCacheStore>().EvictByTagAsync(CachePublicPolicy.Tag, TestContext.Current.CancellationToken);

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
    public async Task AResponseAskingNotToBeStored_IsNotStored(string? cacheControl, bool stored)
    {
        // Antiforgery marks every page with a token "no-cache, no-store": such a page belongs to one visitor, even
        // when no Set-Cookie goes out because the visitor already had the cookie.
        var http = new Microsoft.AspNetCore.Http.DefaultHttpContext();
        http.Response.StatusCode = 200;
        if (cacheControl is not null) http.Response.Headers.CacheControl = cacheControl;
        var context = new OutputCacheContext { HttpContext = http, AllowCacheStorage = true };

        await new CachePublicPolicy().ServeResponseAsync(context, TestContext.Current.CancellationToken);

        Assert.Equal(stored, context.AllowCacheStorage);
    }
}
