using Eig.Web.Infrastructure.Database;
using Eig.Web.Contenus;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Contenus.Site;

/// <summary>The programme page's key numbers, counted from the data rather than typed.</summary>
public sealed class ChiffresCles(EigDbContext db)
{
    public sealed record Valeurs(int Eig, int Defis, int Administrations);

    public async Task<Valeurs> CalculerAsync(CancellationToken ct = default)
    {
        var eig = await db.Personnes.CountAsync(p => p.Role == RolePersonne.Participant, ct);
        var defis = await db.Defis.CountAsync(d => d.Publie, ct);
        var administrations = await db.Defis.Where(d => d.Publie && d.Administration != "")
            .Select(d => d.Administration.Trim().ToLower()).Distinct().CountAsync(ct);
        return new Valeurs(eig, defis, administrations);
    }

    /// <summary>Which count a "numbers" entry of the programme page stands for, from its link or its title.</summary>
    public static int? Pour(Valeurs v, string? titre, string? lien, int rang)
    {
        var t = (titre ?? "").ToLowerInvariant();
        var l = (lien ?? "").ToLowerInvariant();
        if (l.Contains("talent") || t.Contains("entrepreneur")) return v.Eig;
        if (l.Contains("defi") || t.Contains("défi") || t.Contains("defi")) return v.Defis;
        if (t.Contains("administration")) return v.Administrations;
        return rang switch { 0 => v.Eig, 1 => v.Defis, 2 => v.Administrations, _ => null };
    }
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
