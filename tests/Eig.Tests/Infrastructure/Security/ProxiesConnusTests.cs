using System.Net;
using Eig.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Eig.Tests.Infrastructure.Security;

/// <summary>Finding 5: X-Forwarded-For was believed from any client the default trusted, so anyone could pick the
/// address the rate limiter, the sign-in delays and the audit trail saw.</summary>
public class ProxiesConnusTests
{
    private static async Task<string?> AdresseAuditeeAsync(EigWebFactory f, string client, string? forwarded)
    {
        using var http = f.NewClient();
        http.DefaultRequestHeaders.Add(AdresseClienteDeTest.Entete, client);
        var email = $"trace-{Guid.NewGuid():N}@exemple.fr";
        await EigWebFactory.GetDocumentAsync(http, "/compte/connexion");
        if (forwarded is not null) http.DefaultRequestHeaders.Add("X-Forwarded-For", forwarded);
        (await EigWebFactory.LoginAsync(http, email, "un mot de passe quelconque")).Dispose();
        return await f.WithDbAsync(db => db.Audit.Where(a => a.ActeurEmail == email).Select(a => a.AdresseIp).SingleAsync());
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("203.0.113.5")]
    public async Task WithoutConfiguredProxies_ForwardedForIsIgnored(string client)
    {
        await using var f = new EigWebFactory();

        Assert.Equal(client, await AdresseAuditeeAsync(f, client, "198.51.100.77"));
    }

    [Fact]
    public async Task WithoutConfiguredProxies_ForgedAddressesDoNotEscapeTheRateLimit()
    {
        await using var f = new EigWebFactory { FormsPerMinute = 3 };
        using var http = f.NewClient();
        http.DefaultRequestHeaders.Add(AdresseClienteDeTest.Entete, "127.0.0.1");
        var statuts = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            var token = (await EigWebFactory.GetDocumentAsync(http, "/compte/connexion"))
                .QuerySelector($"input[name='{EigWebFactory.AntiforgeryField}']")!.GetAttribute("value")!;
            using var post = new HttpRequestMessage(HttpMethod.Post, "/compte/connexion")
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["Input.Email"] = "x@exemple.fr", ["Input.Password"] = "un mot de passe", [EigWebFactory.AntiforgeryField] = token,
                }),
            };
            post.Headers.Add("X-Forwarded-For", $"198.51.100.{i + 1}");
            using var r = await http.SendAsync(post, TestContext.Current.CancellationToken);
            statuts.Add(r.StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, statuts[^1]);
    }

    [Fact]
    public async Task FromAConfiguredProxy_TheClientAddressItForwardsIsUsed()
    {
        await using var f = new EigWebFactory
        {
            Settings = { ["ForwardedHeaders:KnownProxies:0"] = "10.0.0.2", ["ForwardedHeaders:KnownNetworks:0"] = "192.168.50.0/24" },
        };

        Assert.Equal("198.51.100.77", await AdresseAuditeeAsync(f, "10.0.0.2", "198.51.100.77"));
        Assert.Equal("198.51.100.78", await AdresseAuditeeAsync(f, "192.168.50.9", "198.51.100.78"));
        Assert.Equal("10.0.0.3", await AdresseAuditeeAsync(f, "10.0.0.3", "198.51.100.79"));
    }
}
