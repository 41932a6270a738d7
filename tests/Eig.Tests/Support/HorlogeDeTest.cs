using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Eig.Tests.Support;

/// <summary>A clock a test moves by hand (cookie expiry and refresh, delays, authenticator steps).</summary>
public sealed class HorlogeDeTest(DateTimeOffset debut) : TimeProvider
{
    private DateTimeOffset _maintenant = debut;

    public HorlogeDeTest() : this(DateTimeOffset.UtcNow) { }

    public override DateTimeOffset GetUtcNow() => _maintenant;

    public void Avancer(TimeSpan duree) => _maintenant += duree;
}

/// <summary>TestServer has no client address; the X-Test-Client header gives one (before the app's own middleware,
/// as a socket would), so that tests can be a proxy or a client of their choice.</summary>
public sealed class AdresseClienteDeTest : IStartupFilter
{
    public const string Entete = "X-Test-Client";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((ctx, suite) =>
        {
            if (ctx.Request.Headers.TryGetValue(Entete, out var v) && IPAddress.TryParse(v.ToString(), out var ip))
                ctx.Connection.RemoteIpAddress = ip;
            return suite(ctx);
        });
        next(app);
    };
}
