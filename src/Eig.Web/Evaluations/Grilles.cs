using Eig.Web.Infrastructure.Database;
using Eig.Web.Appels;
using Eig.Web.AppelsAProjets;
using Eig.Web.Candidatures;
using Eig.Web.Evaluations;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Evaluations;

public static class Grilles
{
    /// <summary>The call's grid with its criteria. A call created before grids existed (or by the demo seeder) gets the
    /// default nine-criteria grid the first time one is needed.</summary>
    public static async Task<Grille> DeLAppelAsync(EigDbContext db, AppelAProjets appel, CancellationToken ct)
    {
        if (appel.GrilleId is { } id && await db.Grilles.Include(g => g.Criteres).FirstOrDefaultAsync(g => g.Id == id, ct) is { } g)
            return g;
        var grille = Pages.Admin.AppelsAProjets.IndexModel.GrilleParDefaut();
        db.Grilles.Add(grille);
        appel.GrilleId = grille.Id;
        await db.SaveChangesAsync(ct);
        return grille;
    }
}
