using Eig.Web.Infrastructure.Database;
using Eig.Web.Comptes;
using Eig.Web.Evaluations;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Evaluations;

/// <summary>Queries on the evaluation tables that several pages share.</summary>
public static class AvisEvaluations
{
    public sealed record Avis(Guid AffectationId, Guid EvaluateurId, string Evaluateur, EtatAffectation EtatAffectation,
        Guid? EvaluationId, EtatEvaluation? Etat, Recommandation? Recommandation, string Commentaire,
        DateTime? DateLimite, string? MotifConflit, Dictionary<Guid, (int? Note, string Commentaire)> Notes);

    public static async Task<List<Avis>> DeLObjetAsync(EigDbContext db, string objet, Guid objetId, CancellationToken ct)
    {
        var lignes = await (from a in db.Affectations
                            where a.Objet == objet && a.ObjetId == objetId
                            join u in db.Users on a.EvaluateurId equals u.Id
                            join e in db.Evaluations on a.Id equals e.AffectationId into es
                            from e in es.DefaultIfEmpty()
                            orderby a.AffecteLe
                            select new { a, Nom = u.NomComplet, Email = u.Email, e }).ToListAsync(ct);
        var ids = lignes.Where(l => l.e != null).Select(l => l.e!.Id).ToList();
        var notes = await db.NotesCriteres.Where(n => ids.Contains(n.EvaluationId)).ToListAsync(ct);
        return lignes.Select(l => new Avis(l.a.Id, l.a.EvaluateurId, string.IsNullOrWhiteSpace(l.Nom) ? l.Email ?? "" : l.Nom, l.a.Etat,
            l.e?.Id, l.e?.Etat, l.e?.Recommandation, l.e?.CommentaireGeneral ?? "", l.a.DateLimite, l.a.MotifConflit,
            notes.Where(n => n.EvaluationId == l.e?.Id).ToDictionary(n => n.CritereId, n => (n.Note, n.Commentaire)))).ToList();
    }

    public static ResultatEvaluations Resultat(Grille grille, IEnumerable<Avis> avis) =>
        Classement.Calculer(grille, avis.Where(a => a.Etat == EtatEvaluation.Soumise && a.EtatAffectation == EtatAffectation.Active)
            .Select(a => new NotesSoumises(a.Notes.Where(n => n.Value.Note is not null).ToDictionary(n => n.Key, n => n.Value.Note!.Value), a.Recommandation))
            .ToList());

    /// <summary>Evaluators with their current load: active assignments whose review is not submitted.</summary>
    public static async Task<List<ChargeEvaluateur>> ChargesAsync(EigDbContext db, CancellationToken ct)
    {
        var roleId = await db.Roles.Where(r => r.Name == Roles.Evaluateur).Select(r => r.Id).FirstOrDefaultAsync(ct);
        return await (from ur in db.UserRoles
                      where ur.RoleId == roleId
                      join u in db.Users on ur.UserId equals u.Id
                      // Name and address: two evaluators may share a name.
                      select new ChargeEvaluateur(u.Id, string.IsNullOrWhiteSpace(u.NomComplet) ? u.Email! : u.NomComplet + " (" + u.Email + ")",
                          db.Affectations.Count(a => a.EvaluateurId == u.Id && a.Etat == EtatAffectation.Active
                              && !db.Evaluations.Any(e => e.AffectationId == a.Id && e.Etat == EtatEvaluation.Soumise))))
            .ToListAsync(ct);
    }

    public static string LibelleRecommandation(Recommandation? r) => r switch
    {
        Recommandation.Favorable => "Favorable",
        Recommandation.Reservee => "Réservée",
        Recommandation.Defavorable => "Défavorable",
        _ => "—",
    };
}
