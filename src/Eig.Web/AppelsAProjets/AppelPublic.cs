using Eig.Web.Appels;
using Eig.Web.Evaluations;
using Eig.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.AppelsAProjets;

/// <summary>What the public pages say about the open call for projects, read from the call itself: its dates, its
/// criteria grid, the profiles it offers, its co-financing and whether a règlement is uploaded.</summary>
public sealed record AppelPublic(AppelAProjets Appel, IReadOnlyList<Critere> Criteres, bool AReglement)
{
    public string ReglementUrl => $"/appels-a-projets/{Appel.Id}/reglement";

    /// <summary>The open call (the latest published when several are), or null.</summary>
    public static async Task<AppelPublic?> OuvertAsync(EigDbContext db, DateOnly aujourdhui, CancellationToken ct = default)
    {
        var publies = await db.AppelsAProjets.AsNoTracking().Where(a => a.Etat == EtatAppel.Publie).ToListAsync(ct);
        var appel = publies.Where(a => a.EstOuvert(aujourdhui)).OrderByDescending(a => a.PublieLe).FirstOrDefault();
        return appel is null ? null : await DeAsync(db, appel, ct);
    }

    /// <summary>The call whose règlement the public button serves: the open one, else the latest published.</summary>
    public static async Task<AppelPublic?> CourantAsync(EigDbContext db, DateOnly aujourdhui, CancellationToken ct = default)
    {
        var publies = await db.AppelsAProjets.AsNoTracking().Where(a => a.Etat != EtatAppel.Brouillon).ToListAsync(ct);
        var appel = publies.Where(a => a.EstOuvert(aujourdhui)).OrderByDescending(a => a.PublieLe).FirstOrDefault()
                    ?? publies.OrderByDescending(a => a.PublieLe).FirstOrDefault();
        return appel is null ? null : await DeAsync(db, appel, ct);
    }

    private static async Task<AppelPublic> DeAsync(EigDbContext db, AppelAProjets appel, CancellationToken ct)
    {
        var criteres = appel.GrilleId is { } g
            ? await db.Criteres.AsNoTracking().Where(c => c.GrilleId == g).OrderBy(c => c.Numero).ToListAsync(ct)
            : [];
        return new AppelPublic(appel, criteres, appel.ReglementFichierId is not null);
    }
}
