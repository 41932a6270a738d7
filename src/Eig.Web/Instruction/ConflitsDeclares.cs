using Eig.Web.Comptes;
using Eig.Web.Evaluations;
using Eig.Web.Infrastructure.Database;
using Eig.Web.Infrastructure.Mail;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Instruction;

/// <summary>Staff are told when an evaluator declares a conflict of interest: a mail through the outbox to whoever
/// assigned them and whoever follows the item (to the whole team when nobody does), and a line on the back office's
/// home (<see cref="RecentsAsync"/>).</summary>
public sealed class ConflitsDeclares(EigDbContext db, IOutbox outbox, MailTemplates templates)
{
    public const int JoursSurLAccueil = 14;

    public sealed record Ligne(string Texte, string Lien, DateTime Le);

    public async Task SignalerAsync(Affectation a, CancellationToken ct = default)
    {
        var dossier = a.Objet == ObjetsEvalues.DossierProjet;
        var cible = dossier ? Cible.Dossier(a.ObjetId) : Cible.Candidature(a.ObjetId);
        var objet = dossier
            ? await db.DossiersProjets.Where(d => d.Id == a.ObjetId).Select(d => "le dossier AAP-" + d.Numero).FirstOrDefaultAsync(ct)
            : await db.Candidatures.Where(c => c.Id == a.ObjetId).Select(c => "la candidature de " + c.Prenom + " " + c.Nom).FirstOrDefaultAsync(ct);
        if (objet is null) return;
        if (dossier) objet = FormaterReference(objet);
        var evaluateur = await db.Users.Where(u => u.Id == a.EvaluateurId).Select(u => u.NomComplet + " (" + u.Email + ")").FirstAsync(ct);

        var staffRole = db.Roles.Where(r => r.Name == Roles.Staff).Select(r => r.Id);
        var equipe = db.Users.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && staffRole.Contains(ur.RoleId)));
        var suiveurs = cible.Genre == GenreCible.Dossier ? db.Suiveurs.Where(s => s.DossierId == cible.Id) : db.Suiveurs.Where(s => s.CandidatureId == cible.Id);
        var destinataires = await equipe.Where(u => u.Id == a.AffecteParId || suiveurs.Any(s => s.UtilisateurId == u.Id)).Select(u => u.Email!).ToListAsync(ct);
        if (destinataires.Count == 0) destinataires = await equipe.Select(u => u.Email!).ToListAsync(ct);

        var contenu = templates.Composer($"Conflit d'intérêts déclaré sur {objet}",
            new MailBody("Un évaluateur se retire", [
                $"{evaluateur} a déclaré un conflit d'intérêts sur {objet} : cette évaluation ne lui est plus confiée.",
                $"Motif : {a.MotifConflit}",
                "Affectez une autre personne si le minimum d'évaluations n'est plus atteint."],
                ("Ouvrir la page", templates.Lien(cible.Lien)))) with
            { ObjetType = dossier ? nameof(AppelsAProjets.DossierProjet) : nameof(Candidatures.Candidature), ObjetId = a.ObjetId };
        foreach (var email in destinataires.Distinct(StringComparer.OrdinalIgnoreCase)) outbox.Ajouter(email, contenu);
    }

    /// <summary>The conflicts declared in the last <see cref="JoursSurLAccueil"/> days, newest first.</summary>
    public async Task<List<Ligne>> RecentsAsync(DateTime maintenant, CancellationToken ct = default)
    {
        var depuis = maintenant.AddDays(-JoursSurLAccueil);
        var lignes = await (from a in db.Affectations.AsNoTracking()
                            where a.Etat == EtatAffectation.Conflit && a.ConflitDeclareLe >= depuis
                            join u in db.Users on a.EvaluateurId equals u.Id
                            orderby a.ConflitDeclareLe descending
                            select new { a.Objet, a.ObjetId, a.ConflitDeclareLe, u.NomComplet,
                                Numero = db.DossiersProjets.Where(d => d.Id == a.ObjetId).Select(d => (int?)d.Numero).FirstOrDefault(),
                                Candidat = db.Candidatures.Where(c => c.Id == a.ObjetId).Select(c => c.Prenom + " " + c.Nom).FirstOrDefault() })
            .Take(10).ToListAsync(ct);
        return lignes.Select(l => l.Objet == ObjetsEvalues.DossierProjet
            ? new Ligne($"AAP-{l.Numero:0000} — {l.NomComplet}", $"/admin/dossiers/{l.ObjetId}", l.ConflitDeclareLe!.Value)
            : new Ligne($"Candidature de {l.Candidat} — {l.NomComplet}", $"/admin/candidatures/{l.ObjetId}", l.ConflitDeclareLe!.Value)).ToList();
    }

    private static string FormaterReference(string texte) =>
        System.Text.RegularExpressions.Regex.Replace(texte, @"AAP-(\d+)$", m => $"AAP-{int.Parse(m.Groups[1].Value):0000}");
}
