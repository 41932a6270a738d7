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
public class IndexModel(EigDbContext db, IClock clock, Eig.Web.Instruction.ConflitsDeclares conflits) : PageModel
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
    /// <summary>Conflicts of interest evaluators declared lately: staff may need to assign someone else.</summary>
    public List<Eig.Web.Instruction.ConflitsDeclares.Ligne> ConflitsDeclares { get; private set; } = [];
    public int CourrielsEnEchec { get; private set; }
    public int AbonnesSemaine { get; private set; }
    public int MessagesContactSemaine { get; private set; }
    /// <summary>What happened on the team's side this week (dossiers filed, reviews submitted, slots booked): the same
    /// events staff are mailed about, newest first.</summary>
    public List<Element> Nouveautes { get; private set; } = [];
    public int NouveautesTotal { get; private set; }

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

        ConflitsDeclares = await conflits.RecentsAsync(maintenant, ct);
        CourrielsEnEchec = await db.Outbox.CountAsync(m => m.EnvoyeLe == null && m.Tentatives >= OutboxMessage.TentativesMax, ct);
        var semaine = maintenant.AddDays(-7);
        AbonnesSemaine = await db.Set<Eig.Web.Contenus.AbonneNewsletter>().CountAsync(a => a.InscritLe >= semaine, ct);
        MessagesContactSemaine = await db.MessagesContact.CountAsync(m => m.RecuLe >= semaine, ct);
        await NouveautesAsync(semaine, ct);
    }

    /// <summary>The week's news: each kind counted and its 10 latest read in SQL, then the 10 latest of all (an opening
    /// week brings thousands of dossiers and reviews: none of them is loaded beyond those 10).</summary>
    private async Task NouveautesAsync(DateTime depuis, CancellationToken ct)
    {
        const int N = 10;
        var deposesQ = db.DossiersProjets.AsNoTracking().Where(d => d.DeposeLe >= depuis && d.Etat != EtatDossier.Brouillon);
        var evaluationsQ = from e in db.Evaluations.AsNoTracking()
                           where e.SoumiseLe >= depuis
                           join a in db.Affectations on e.AffectationId equals a.Id
                           join u in db.Users on a.EvaluateurId equals u.Id
                           select new { a.Objet, a.ObjetId, e.SoumiseLe, u.NomComplet };
        var soutenancesQ = from c in db.CreneauxSoutenance.AsNoTracking()
                           where c.DossierId != null && c.ReserveLe >= depuis
                           join d in db.DossiersProjets on c.DossierId equals d.Id
                           select new { d.Id, d.Numero, c.ReserveLe, c.Debut };
        var entretiensQ = from c in db.Creneaux.AsNoTracking()
                          where c.CandidatureId != null && c.ReserveLe >= depuis
                          join k in db.Candidatures on c.CandidatureId equals k.Id
                          select new { k.Id, k.Prenom, k.Nom, c.ReserveLe, c.Debut };
        // The reviews counted without their joins (each has its assignment and evaluator: foreign keys), from the index.
        NouveautesTotal = await deposesQ.CountAsync(ct) + await db.Evaluations.CountAsync(e => e.SoumiseLe >= depuis, ct) + await soutenancesQ.CountAsync(ct) + await entretiensQ.CountAsync(ct);

        var deposes = await deposesQ.OrderByDescending(d => d.DeposeLe).Take(N).Select(d => new { d.Id, d.Numero, d.Administration, d.DeposeLe }).ToListAsync(ct);
        var evaluations = await evaluationsQ.OrderByDescending(e => e.SoumiseLe).Take(N).ToListAsync(ct);
        var soutenances = await soutenancesQ.OrderByDescending(s => s.ReserveLe).Take(N).ToListAsync(ct);
        var entretiens = await entretiensQ.OrderByDescending(e => e.ReserveLe).Take(N).ToListAsync(ct);
        var toutes = new List<Element>();
        toutes.AddRange(deposes.Select(d => new Element($"Dossier AAP-{d.Numero:0000} déposé — {d.Administration}", $"/admin/dossiers/{d.Id}", d.DeposeLe)));
        toutes.AddRange(evaluations.Select(e => e.Objet == ObjetsEvalues.DossierProjet
            ? new Element($"Évaluation d'un dossier soumise par {e.NomComplet}", $"/admin/dossiers/{e.ObjetId}", e.SoumiseLe)
            : new Element($"Évaluation d'une candidature soumise par {e.NomComplet}", $"/admin/candidatures/{e.ObjetId}", e.SoumiseLe)));
        toutes.AddRange(soutenances.Select(s => new Element($"Soutenance AAP-{s.Numero:0000} réservée pour le {Fr.DateHeure(s.Debut)}", $"/admin/dossiers/{s.Id}", s.ReserveLe)));
        toutes.AddRange(entretiens.Select(e => new Element($"Entretien de {e.Prenom} {e.Nom} réservé pour le {Fr.DateHeure(e.Debut)}", $"/admin/candidatures/{e.Id}", e.ReserveLe)));
        Nouveautes = toutes.OrderByDescending(e => e.Quand).Take(N).ToList();
    }
}
