using System.Collections.Frozen;
using Eig.Web.Infrastructure.Database;
using Eig.Web.Contenus;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Contenus.Site;

/// <summary>The former site's addresses, answered with a permanent redirect to their page here. The table is read
/// once into memory (a few thousand rows at most) and read again after an import or a change by staff, or after a
/// minute, so that several instances agree soon.</summary>
public sealed class RedirectionsAnciennes(IServiceScopeFactory scopes)
{
    private volatile FrozenDictionary<string, string>? _table;
    private DateTimeOffset _chargeeLe;
    private readonly SemaphoreSlim _verrou = new(1, 1);

    public void Vider() => _table = null;

    public async Task<string?> CibleAsync(string chemin, CancellationToken ct)
    {
        var table = _table;
        if (table is null || DateTimeOffset.UtcNow - _chargeeLe > TimeSpan.FromMinutes(1))
        {
            await _verrou.WaitAsync(ct);
            try
            {
                table = _table;
                if (table is null || DateTimeOffset.UtcNow - _chargeeLe > TimeSpan.FromMinutes(1))
                {
                    using var scope = scopes.CreateScope();
                    var db = scope.ServiceProvider.GetRequiredService<EigDbContext>();
                    table = (await db.Redirections.AsNoTracking().Select(r => new { r.Source, r.Cible }).ToListAsync(ct))
                        .ToFrozenDictionary(r => r.Source, r => r.Cible, StringComparer.Ordinal);
                    _chargeeLe = DateTimeOffset.UtcNow;
                    _table = table;
                }
            }
            finally { _verrou.Release(); }
        }
        return table.TryGetValue(Redirection.Normaliser(chemin), out var cible) ? cible : null;
    }

    /// <summary>Old addresses that are pages of the service itself (the former site's "postuler" and "proposer"
    /// text pages are now the application form and the call for projects' front door): never redirected away.</summary>
    private static readonly HashSet<string> DuService = new(StringComparer.Ordinal) { "/participer/candidats/postuler", "/participer/administrations/proposer" };

    /// <summary>The import's upsert, in the caller's transaction (not saved here). A redirect staff wrote by hand is
    /// left alone. True when a row was added or changed.</summary>
    public static async Task<bool> EnregistrerAsync(EigDbContext db, string ancienne, string cible, DateTime maintenant, CancellationToken ct)
    {
        var source = Redirection.Normaliser(ancienne);
        if (source == "/" || DuService.Contains(source) || source.Length > Redirection.Longueur || !Redirection.CibleValide(cible)) return false;
        var r = db.Redirections.Local.FirstOrDefault(x => x.Source == source) ?? await db.Redirections.FirstOrDefaultAsync(x => x.Source == source, ct);
        if (r is null)
        {
            db.Redirections.Add(new Redirection { Source = source, Cible = cible, CreeLe = maintenant });
            return true;
        }
        if (r.Manuelle || r.Cible == cible) return false;
        r.Cible = cible;
        return true;
    }
}

/// <summary>Answers an old address with 301 before anything else (routing, cache): GET and HEAD only.</summary>
public sealed class RedirectionsMiddleware(RequestDelegate next, RedirectionsAnciennes redirections)
{
    public async Task InvokeAsync(HttpContext ctx)
    {
        if ((HttpMethods.IsGet(ctx.Request.Method) || HttpMethods.IsHead(ctx.Request.Method)) && ctx.Request.Path.Value is { Length: > 1 } chemin
            && !chemin.StartsWith("/lib/", StringComparison.Ordinal) && !chemin.StartsWith("/css/", StringComparison.Ordinal)
            && await redirections.CibleAsync(chemin, ctx.RequestAborted) is { } cible)
        {
            ctx.Response.StatusCode = StatusCodes.Status301MovedPermanently;
            ctx.Response.Headers.Location = cible;
            ctx.Response.Headers.CacheControl = "public, max-age=86400";
            return;
        }
        await next(ctx);
    }
}
