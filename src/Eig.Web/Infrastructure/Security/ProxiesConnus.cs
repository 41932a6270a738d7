using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Eig.Web.Infrastructure.Security;

/// <summary>
/// X-Forwarded-For and X-Forwarded-Proto are believed only when they come from a configured reverse proxy
/// (<c>ForwardedHeaders:KnownProxies</c>, addresses, and <c>ForwardedHeaders:KnownNetworks</c>, CIDR ranges). With
/// neither, nobody is trusted, loopback included: the rate limits, the sign-in delays and the audit trail see the
/// address of the connection, which a client cannot choose.
/// </summary>
public static class ProxiesConnus
{
    /// <summary>The options for the configured proxies; null when there are none (the middleware is then left out:
    /// with empty lists it would trust every client).</summary>
    public static ForwardedHeadersOptions? Options(IConfiguration config)
    {
        var proxies = config.GetSection("ForwardedHeaders:KnownProxies").Get<string[]>() ?? [];
        var reseaux = config.GetSection("ForwardedHeaders:KnownNetworks").Get<string[]>() ?? [];
        if (proxies.Length == 0 && reseaux.Length == 0) return null;
        var options = new ForwardedHeadersOptions
        {
            ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto,
            // One proxy in front of the app: only the address it saw is taken, not what the client wrote before it.
            ForwardLimit = 1,
        };
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in proxies)
            options.KnownProxies.Add(IPAddress.Parse(proxy.Trim()));
        foreach (var reseau in reseaux)
            options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(reseau.Trim()));
        return options;
    }
}
