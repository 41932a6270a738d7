namespace Eig.Web.Infrastructure.Security;

public static class SecurityHeaders
{
    /// <summary>No inline script or style anywhere: DSFR and our own files come from 'self'. Frames only from the
    /// video hosts a visitor chose to play (Contenus/Shortcodes.cs).</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; frame-src https://www.youtube-nocookie.com https://www.dailymotion.com https://player.vimeo.com; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    /// <summary>For what is never a page (an image, a font, a stylesheet, a script): nothing of it may load anything,
    /// nor be framed. Stricter than the page's policy, and 45 bytes instead of 330 on each of the 20-odd files of a first
    /// visit (with X-Frame-Options and Permissions-Policy, which only documents read: 7–9 KB a visit). An SVG opened on
    /// its own is covered too (image/svg+xml).</summary>
    public const string ContentSecurityPolicyRessource = "default-src 'none'; frame-ancestors 'none'";

    private static bool Ressource(string? type) => type is not null
        && (type.StartsWith("image/", StringComparison.OrdinalIgnoreCase) || type.StartsWith("font/", StringComparison.OrdinalIgnoreCase)
            || type.StartsWith("text/css", StringComparison.OrdinalIgnoreCase) || type.StartsWith("text/javascript", StringComparison.OrdinalIgnoreCase));

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
                var ressource = Ressource(ctx.Response.ContentType);
                if (string.IsNullOrEmpty(h.ContentSecurityPolicy)) h.ContentSecurityPolicy = ressource ? ContentSecurityPolicyRessource : csp;
                h.XContentTypeOptions = "nosniff";
                // Documents and stylesheets make requests (a stylesheet's fonts and icons follow its own referrer
                // policy); an image, a font or a script does not: 50 bytes less on most of a first visit's responses.
                if (!ressource || ctx.Response.ContentType!.StartsWith("text/css", StringComparison.OrdinalIgnoreCase))
                    h["Referrer-Policy"] = "strict-origin-when-cross-origin";
                // Framing and browser features concern documents only; a file's policy already says frame-ancestors 'none'.
                if (!ressource)
                {
                    h.XFrameOptions = "DENY";
                    h["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
                }
                // Pages for a signed-in person (their data, their files, exports) are never kept by a browser or a
                // proxy: a shared computer's history and back button show nothing after logout.
                var page = ctx.GetEndpoint()?.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.RazorPages.PageActionDescriptor>() is not null;
                if (page && (ctx.User.Identity?.IsAuthenticated == true
                             || ctx.GetEndpoint()?.Metadata.GetMetadata<Microsoft.AspNetCore.Authorization.IAllowAnonymous>() is null))
                {
                    h.CacheControl = "no-store";
                    h.Pragma = "no-cache";
                }
                return Task.CompletedTask;
            });
            await next();
        });
    }
}
