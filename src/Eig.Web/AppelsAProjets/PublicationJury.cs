using Eig.Web.Infrastructure.Audit;
using Eig.Web.Infrastructure.Database;
using Eig.Web.Promotions;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.AppelsAProjets;

/// <summary>Publishing a jury session's decisions: every dossier of the agenda gets its decision, each laureate
/// becomes a draft défi of the call's promotion (<see cref="Laureats"/>: a free slug, its granted profiles, its open
/// posts), and each porteur gets the decision letter. One transaction: nobody learns their result before the others, and a refusal publishes nothing.</summary>
public sealed class PublicationJury(EigDbContext db, IClock clock, IAuditLog audit, AapMails mails, AapPdf pdf, Laureats laureats)
{
    /// <param name="session">Loaded with its agenda and the agenda's profiles.</param>
    public async Task PublierAsync(AppelAProjets appel, SessionJury session, Guid parId, CancellationToken ct = default)
    {
        var maintenant = clock.UtcNow;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        session.Publier(maintenant);
        foreach (var p in session.OrdreDuJour.OrderBy(p => p.Ordre))
        {
            var d = await db.DossiersProjets.FirstAsync(x => x.Id == p.DossierId, ct);
            d.Decider(p.Decision!.Value, parId, p.Motivation, maintenant);
            if (p.Decision == EtatDossier.Laureat)
                await laureats.CreerDefiAsync(d, appel.PromotionId, p.Profils, ct);
            audit.Enregistrer("dossier.decision", "DossierProjet", d.Id.ToString(), $"{EtatsDossier.Libelle(d.Etat)} : {p.Motivation}");
            await mails.DecisionAsync(d, appel, p.Motivation, p.Profils, pdf.LettreDecision(d, appel.Titre, d.Etat, p.Motivation, p.Profils, maintenant), ct);
        }
        audit.Enregistrer("jury.session.publier", "SessionJury", session.Id.ToString(), session.Titre);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }
}
