namespace Eig.Web.Infrastructure.Security;

public static class SecurityHeaders
{
    /// <summary>No inline script or style anywhere: DSFR and our own files come from 'self'. Frames only from the
    /// video hosts a visitor chose to play (Contenus/Shortcodes.cs).</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; frame-src https://www.youtube-nocookie.com https://www.dailymotion.com https://player.vimeo.com; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app)
    {
        // The ProConnect button and the logout are forms whose answer redirects to the provider: Chromium applies
        // form-action to that redirect, so the provider's origin is allowed there (and nowhere else).
        var proConnect = app.ApplicationServices.GetRequiredService<IConfiguration>()["ProConnect:Authority"];
        var csp = Uri.TryCreate(proConnect, UriKind.Absolute, out var pc)
            ? ContentSecurityPolicy.Replace("form-action 'self'", $"form-action 'self' {pc.GetLeftPart(UriPartial.Authority)}", StringComparison.Ordinal)
            : ContentSecurityPolicy;
        return app.Use(async (ctx, next) =>
        {
            ctx.Response.OnStarting(() =>
            {
                var h = ctx.Response.Headers;
                // A response may set a stricter policy of its own (an SVG of the media library).
                if (string.IsNullOrEmpty(h.ContentSecurityPolicy)) h.ContentSecurityPolicy = csp;
                h.XContentTypeOptions = "nosniff";
                h.XFrameOptions = "DENY";
                h["Referrer-Policy"] = "strict-origin-when-cross-origin";
                h["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
                return Task.CompletedTask;
            });
            await next();
        });
    }
}
