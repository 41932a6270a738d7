using Eig.Web.Infrastructure.Database;
using Eig.Web.AppelsAProjets;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.AppelsAProjets;

/// <summary>Who may open which dossier. A porteur reaches the dossiers they created or co-edit; anything else is
/// answered as if it did not exist (404), so that dossier ids reveal nothing.</summary>
public sealed class DossierAcces(EigDbContext db)
{
    public IQueryable<DossierProjet> DuPorteur(Guid utilisateurId) =>
        db.DossiersProjets.Where(d => d.PorteurId == utilisateurId
            || db.CoEditeurs.Any(c => c.DossierId == d.Id && c.UtilisateurId == utilisateurId));

    public Task<DossierProjet?> TrouverPourPorteurAsync(Guid dossierId, Guid utilisateurId, CancellationToken ct = default) =>
        DuPorteur(utilisateurId).FirstOrDefaultAsync(d => d.Id == dossierId, ct);

    /// <summary>Mail addresses of everyone who edits the dossier, for notifications; none for a dossier kept under
    /// the stand-in of a deleted porteur (its address is nobody's).</summary>
    public async Task<List<string>> AdressesAsync(Guid dossierId, CancellationToken ct = default)
    {
        var porteur = db.DossiersProjets.Where(d => d.Id == dossierId).Select(d => d.PorteurId);
        var coediteurs = db.CoEditeurs.Where(c => c.DossierId == dossierId).Select(c => c.UtilisateurId);
        var remplacant = Comptes.DonneesPersonnelles.PorteurSupprime.Id;
        return await db.Users.Where(u => (porteur.Contains(u.Id) || coediteurs.Contains(u.Id)) && u.Id != remplacant)
            .Select(u => u.Email!).Where(e => e != null).ToListAsync(ct);
    }
}
