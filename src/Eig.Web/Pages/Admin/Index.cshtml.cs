using Eig.Web.AppelsAProjets;
using Eig.Web.Candidatures;
using Eig.Web.Evaluations;
using Eig.Web.Infrastructure.Database;
using Eig.Web.Infrastructure.Mail;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Pages.Admin;

/// <summary>The staff cockpit for both calls and the site: counts per state (each opening the filtered list), reviews
/// overdue, today's and tomorrow's soutenances and interviews, jury decisions waiting for publication, mails failed,
/// newsletter sign-ups and contact messages of the week; then the back office's sections.</summary>
public class IndexModel(EigDbContext db, IClock clock) : PageModel
{
    /// <summary>The back office's sections: the foundation's, then those the feature modules declare.</summary>
    public static readonly IReadOnlyList<Infrastructure.RubriqueAdmin> Rubriques =
    [
        new("Comptes et rôles", "/admin/utilisateurs", "Voir les comptes, changer leurs rôles."),
        new("Invitations", "/admin/invitations", "Inviter des évaluateurs, des membres du jury ou l'équipe."),
        new("Journal d'audit", "/admin/journal", "Qui a fait quoi, et quand."),
        new("Courriels", "/admin/courriels", "Les courriels envoyés, en attente ou en échec."),
        new("Messages reçus", "/admin/messages-contact", "Les messages du formulaire de contact."),
        new("Tâches planifiées", "/admin/taches", "Relances et purges que le service exécute lui-même : dernier passage, résultat, prochain."),
        .. Infrastructure.FeatureModules.All.SelectMany(m => m.Rubriques),
    ];

    public sealed record Compte(string Libelle, int Nombre, string Lien);
    public sealed record Element(string Texte, string Lien, DateTime? Quand = null);

    public List<Compte> Dossiers { get; private set; } = [];
    public List<Compte> Candidatures { get; private set; } = [];
    public List<Element> EvaluationsEnRetard { get; private set; } = [];
    public int EvaluationsEnRetardTotal { get; private set; }
    public List<Element> Rendezvous { get; private set; } = [];
    public List<Element> DecisionsAPublier { get; private set; } = [];
    public int CourrielsEnEchec { get; private set; }
    public int AbonnesSemaine { get; private set; }
    public int MessagesContactSemaine { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var maintenant = clock.UtcNow;

        var parEtat = await db.DossiersProjets.AsNoTracking().Where(d => d.Etat != EtatDossier.Brouillon)
            .GroupBy(d => d.Etat).Select(g => new { g.Key, N = g.Count() }).ToListAsync(ct);
        Dossiers = Enum.GetValues<EtatDossier>().Where(e => e != EtatDossier.Brouillon)
            .Select(e => new Compte(EtatsDossier.Libelle(e), parEtat.FirstOrDefault(x => x.Key == e)?.N ?? 0, $"/admin/dossiers?etat={e}")).ToList();
        var candidatures = await db.Candidatures.AsNoTracking().Where(c => c.Etat != EtatCandidature.Brouillon)
            .GroupBy(c => c.Etat).Select(g => new { g.Key, N = g.Count() }).ToListAsync(ct);
        Candidatures = Enum.GetValues<EtatCandidature>().Where(e => e != EtatCandidature.Brouillon)
            .Select(e => new Compte(EtatsCandidature.Libelle(e), candidatures.FirstOrDefault(x => x.Key == e)?.N ?? 0, $"/admin/candidatures?etat={e}")).ToList();

        var enRetard = db.Affectations.AsNoTracking().Where(a => a.Etat == EtatAffectation.Active && a.DateLimite != null && a.DateLimite < maintenant
            && !db.Evaluations.Any(e => e.AffectationId == a.Id && e.Etat == EtatEvaluation.Soumise));
        EvaluationsEnRetardTotal = await enRetard.CountAsync(ct);
        var retards = await (from a in enRetard
                             join u in db.Users on a.EvaluateurId equals u.Id
                             orderby a.DateLimite
                             select new { a.Objet, a.ObjetId, a.DateLimite, u.NomComplet }).Take(10).ToListAsync(ct);
        EvaluationsEnRetard = retards.Select(r => r.Objet == ObjetsEvalues.DossierProjet
            ? new Element($"Dossier — {r.NomComplet}", $"/admin/dossiers/{r.ObjetId}", r.DateLimite)
            : new Element($"Candidature — {r.NomComplet}", $"/admin/candidatures/{r.ObjetId}", r.DateLimite)).ToList();

        // Today and tomorrow in Paris, as UTC bounds.
        var jour = DateOnly.FromDateTime(Fr.EnHeureDeParis(maintenant));
        var debut = Fr.VersUtc(jour.ToDateTime(TimeOnly.MinValue));
        var fin = Fr.VersUtc(jour.AddDays(2).ToDateTime(TimeOnly.MinValue));
        var soutenances = await (from c in db.CreneauxSoutenance.AsNoTracking()
                                 where c.DossierId != null && c.Debut >= debut && c.Debut < fin
                                 join d in db.DossiersProjets on c.DossierId equals d.Id
                                 select new { c.Debut, d.Id, d.Numero, d.Administration }).ToListAsync(ct);
        var entretiens = await (from c in db.Creneaux.AsNoTracking()
                                where c.CandidatureId != null && c.Debut >= debut && c.Debut < fin
                                join k in db.Candidatures on c.CandidatureId equals k.Id
                                select new { c.Debut, c.Type, k.Id, k.Prenom, k.Nom }).ToListAsync(ct);
        Rendezvous =
        [
            .. soutenances.Select(s => new Element($"Soutenance AAP-{s.Numero:0000} — {s.Administration}", $"/admin/dossiers/{s.Id}", s.Debut)),
            .. entretiens.Select(e => new Element($"{(e.Type == TypeEntretien.Mission ? "Entretien de mission" : "Premier entretien")} — {e.Prenom} {e.Nom}", $"/admin/candidatures/{e.Id}", e.Debut)),
        ];
        Rendezvous = Rendezvous.OrderBy(r => r.Quand).ToList();

        var sessions = await db.SessionsJury.AsNoTracking().Include(s => s.OrdreDuJour)
            .Where(s => s.Etat == EtatSessionJury.Preparation).ToListAsync(ct);
        DecisionsAPublier = sessions.Where(s => s.OrdreDuJour.Count > 0 && s.OrdreDuJour.All(p => p.Decision is not null))
            .Select(s => new Element($"{s.Titre} : {Fr.Nombre(s.OrdreDuJour.Count, "décision prise", "décisions prises")}, à publier",
                $"/admin/appels-a-projets/{s.AppelId}/jury", Fr.VersUtc(s.Date.ToDateTime(TimeOnly.MinValue)))).ToList();

        CourrielsEnEchec = await db.Outbox.CountAsync(m => m.EnvoyeLe == null && m.Tentatives >= OutboxMessage.TentativesMax, ct);
        var semaine = maintenant.AddDays(-7);
        AbonnesSemaine = await db.Set<Eig.Web.Contenus.AbonneNewsletter>().CountAsync(a => a.InscritLe >= semaine, ct);
        MessagesContactSemaine = await db.MessagesContact.CountAsync(m => m.RecuLe >= semaine, ct);
    }
}
