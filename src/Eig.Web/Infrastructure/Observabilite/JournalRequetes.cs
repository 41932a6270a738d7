using System.Diagnostics;
using System.Security.Claims;

namespace Eig.Web.Infrastructure.Observabilite;

/// <summary>One log line per request (category <c>Eig.Requetes</c>): method, route template, status, duration, user
/// id and trace id — one JSON object per line with <c>Logging:Json</c>. The route is the template
/// (<c>/espace-porteur/dossiers/{id:guid}</c>), so that lines group by page and carry no identifiers of the URL; what
/// answers before routing (a cached public page, the metrics guard) is named by its path.</summary>
public static partial class JournalRequetes
{
    public const string Categorie = "Eig.Requetes";

    private const string CleRoute = "Eig.Requetes.Route";

    /// <summary>Right after routing: keeps the first endpoint chosen for the request, before any re-execution.</summary>
    public static IApplicationBuilder UseRoutePourLeJournal(this IApplicationBuilder app) =>
        app.Use((ctx, next) =>
        {
            if (ctx.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is null
                && ctx.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerFeature>() is null)
                ctx.Items.TryAdd(CleRoute, ctx.GetEndpoint());
            return next(ctx);
        });

    // Generated: no argument array nor boxing per request, the template parsed once (a cached page costs tens of µs).
    [LoggerMessage(EventId = 0, Level = LogLevel.Information, Message = "{Method} {Route} {Status} {DurationMs} {UserId} {TraceId}")]
    internal static partial void Ligne(ILogger logger, string method, string route, int status, double durationMs, string? userId, string traceId);

    public static IApplicationBuilder UseJournalRequetes(this IApplicationBuilder app)
    {
        var logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger(Categorie);
        return app.Use(async (ctx, next) =>
        {
            if (!logger.IsEnabled(LogLevel.Information))
            {
                await next();
                return;
            }
            var debut = Stopwatch.GetTimestamp();
            try
            {
                await next();
            }
            finally
            {
                // The endpoint routing chose first (an error or status page re-executes the pipeline for its own page);
                // none: a cached page or a middleware answered before routing, and the path names the request.
                var route = ctx.Items.TryGetValue(CleRoute, out var e) && (e as RouteEndpoint)?.RoutePattern.RawText is { } modele
                    // Razor Pages' templates have no leading slash (evenements/{id:guid}); minimal APIs' have one.
                    ? "/" + modele.TrimStart('/')
                    : ctx.Request.Path.Value ?? "/";
                Ligne(logger, ctx.Request.Method, route, ctx.Response.StatusCode,
                    Math.Round(Stopwatch.GetElapsedTime(debut).TotalMilliseconds, 1),
                    ctx.User.Identity?.IsAuthenticated == true ? ctx.User.FindFirstValue(ClaimTypes.NameIdentifier) : null, Reference.De(ctx));
            }
        });
    }
}

/// <summary>The reference of a request that a person can quote (shown on the 500 page) and staff find in the logs:
/// its W3C trace id, the same in the request line, the error entry and the traces.</summary>
public static class Reference
{
    public static string De(HttpContext ctx) => Activity.Current?.TraceId.ToHexString() ?? ctx.TraceIdentifier;
}
