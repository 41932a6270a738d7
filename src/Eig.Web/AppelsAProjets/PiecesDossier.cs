using Eig.Web.Infrastructure.Audit;
using Eig.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.AppelsAProjets;

/// <summary>A dossier's attachments (the studies and letters the administration filed) for the people who work on it:
/// staff, its assigned evaluators, the jury of its session. Each page checks who may open the dossier; this reads
/// the list and hands out a file, recording every download in the audit trail.</summary>
public sealed class PiecesDossier(EigDbContext db, IAuditLog audit)
{
    public sealed record Piece(Guid Id, string NomFichier, long Taille, DateTime DeposeLe);

    public Task<List<Piece>> ListeAsync(Guid dossierId, CancellationToken ct) =>
        db.FichiersAap.AsNoTracking().Where(f => f.DossierId == dossierId && f.MessageId == null).OrderBy(f => f.DeposeLe)
            .Select(f => new Piece(f.Id, f.NomFichier, f.Taille, f.DeposeLe)).ToListAsync(ct);

    /// <summary>The attachment, audited as read by the signed-in person; null when it is not one of this dossier's.</summary>
    public async Task<FichierAap?> OuvrirAsync(Guid dossierId, Guid fichierId, string lecteur, CancellationToken ct)
    {
        var f = await db.FichiersAap.AsNoTracking().FirstOrDefaultAsync(x => x.Id == fichierId && x.DossierId == dossierId && x.MessageId == null, ct);
        if (f is null) return null;
        audit.Enregistrer("dossier.piece-jointe.lue", "DossierProjet", dossierId.ToString(), $"{f.NomFichier} ({lecteur})");
        await db.SaveChangesAsync(ct);
        return f;
    }
}

/// <summary>What the dossier partial shows: the dossier's content, its attachments and where each opens.</summary>
public sealed record ContenuDossier(DossierProjet Dossier, IReadOnlyList<PiecesDossier.Piece> Pieces, string LienPiece);
