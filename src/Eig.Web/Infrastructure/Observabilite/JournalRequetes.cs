using System.Diagnostics;
using System.Security.Claims;

namespace Eig.Web.Infrastructure.Observabilite;

/// <summary>One log line per request (category <c>Eig.Requetes</c>): method, route template, status, duration, user
/// id and trace id — one JSON object per line with <c>Logging:Json</c>. The route is the template
/// (<c>/espace-porteur/dossiers/{id:guid}</c>), so that lines group by page and carry no identifiers of the URL.</summary>
public static class JournalRequetes
{
    public const string Categorie = "Eig.Requetes";

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
                // After an exception or a status page, the endpoint is the error page's: name the one that answered first.
                var endpoint = ctx.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerFeature>()?.Endpoint
                               ?? ctx.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>()?.Endpoint
                               ?? ctx.GetEndpoint();
                var route = (endpoint as RouteEndpoint)?.RoutePattern.RawText ?? endpoint?.DisplayName ?? "(aucune route)";
                logger.LogInformation("{Method} {Route} {Status} {DurationMs} {UserId} {TraceId}",
                    ctx.Request.Method, route, ctx.Response.StatusCode,
                    Math.Round(Stopwatch.GetElapsedTime(debut).TotalMilliseconds, 1),
                    ctx.User.FindFirstValue(ClaimTypes.NameIdentifier), Reference.De(ctx));
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
