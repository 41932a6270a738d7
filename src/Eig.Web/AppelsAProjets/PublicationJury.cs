using Eig.Web.Infrastructure.Audit;
using Eig.Web.Infrastructure.Database;
using Eig.Web.Promotions;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.AppelsAProjets;

/// <summary>Publishing a jury session's decisions: every dossier of the agenda gets its decision, each laureate
/// becomes a draft défi of the call's promotion (with a free slug and its granted profiles), and each porteur gets
/// the decision letter. One transaction: nobody learns their result before the others, and a refusal publishes nothing.</summary>
public sealed class PublicationJury(EigDbContext db, IClock clock, IAuditLog audit, AapMails mails, AapPdf pdf)
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
            {
                var defi = new Defi
                {
                    PromotionId = appel.PromotionId, Titre = d.Titre, Administration = d.Administration,
                    Resume = d.Probleme.Length > 2000 ? d.Probleme[..2000] : d.Probleme, Publie = false,
                    Slug = await SlugLibreAsync(d.Titre, d.Numero, ct),
                };
                db.Defis.Add(defi);
                foreach (var po in p.Profils) po.DefiId = defi.Id;
                audit.Enregistrer("defi.creer-depuis-laureat", "Defi", defi.Id.ToString(), d.Reference);
            }
            audit.Enregistrer("dossier.decision", "DossierProjet", d.Id.ToString(), $"{EtatsDossier.Libelle(d.Etat)} : {p.Motivation}");
            await mails.DecisionAsync(d, pdf.LettreDecision(d, appel.Titre, d.Etat, p.Motivation, p.Profils, maintenant), ct);
        }
        audit.Enregistrer("jury.session.publier", "SessionJury", session.Id.ToString(), session.Titre);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }

    /// <summary>The défi's address from its title; the dossier's number tells two laureates of one title apart.</summary>
    private async Task<string> SlugLibreAsync(string titre, int numero, CancellationToken ct)
    {
        var slug = Slug.De(titre, 150, "defi");
        return await db.Defis.AnyAsync(d => d.Slug == slug, ct) ? $"{slug}-{numero}" : slug;
    }
}
