using Npgsql;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Eig.Web.Infrastructure.Observabilite;

/// <summary>OpenTelemetry: traces (ASP.NET Core, outgoing HTTP, Npgsql) recorded and sent over OTLP when
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set; metrics (the same, plus <see cref="Metriques"/>) scraped by Prometheus at
/// <c>/metrics</c>, which answers only with <c>Authorization: Bearer</c> and the token of
/// <c>Observabilite:JetonMetriques</c> (404 without a configured token).</summary>
public static class Telemetrie
{
    public const string CheminMetriques = "/metrics";

    public static void Ajouter(IServiceCollection services, IConfiguration config)
    {
        services.AddSingleton<Metriques>();
        var otlp = !string.IsNullOrWhiteSpace(config["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        var otel = services.AddOpenTelemetry().ConfigureResource(r => r.AddService("eig-web"));
        // Traces only where they go somewhere: without an exporter, recording every request's spans and tags (a cached
        // page included) is work thrown away. The trace id of the logs and of the 500 page does not need it: ASP.NET
        // Core starts each request's activity for the logs anyway.
        if (otlp)
            otel.WithTracing(t => t
                .AddAspNetCoreInstrumentation(o => o.Filter = ctx => !ctx.Request.Path.StartsWithSegments(CheminMetriques))
                .AddHttpClientInstrumentation()
                .AddNpgsql()
                .AddOtlpExporter());
        otel.WithMetrics(m => m
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddMeter("Npgsql", Metriques.NomMeter)
                .AddPrometheusExporter());
    }

    /// <summary>Before routing: the scrape endpoint is for the monitoring only.</summary>
    public static IApplicationBuilder UseProtectionMetriques(this IApplicationBuilder app)
    {
        var jeton = app.ApplicationServices.GetRequiredService<IConfiguration>()["Observabilite:JetonMetriques"];
        return app.Use(async (ctx, next) =>
        {
            if (ctx.Request.Path.StartsWithSegments(CheminMetriques))
            {
                if (string.IsNullOrEmpty(jeton)) { ctx.Response.StatusCode = StatusCodes.Status404NotFound; return; }
                var attendu = "Bearer " + jeton;
                var recu = ctx.Request.Headers.Authorization.ToString();
                if (!System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(
                        System.Text.Encoding.UTF8.GetBytes(recu), System.Text.Encoding.UTF8.GetBytes(attendu)))
                {
                    ctx.Response.StatusCode = StatusCodes.Status401Unauthorized;
                    ctx.Response.Headers.WWWAuthenticate = "Bearer";
                    return;
                }
            }
            await next();
        });
    }
}
