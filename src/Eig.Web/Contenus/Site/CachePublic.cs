using Microsoft.AspNetCore.OutputCaching;

namespace Eig.Web.Contenus.Site;

/// <summary>
/// The public site's pages come from the output cache, tagged "contenu" and evicted whenever content is saved,
/// published or imported (a minute at most otherwise, so that a call opening shows soon too). Only an allow-list of
/// this feature's anonymous pages is cached, and never a request carrying the sign-in or flash-message cookie nor a
/// response setting a cookie: a cached page holds nothing personal and no antiforgery token.
/// </summary>
public sealed class CachePublicPolicy : IOutputCachePolicy
{
    public const string Tag = "contenu";
    // The two calls' front doors too (the pages an opening day's visitors go to): for an anonymous visitor they show
    // the open call only, and the call's settings evict the cache when saved. Rendered on each request, they were the
    // slowest third of the opening-day benchmark's public pages.
    private static readonly System.Collections.Frozen.FrozenSet<string> Exactes = System.Collections.Frozen.FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "/", "/programme", "/participer/administrations", "/participer/candidats",
        "/participer/administrations/proposer", "/participer/candidats/postuler",
        "/talents", "/equipe", "/agents", "/faq", "/sitemap.xml", "/robots.txt", "/defis", "/actualites");
    // /img/: the media library's public files, so that a directory's SVG images go out compressed, from memory.
    private static readonly string[] Prefixes = ["/defis/", "/actualites/", "/pages/", "/personnes/", "/img/"];

    public static bool Cachable(HttpRequest r)
    {
        if (!HttpMethods.IsGet(r.Method) && !HttpMethods.IsHead(r.Method)) return false;
        // Names with or without the __Host- prefix (outside development).
        // Asked on every request of a cached page: no cookie parsed when there is none, no lower-cased copy of the path.
        if (r.Headers.Cookie.Count > 0 && r.Cookies.Keys.Any(k => k.EndsWith("eig.auth", StringComparison.Ordinal) || k.EndsWith(WebApp.TempDataCookie, StringComparison.Ordinal))) return false;
        if (r.QueryString.HasValue && r.Query.ContainsKey("apercu")) return false;
        var p = r.Path.Value ?? "/";
        if (Exactes.Contains(p)) return true;
        foreach (var x in Prefixes)
            if (p.StartsWith(x, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
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
        // One stored copy per encoding the compression below the cache gives: brotli, gzip or none.
        var accepte = context.HttpContext.Request.Headers.AcceptEncoding.ToString();
        context.CacheVaryByRules.VaryByValues["encodage"] = accepte.Contains("br", StringComparison.OrdinalIgnoreCase) ? "br"
            : accepte.Contains("gzip", StringComparison.OrdinalIgnoreCase) ? "gzip" : "";
        context.Tags.Add(Tag);
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken ct) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken ct)
    {
        var r = context.HttpContext.Response;
        // A page with a form asks not to be stored (antiforgery sets no-store): its token belongs to one visitor,
        // even when that visitor already had the cookie and no Set-Cookie header went out.
        var cacheControl = r.Headers.CacheControl.ToString();
        if (r.StatusCode != StatusCodes.Status200OK || r.Headers.SetCookie.Count > 0
            || cacheControl.Contains("no-store", StringComparison.OrdinalIgnoreCase)
            || cacheControl.Contains("private", StringComparison.OrdinalIgnoreCase))
            context.AllowCacheStorage = false;
        return ValueTask.CompletedTask;
    }
}

/// <summary>What the back office and the import call after a change that the public pages show.</summary>
public sealed class CachePublic(IOutputCacheStore store)
{
    public Task ViderAsync(CancellationToken ct = default) => store.EvictByTagAsync(CachePublicPolicy.Tag, ct).AsTask();
}
