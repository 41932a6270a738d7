using Microsoft.AspNetCore.OutputCaching;

namespace Eig.Web.Content.Site;

/// <summary>
/// The public site's pages come from the output cache, tagged "contenu" and evicted whenever content is saved,
/// published or imported (a minute at most otherwise, so that a call opening shows soon too). Only an allow-list of
/// this feature's anonymous pages is cached, and never a request carrying the sign-in or flash-message cookie nor a
/// response setting a cookie: a cached page holds nothing personal and no antiforgery token.
/// </summary>
public sealed class CachePublicPolicy : IOutputCachePolicy
{
    public const string Tag = "contenu";
    private static readonly string[] Exactes = ["/", "/programme", "/participer/administrations", "/participer/candidats",
        "/talents", "/equipe", "/faq", "/sitemap.xml", "/robots.txt", "/defis", "/actualites"];
    private static readonly string[] Prefixes = ["/defis/", "/actualites/", "/pages/"];

    public static bool Cachable(HttpRequest r)
    {
        if (!HttpMethods.IsGet(r.Method) && !HttpMethods.IsHead(r.Method)) return false;
        if (r.Cookies.ContainsKey("eig.auth") || r.Cookies.ContainsKey(WebApp.TempDataCookie)) return false;
        if (r.Query.ContainsKey("apercu")) return false;
        var p = (r.Path.Value ?? "/").ToLowerInvariant();
        return Exactes.Contains(p) || Prefixes.Any(x => p.StartsWith(x, StringComparison.Ordinal));
    }

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken ct)
    {
        var ok = Cachable(context.HttpContext.Request);
        context.EnableOutputCaching = ok;
        context.AllowCacheLookup = ok;
        context.AllowCacheStorage = ok;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = TimeSpan.FromMinutes(1);
        context.CacheVaryByRules.QueryKeys = "*";
        context.Tags.Add(Tag);
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken ct) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken ct)
    {
        var r = context.HttpContext.Response;
        if (r.StatusCode != StatusCodes.Status200OK || r.Headers.SetCookie.Count > 0)
            context.AllowCacheStorage = false;
        return ValueTask.CompletedTask;
    }
}

/// <summary>Puts the output cache in front of the pipeline from the feature's module, without editing WebApp.cs;
/// the policy above decides from the request alone, so it needs neither routing nor authentication.</summary>
public sealed class CachePublicStartupFilter : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.UseOutputCache();
        next(app);
    };
}

/// <summary>What the back office and the import call after a change that the public pages show.</summary>
public sealed class CachePublic(IOutputCacheStore store)
{
    public Task ViderAsync(CancellationToken ct = default) => store.EvictByTagAsync(CachePublicPolicy.Tag, ct).AsTask();
}
