using Eig.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.AppelsAProjets;

/// <summary>Dossier numbers are human references (AAP-0042), without gaps. The next one is read and used inside one
/// exclusive transaction, so that twenty porteurs pressing "Commencer un dossier" at once get twenty numbers, one
/// after the other, and none of them an error.</summary>
public static class NumerosDossiers
{
    public const string Verrou = "dossiers.numero";

    /// <summary>Numbers <paramref name="dossier"/>, adds it and saves it with whatever the unit of work already holds
    /// (its audit line).</summary>
    public static async Task CreerAsync(EigDbContext db, DossierProjet dossier, CancellationToken ct)
    {
        await using var tx = await db.Database.TransactionExclusiveAsync(Verrou, ct);
        dossier.Numero = (await db.DossiersProjets.MaxAsync(d => (int?)d.Numero, ct) ?? 0) + 1;
        db.DossiersProjets.Add(dossier);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }
}
