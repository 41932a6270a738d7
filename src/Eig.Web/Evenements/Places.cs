using Eig.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Evenements;

/// <summary>The seats of an event, taken by one conditional UPDATE: the database decides who gets the last one,
/// whatever the number of people registering at the same moment (no read-then-write, no retry).</summary>
public static class Places
{
    /// <summary>Takes one seat if one is left; call it inside the transaction that saves the registration, so that a
    /// failed save gives the seat back.</summary>
    public static async Task<bool> PrendreAsync(EigDbContext db, Guid evenementId, CancellationToken ct) =>
        await db.Evenements
            .Where(e => e.Id == evenementId && e.Publie && e.Inscrits < e.Capacite)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.Inscrits, e => e.Inscrits + 1).SetProperty(e => e.Version, Guid.NewGuid()), ct) == 1;

    /// <summary>Gives a seat back (an unregistration), in the same single UPDATE.</summary>
    public static async Task RendreAsync(EigDbContext db, Guid evenementId, CancellationToken ct) =>
        await db.Evenements.Where(e => e.Id == evenementId && e.Inscrits > 0)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.Inscrits, e => e.Inscrits - 1).SetProperty(e => e.Version, Guid.NewGuid()), ct);
}
