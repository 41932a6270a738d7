using Eig.Web.Infrastructure.Audit;
using Eig.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Instruction;

/// <summary>A private note of the program's team on a dossier or a candidature. Staff only: never on the porteur's,
/// the candidate's, an evaluator's or the jury's pages.</summary>
public class Annotation : IRattache
{
    public const int LongueurTexte = 4000;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid? DossierId { get; set; }
    public Guid? CandidatureId { get; set; }
    public Guid AuteurId { get; set; }
    /// <summary>Kept as written: the note outlives its author's account.</summary>
    public string AuteurNom { get; set; } = "";
    public string Texte { get; set; } = "";
    public DateTime Le { get; set; }

    public static Annotation Ecrire(Cible c, Guid auteurId, string auteurNom, string? texte, DateTime maintenant)
    {
        texte = texte?.Trim() ?? "";
        if (texte.Length == 0) throw new DomainException("Écrivez la note.");
        if (texte.Length > LongueurTexte) throw new DomainException($"La note ne doit pas dépasser {LongueurTexte} caractères.");
        return new Annotation { DossierId = c.DossierId, CandidatureId = c.CandidatureId, AuteurId = auteurId, AuteurNom = auteurNom, Texte = texte, Le = maintenant };
    }
}

public sealed class AnnotationsEquipe(EigDbContext db, IClock clock, IAuditLog audit)
{
    public IQueryable<Annotation> De(Cible c) => c.Genre == GenreCible.Dossier
        ? db.Annotations.Where(a => a.DossierId == c.Id)
        : db.Annotations.Where(a => a.CandidatureId == c.Id);

    public Task<List<Annotation>> ListeAsync(Cible c, CancellationToken ct = default) =>
        De(c).AsNoTracking().OrderByDescending(a => a.Le).ThenByDescending(a => a.Id).ToListAsync(ct);

    public async Task<Annotation> EcrireAsync(Cible c, Guid auteurId, string? texte, CancellationToken ct = default)
    {
        var auteur = await db.Users.Where(u => u.Id == auteurId).Select(u => new { u.NomComplet, u.Email }).FirstAsync(ct);
        var a = Annotation.Ecrire(c, auteurId, string.IsNullOrWhiteSpace(auteur.NomComplet) ? auteur.Email! : auteur.NomComplet, texte, clock.UtcNow);
        db.Annotations.Add(a);
        // The audit says a note was written, not what it says: the journal is read more widely than the dossier.
        audit.Enregistrer("annotation.ecrire", c.ObjetAudit, c.Id.ToString());
        return a;
    }
}
