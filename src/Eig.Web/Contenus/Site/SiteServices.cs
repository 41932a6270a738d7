using Eig.Web.Infrastructure.Database;
using Eig.Web.Contenus;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Contenus.Site;

/// <summary>Which figure a "numbers" entry of the programme page stands for, from its link or its title. The figures
/// themselves are computed by <see cref="Eig.Web.Promotions.Indicateurs"/>.</summary>
public static class ChiffresCles
{
    /// <summary>"eig", "defis" or "administrations"; null when the entry is none of them.</summary>
    public static string? Code(string? titre, string? lien, int rang)
    {
        var t = (titre ?? "").ToLowerInvariant();
        var l = (lien ?? "").ToLowerInvariant();
        if (l.Contains("talent") || t.Contains("entrepreneur")) return "eig";
        if (l.Contains("defi") || t.Contains("défi") || t.Contains("defi")) return "defis";
        if (t.Contains("administration")) return "administrations";
        return rang switch { 0 => "eig", 1 => "defis", 2 => "administrations", _ => null };
    }

    public static int? Pour(Eig.Web.Promotions.Chiffres c, string? code) => code switch
    {
        "eig" => c.Eig,
        "defis" => c.Defis,
        "administrations" => c.Administrations,
        _ => null,
    };
}

/// <summary>The <c>open</c> switch of the programme's pages follows the real calls, not a typed flag.</summary>
public sealed class EtatDesAppels(EigDbContext db, IClock clock)
{
    public async Task<bool> AppelAProjetsOuvertAsync(CancellationToken ct = default)
    {
        var aujourdhui = DateOnly.FromDateTime(clock.UtcNow);
        var appels = await db.AppelsAProjets.AsNoTracking().ToListAsync(ct);
        return appels.Any(a => a.EstOuvert(aujourdhui));
    }

    public async Task<bool> AppelACandidaturesOuvertAsync(CancellationToken ct = default)
    {
        var aujourdhui = DateOnly.FromDateTime(clock.UtcNow);
        var appels = await db.AppelsACandidatures.AsNoTracking().ToListAsync(ct);
        return appels.Any(a => a.EstOuvert(aujourdhui));
    }

    /// <summary>Which call a layout's open switch follows; null when the layout has none.</summary>
    public async Task<bool?> OuvertPourAsync(string layout, CancellationToken ct = default) => layout switch
    {
        Layouts.Admins => await AppelAProjetsOuvertAsync(ct),
        Layouts.Candidates => await AppelACandidaturesOuvertAsync(ct),
        _ => null,
    };
}
