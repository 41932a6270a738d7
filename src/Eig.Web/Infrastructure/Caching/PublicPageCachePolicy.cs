using Microsoft.AspNetCore.OutputCaching;

namespace Eig.Web.Infrastructure.Caching;

/// <summary>
/// Added to the public pages' cache policy, on top of the framework's default rules (no signed-in request, no
/// response that sets a cookie). It keeps two more things out of the shared cache:
/// a request carrying a flash message (it must see its own message, not a cached page), and a response that asks
/// not to be stored — antiforgery does that on every page with a form, whose token belongs to one visitor.
/// </summary>
public sealed class PublicPageCachePolicy : IOutputCachePolicy
{
    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        if (context.HttpContext.Request.Cookies.ContainsKey(WebApp.TempDataCookie))
        {
            context.AllowCacheLookup = false;
            context.AllowCacheStorage = false;
        }
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var cacheControl = context.HttpContext.Response.Headers.CacheControl.ToString();
        if (cacheControl.Contains("no-store", StringComparison.OrdinalIgnoreCase)
            || cacheControl.Contains("private", StringComparison.OrdinalIgnoreCase))
            context.AllowCacheStorage = false;
        return ValueTask.CompletedTask;
    }
}
