using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Primitives;

namespace Eig.Web.Contenus.Site;

/// <summary>
/// Which requests and responses the public pages' cache (<see cref="CachePages"/>) may serve and keep. Only an
/// allow-list of this feature's anonymous pages, and never a request carrying the sign-in or flash-message cookie nor a
/// response setting a cookie or asking not to be stored: a cached page holds nothing personal and no antiforgery token.
/// </summary>
public static class CachePublicPolicy
{
    // The two calls' front doors too (the pages an opening day's visitors go to): for an anonymous visitor they show
    // the open call only, and the call's settings evict the cache when saved. Rendered on each request, they were the
    // slowest third of the opening-day benchmark's public pages.
    private static readonly System.Collections.Frozen.FrozenSet<string> Exactes = System.Collections.Frozen.FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "/", "/programme", "/participer/administrations", "/participer/candidats",
        "/participer/administrations/proposer", "/participer/candidats/postuler",
        "/talents", "/equipe", "/agents", "/faq", "/sitemap.xml", "/robots.txt", "/defis", "/actualites");
    // /img/: the media library's public files, so that a directory's SVG images go out compressed, from memory.
    private static readonly string[] Prefixes = ["/defis/", "/actualites/", "/pages/", "/personnes/", "/img/"];

    /// <summary>Whether the request is an anonymous visitor's GET or HEAD of a public page.</summary>
    public static bool Cachable(HttpRequest r)
    {
        if (!HttpMethods.IsGet(r.Method) && !HttpMethods.IsHead(r.Method)) return false;
        if (r.Headers.Authorization.Count > 0) return false;
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

    /// <summary>Whether a finished answer may be kept for the next visitors: a 200 that sets no cookie and does not
    /// ask not to be stored. A page with a form asks so (antiforgery sets no-store): its token belongs to one visitor,
    /// even when that visitor already had the cookie and no Set-Cookie header went out.</summary>
    public static bool Stockable(HttpResponse r)
    {
        if (r.StatusCode != StatusCodes.Status200OK || r.Headers.SetCookie.Count > 0) return false;
        var cacheControl = r.Headers.CacheControl.ToString();
        return !cacheControl.Contains("no-store", StringComparison.OrdinalIgnoreCase)
            && !cacheControl.Contains("private", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>One stored copy per encoding the compression below the cache gives: brotli, gzip or none.</summary>
    public static string Encodage(HttpRequest r)
    {
        var accepte = r.Headers.AcceptEncoding;
        if (accepte.Count == 0) return "";
        var texte = accepte.ToString();
        return texte.Contains("br", StringComparison.OrdinalIgnoreCase) ? "br"
            : texte.Contains("gzip", StringComparison.OrdinalIgnoreCase) ? "gzip" : "";
    }
}

/// <summary>
/// The public pages as last answered, kept in memory, whole (headers and body, compressed when the visitor's browser
/// accepts it), for a minute at most or until content changes (<see cref="CachePublic"/>). It sits at the head of the
/// pipeline, after the request log: a kept page is one dictionary lookup and one write, where ASP.NET Core's output
/// cache, which it replaces, took a lock per request, deserialized the entry and went through five middlewares
/// first (issue 14: a cached défi page came to 0.8 of nginx's requests/s, the same page written by a bare Kestrel
/// handler to 1.1). Concurrent first visitors of the same page wait for the one rendering it (an opening day's cold
/// cache renders each page once). A page the program staff redirected away is evicted by the redirect's change.
/// </summary>
public sealed class CachePages
{
    /// <summary>How long a page is kept when nothing changes: a call opening at its hour shows within a minute.</summary>
    public static readonly TimeSpan Duree = TimeSpan.FromMinutes(1);
    /// <summary>A larger answer (an original image) goes out without being kept.</summary>
    public const int TailleMaxEntree = 16 * 1024 * 1024;
    /// <summary>All the copies together: past it, new pages are served without being kept until some expire.</summary>
    public const long TailleMaxTotale = 100L * 1024 * 1024;

    // The response headers a copy does not keep: each answer gets its own (Kestrel writes the date and the length).
    private static readonly HashSet<string> NonGardes = new(StringComparer.OrdinalIgnoreCase)
    {
        "Date", "Content-Length", "Transfer-Encoding", "Connection", "Keep-Alive", "Set-Cookie", "Age", "Server",
    };

    private readonly record struct Cle(string Schema, string Hote, string Chemin, string Requete, string Encodage);

    private sealed class Comparateur : IEqualityComparer<Cle>
    {
        public bool Equals(Cle a, Cle b) =>
            string.Equals(a.Chemin, b.Chemin, StringComparison.OrdinalIgnoreCase) && string.Equals(a.Requete, b.Requete, StringComparison.Ordinal)
            && string.Equals(a.Encodage, b.Encodage, StringComparison.Ordinal) && string.Equals(a.Hote, b.Hote, StringComparison.OrdinalIgnoreCase)
            && string.Equals(a.Schema, b.Schema, StringComparison.Ordinal);

        public int GetHashCode(Cle c) => HashCode.Combine(StringComparer.OrdinalIgnoreCase.GetHashCode(c.Chemin), c.Requete, c.Encodage);
    }

    private sealed record Copie(KeyValuePair<string, StringValues>[] Entetes, byte[] Corps, DateTimeOffset GardeeLe);

    private readonly ConcurrentDictionary<Cle, Copie> _copies = new(new Comparateur());
    private readonly ConcurrentDictionary<Cle, TaskCompletionSource> _enCours = new(new Comparateur());
    private readonly Lock _ecriture = new();
    private readonly TimeProvider _horloge;
    private long _octets;
    private long _generation;

    public CachePages(TimeProvider horloge) => _horloge = horloge;

    /// <summary>How many pages are kept and their weight (tests, diagnostics).</summary>
    public (int Pages, long Octets) Etat => (_copies.Count, Interlocked.Read(ref _octets));

    /// <summary>Forgets every copy; a page being rendered at this moment is served but not kept (it may show what
    /// was there before the change).</summary>
    public void Vider()
    {
        lock (_ecriture)
        {
            _generation++;
            _copies.Clear();
            _octets = 0;
        }
    }

    internal async Task TraiterAsync(HttpContext ctx, RequestDelegate suite)
    {
        var requete = ctx.Request;
        // HEAD, ranges and conditional requests go to the page or file itself, which knows how to answer them.
        if (!HttpMethods.IsGet(requete.Method) || !CachePublicPolicy.Cachable(requete)
            || requete.Headers.Range.Count > 0 || requete.Headers.IfNoneMatch.Count > 0 || requete.Headers.IfModifiedSince.Count > 0)
        {
            await suite(ctx);
            return;
        }
        var cle = new Cle(requete.Scheme, requete.Host.Value ?? "", requete.PathBase.HasValue ? requete.PathBase.Value + requete.Path.Value : requete.Path.Value ?? "/",
            requete.QueryString.Value ?? "", CachePublicPolicy.Encodage(requete));
        if (Lire(cle) is { } copie)
        {
            await ServirAsync(ctx, copie);
            return;
        }
        var moi = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var premier = _enCours.GetOrAdd(cle, moi);
        if (premier != moi)
        {
            // Someone is rendering this page: wait for their copy rather than render it a second time.
            try { await premier.Task.WaitAsync(TimeSpan.FromSeconds(30), ctx.RequestAborted); }
            catch (TimeoutException) { }
            if (Lire(cle) is { } attendue)
            {
                await ServirAsync(ctx, attendue);
                return;
            }
            await RendreAsync(ctx, suite, cle);
            return;
        }
        try { await RendreAsync(ctx, suite, cle); }
        finally
        {
            _enCours.TryRemove(KeyValuePair.Create(cle, moi));
            moi.TrySetResult();
        }
    }

    private TimeSpan Age(Copie c) => _horloge.GetUtcNow() - c.GardeeLe;

    private Copie? Lire(Cle cle)
    {
        if (!_copies.TryGetValue(cle, out var copie)) return null;
        if (Age(copie) < Duree) return copie;
        lock (_ecriture)
            if (_copies.TryRemove(KeyValuePair.Create(cle, copie))) _octets -= copie.Corps.Length;
        return null;
    }

    // "0" to "120": the Age of a copy kept a minute at most, without a string per answer.
    private static readonly string[] Ages = [.. Enumerable.Range(0, 121).Select(i => i.ToString(CultureInfo.InvariantCulture))];

    private Task ServirAsync(HttpContext ctx, Copie copie)
    {
        var reponse = ctx.Response;
        reponse.StatusCode = StatusCodes.Status200OK;
        var entetes = reponse.Headers;
        foreach (var (nom, valeur) in copie.Entetes) entetes[nom] = valeur;
        var age = Math.Max(0, (int)Age(copie).TotalSeconds);
        entetes.Age = age < Ages.Length ? Ages[age] : age.ToString(CultureInfo.InvariantCulture);
        reponse.ContentLength = copie.Corps.Length;
        return reponse.Body.WriteAsync(copie.Corps, ctx.RequestAborted).AsTask();
    }

    private async Task RendreAsync(HttpContext ctx, RequestDelegate suite, Cle cle)
    {
        var generation = Interlocked.Read(ref _generation);
        var debut = _horloge.GetUtcNow();
        var corpsOriginal = ctx.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpResponseBodyFeature>();
        var copieur = new CorpsCopie(ctx.Response.Body, TailleMaxEntree);
        ctx.Response.Body = copieur;
        try
        {
            await suite(ctx);
        }
        finally
        {
            ctx.Features.Set(corpsOriginal);
        }
        if (copieur.Debordee || ctx.RequestAborted.IsCancellationRequested || !CachePublicPolicy.Stockable(ctx.Response)) return;
        // A page that wrote a length it did not send (an aborted write) is not kept.
        if (ctx.Response.ContentLength is { } annoncee && annoncee != copieur.Longueur) return;
        var entetes = new List<KeyValuePair<string, StringValues>>();
        foreach (var h in ctx.Response.Headers)
            if (!NonGardes.Contains(h.Key)) entetes.Add(h);
        var copie = new Copie([.. entetes], copieur.Octets(), debut);
        lock (_ecriture)
        {
            if (_generation != generation) return;
            if (_octets + copie.Corps.Length > TailleMaxTotale)
                foreach (var (k, c) in _copies)
                    if (Age(c) >= Duree && _copies.TryRemove(KeyValuePair.Create(k, c))) _octets -= c.Corps.Length;
            if (_octets + copie.Corps.Length > TailleMaxTotale) return;
            if (_copies.TryGetValue(cle, out var ancienne)) _octets -= ancienne.Corps.Length;
            _copies[cle] = copie;
            _octets += copie.Corps.Length;
        }
    }

    /// <summary>Writes through to the response and keeps a copy of what went, up to a size.</summary>
    private sealed class CorpsCopie(Stream interne, int max) : Stream
    {
        private readonly MemoryStream _copie = new();
        public bool Debordee { get; private set; }
        public long Longueur { get; private set; }
        public byte[] Octets() => _copie.ToArray();

        private void Garder(ReadOnlySpan<byte> octets)
        {
            Longueur += octets.Length;
            if (Debordee) return;
            if (_copie.Length + octets.Length > max)
            {
                Debordee = true;
                _copie.SetLength(0);
                return;
            }
            _copie.Write(octets);
        }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));
        public override void Write(ReadOnlySpan<byte> buffer)
        {
            interne.Write(buffer);
            Garder(buffer);
        }
        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken ct) => WriteAsync(buffer.AsMemory(offset, count), ct).AsTask();
        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken ct = default)
        {
            await interne.WriteAsync(buffer, ct);
            Garder(buffer.Span);
        }
        public override void Flush() => interne.Flush();
        public override Task FlushAsync(CancellationToken ct) => interne.FlushAsync(ct);
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }
}

public static class CachePagesExtensions
{
    /// <summary>Serves a kept public page, or renders it with the rest of the pipeline and keeps it.</summary>
    public static IApplicationBuilder UseCachePages(this IApplicationBuilder app)
    {
        var cache = app.ApplicationServices.GetRequiredService<CachePages>();
        return app.Use((ctx, suite) => cache.TraiterAsync(ctx, suite));
    }
}

/// <summary>What the back office and the import call after a change that the public pages show.</summary>
public sealed class CachePublic(CachePages pages)
{
    public Task ViderAsync(CancellationToken ct = default)
    {
        pages.Vider();
        return Task.CompletedTask;
    }
}
