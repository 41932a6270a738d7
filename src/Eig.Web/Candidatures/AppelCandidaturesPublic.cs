using Eig.Web.Appels;
using Eig.Web.Evaluations;
using Eig.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Candidatures;

/// <summary>What the public pages say about the open call for candidates, read from the call itself: its profiles,
/// sprints, pay grid, the criteria its experts score a dossier on, and whether a règlement is uploaded.</summary>
public sealed record AppelCandidaturesPublic(AppelACandidatures Appel, IReadOnlyList<Critere> Criteres, bool AReglement)
{
    public string ReglementUrl => $"/appels-a-candidatures/{Appel.Id}/reglement";

    public static async Task<AppelCandidaturesPublic?> OuvertAsync(EigDbContext db, DateOnly aujourdhui, CancellationToken ct = default)
    {
        var appel = await db.AppelOuvertAsync(aujourdhui, ct);
        if (appel is null) return null;
        // Each profile has its dossier grid; the public list names each criterion once, in the profiles' order.
        var grilles = appel.Profils.OrderBy(p => p.Ordre).Select(p => p.GrilleDossierId).OfType<Guid>().ToList();
        var criteres = (await db.Criteres.AsNoTracking().Where(c => grilles.Contains(c.GrilleId)).ToListAsync(ct))
            .OrderBy(c => grilles.IndexOf(c.GrilleId)).ThenBy(c => c.Numero)
            .DistinctBy(c => c.Nom.Trim().ToLowerInvariant()).ToList();
        return new AppelCandidaturesPublic(appel, criteres, await db.ReglementsAppels.AnyAsync(r => r.AppelId == appel.Id, ct));
    }

    /// <summary>When the next published call opens, if one is announced.</summary>
    public static async Task<DateOnly?> ProchaineOuvertureAsync(EigDbContext db, DateOnly aujourdhui, CancellationToken ct = default) =>
        await db.AppelsACandidatures.AsNoTracking().Where(a => a.Etat == EtatAppel.Publie && a.Ouverture > aujourdhui)
            .MinAsync(a => a.Ouverture, ct);
}
