using System.Net;
using Eig.Tests.Support;
using Eig.Web;
using Eig.Web.Domain.Comptes;
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
        await factory.Services.GetRequiredService<IOutputCacheStore>().EvictByTagAsync(WebApp.PublicCacheTag, TestContext.Current.CancellationToken);

    [Fact]
    public async Task AnonymousVisitors_GetTheCachedPage_UntilPublicationEvictsIt()
    {
        await Evict();
        using var client = factory.NewClient();

        using var first = await Get(client, "/mentions-legales");
        using var second = await Get(client, "/mentions-legales");
        await Evict();
        using var third = await Get(client, "/mentions-legales");

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Null(first.Headers.Age);
        Assert.NotNull(second.Headers.Age);
        Assert.Null(third.Headers.Age);
    }

    [Fact]
    public async Task SignedInVisitors_AreNeverServedFromTheCache()
    {
        await Evict();
        using var anonymous = factory.NewClient();
        (await Get(anonymous, "/plan-du-site")).Dispose();
        using var client = factory.NewClient();
        await factory.SignInAsAsync(client, await factory.CreateUserAsync(Roles.Candidat));

        using var response = await Get(client, "/plan-du-site");

        Assert.Null(response.Headers.Age);
        Assert.Contains("Se déconnecter", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task AVisitorWithAFlashMessage_GetsAFreshPage()
    {
        await Evict();
        using var client = factory.NewClient();
        (await Get(client, "/accessibilite")).Dispose();

        using var response = await Get(client, "/accessibilite", $"{WebApp.TempDataCookie}=quelque-chose");

        Assert.Null(response.Headers.Age);
    }
}
