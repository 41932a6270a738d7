using Eig.Web.AppelsAProjets;
using Eig.Web.Candidatures;
using Eig.Web.Evaluations;
using Eig.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Extractions;

/// <summary>An export staff can download: what it holds, how many rows its main sheet has (to decide whether it is
/// prepared in the background), and its sheets, read row by row from the database.</summary>
public sealed record JeuDeDonnees(string Cle, string Titre, string Description,
    Func<EigDbContext, CancellationToken, Task<int>> Compter, Func<EigDbContext, IReadOnlyList<Feuille>> Feuilles);

/// <summary>The exports that replace the team's spreadsheets: dossiers with every field of the form, their reviews
/// criterion by criterion and their history; candidatures with the vivier, reviews, interviews and offers; events
/// and their registrations.</summary>
public static class JeuxDeDonnees
{
    public static readonly JeuDeDonnees Dossiers = new("dossiers", "Dossiers de l'appel à projets",
        "Chaque dossier déposé avec tous les champs du formulaire, ses évaluations critère par critère et l'historique de ses statuts.",
        (db, ct) => db.DossiersProjets.CountAsync(d => d.Etat != EtatDossier.Brouillon, ct),
        db => [FeuilleDossiers(db), FeuilleEvaluations(db, ObjetsEvalues.DossierProjet), FeuilleNotes(db, ObjetsEvalues.DossierProjet), FeuilleHistoriqueDossiers(db)]);

    public static readonly JeuDeDonnees Candidatures = new("candidatures", "Candidatures de l'appel à candidatures",
        "Chaque candidature déposée, le vivier, les évaluations critère par critère, les entretiens, les propositions d'embauche et l'historique.",
        (db, ct) => db.Candidatures.CountAsync(c => c.Etat != EtatCandidature.Brouillon, ct),
        db => [FeuilleCandidatures(db, vivier: false), FeuilleCandidatures(db, vivier: true), FeuilleEvaluationsCandidatures(db),
            FeuilleNotesCandidatures(db), FeuilleEntretiens(db), FeuilleOffres(db), FeuilleHistoriqueCandidatures(db)]);

    public static readonly JeuDeDonnees Evenements = new("evenements", "Événements et inscriptions",
        "Les webinaires et événements, et chaque inscription.",
        (db, ct) => db.InscriptionsEvenements.CountAsync(ct),
        db => [FeuilleEvenements(db), FeuilleInscriptions(db)]);

    public static IReadOnlyList<JeuDeDonnees> Tous { get; } = [Dossiers, Candidatures, Evenements];

    public static JeuDeDonnees? Trouver(string cle) => Tous.FirstOrDefault(j => j.Cle == cle);

    private static string Ref(int numero) => $"AAP-{numero:0000}";

    // ---- Dossiers ----

    private static Feuille FeuilleDossiers(EigDbContext db)
    {
        var champs = FormulaireDossier.Champs.ToList();
        return new("Dossiers",
            ["Référence", "Appel", "Statut", "Créé le", "Déposé le", "Décidé le", "Motif de la décision", "Porteur", "Courriel du porteur",
             .. champs.Select(c => c.Libelle), "Note moyenne", "Évaluations soumises", "Pièces jointes"],
            Lignes());

        async IAsyncEnumerable<IReadOnlyList<Cellule>> Lignes()
        {
            // Small per-dossier aggregates first, then the dossiers streamed one by one.
            var notes = await (from e in db.Evaluations
                               where e.Etat == EtatEvaluation.Soumise
                               join a in db.Affectations on e.AffectationId equals a.Id
                               where a.Objet == ObjetsEvalues.DossierProjet
                               group e by a.ObjetId into g
                               select new { g.Key, Moyenne = g.Average(x => x.NoteGlobaleSoumise), N = g.Count() }).ToDictionaryAsync(x => x.Key);
            var pieces = await db.FichiersAap.Where(f => f.DossierId != null).GroupBy(f => f.DossierId!.Value)
                .Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.N);
            var lignes = from d in db.DossiersProjets.AsNoTracking()
                         where d.Etat != EtatDossier.Brouillon
                         join ap in db.AppelsAProjets on d.AppelId equals ap.Id
                         join u in db.Users on d.PorteurId equals u.Id into porteurs
                         from u in porteurs.DefaultIfEmpty()
                         orderby d.Numero
                         select new { d, Appel = ap.Titre, Porteur = u == null ? "" : u.NomComplet, Email = u == null ? "" : u.Email };
            await foreach (var l in lignes.AsAsyncEnumerable())
            {
                var note = notes.GetValueOrDefault(l.d.Id);
                yield return
                [
                    Ref(l.d.Numero), l.Appel, EtatsDossier.Libelle(l.d.Etat), (DateTime?)l.d.CreeLe, l.d.DeposeLe, l.d.DecideLe, l.d.MotifDecision,
                    l.Porteur, l.Email,
                    .. champs.Select(c => c.Genre == GenreChamp.Nombre
                        ? (int.TryParse(c.Lire(l.d), out var n) ? (Cellule)(int?)n : Cellule.Vide)
                        : (Cellule)c.Lire(l.d)),
                    note?.Moyenne is { } m ? (Cellule)(double?)Math.Round(m, 2) : Cellule.Vide, (int?)(note?.N ?? 0), (int?)pieces.GetValueOrDefault(l.d.Id),
                ];
            }
        }
    }

    private static Feuille FeuilleHistoriqueDossiers(EigDbContext db) => new("Historique des dossiers",
        ["Référence", "De", "Vers", "Le", "Motif"],
        (from h in db.ChangementsEtatDossiers.AsNoTracking()
         join d in db.DossiersProjets on h.DossierId equals d.Id
         orderby d.Numero, h.Le
         select new { d.Numero, h.De, h.Vers, h.Le, h.Motif }).AsAsyncEnumerable()
        .Select(h => (IReadOnlyList<Cellule>)[Ref(h.Numero), EtatsDossier.Libelle(h.De), EtatsDossier.Libelle(h.Vers), (DateTime?)h.Le, h.Motif]));

    private static IQueryable<ReviewRow> Reviews(EigDbContext db, string objet) =>
        from a in db.Affectations.AsNoTracking()
        where a.Objet == objet
        join u in db.Users on a.EvaluateurId equals u.Id
        join e in db.Evaluations on a.Id equals e.AffectationId into es
        from e in es.DefaultIfEmpty()
        orderby a.ObjetId, a.AffecteLe
        select new ReviewRow(a.ObjetId, u.NomComplet, u.Email, a.AffecteLe, a.DateLimite, a.Etat, a.MotifConflit,
            e == null ? null : e.Etat, e == null ? null : e.SoumiseLe, e == null ? null : e.NoteGlobaleSoumise,
            e == null ? null : e.Recommandation, e == null ? null : e.CommentaireGeneral);

    private sealed record ReviewRow(Guid ObjetId, string Evaluateur, string? Email, DateTime AffecteLe, DateTime? DateLimite,
        EtatAffectation EtatAffectation, string? Conflit, EtatEvaluation? Etat, DateTime? SoumiseLe, double? Note,
        Recommandation? Recommandation, string? Commentaire);

    private static readonly string[] ColonnesAvis =
        ["Évaluateur", "Courriel", "Affectée le", "Date limite", "Affectation", "Conflit déclaré", "Évaluation", "Soumise le", "Note globale", "Recommandation", "Commentaire général"];

    private static Cellule Note(double? n) => n is { } x ? (Cellule)(double?)Math.Round(x, 2) : Cellule.Vide;

    /// <summary>Reviews of dossiers (or candidatures), each named by its record (<paramref name="noms"/>: id → name).</summary>
    private static async IAsyncEnumerable<IReadOnlyList<Cellule>> LignesAvis(EigDbContext db, Func<Task<Dictionary<Guid, string>>> noms, params string[] objets)
    {
        var parId = await noms();
        foreach (var objet in objets)
            await foreach (var r in Reviews(db, objet).AsAsyncEnumerable())
            {
                if (!parId.TryGetValue(r.ObjetId, out var nom)) continue;
                yield return
                [
                    nom, .. objets.Length > 1 ? [(Cellule)(objet == ObjetsEvalues.Entretien ? "Premier entretien" : "Dossier")] : Array.Empty<Cellule>(),
                    r.Evaluateur, r.Email, (DateTime?)r.AffecteLe, r.DateLimite, r.EtatAffectation.ToString(), r.Conflit,
                    r.Etat?.ToString() ?? "non commencée", r.SoumiseLe, Note(r.Note), r.Recommandation?.ToString(), r.Commentaire,
                ];
            }
    }

    private static async IAsyncEnumerable<IReadOnlyList<Cellule>> LignesNotes(EigDbContext db, Func<Task<Dictionary<Guid, string>>> noms, params string[] objets)
    {
        var parId = await noms();
        var notes = from n in db.NotesCriteres.AsNoTracking()
                    join e in db.Evaluations on n.EvaluationId equals e.Id
                    join a in db.Affectations on e.AffectationId equals a.Id
                    where objets.Contains(a.Objet)
                    join u in db.Users on a.EvaluateurId equals u.Id
                    join c in db.Criteres on n.CritereId equals c.Id
                    orderby a.ObjetId, u.NomComplet, e.Id, c.Numero
                    select new { a.ObjetId, u.NomComplet, Critere = c.Nom, n.Note, n.Commentaire };
        await foreach (var n in notes.AsAsyncEnumerable())
            if (parId.TryGetValue(n.ObjetId, out var nom))
                yield return [nom, n.NomComplet, n.Critere, (int?)n.Note, n.Commentaire];
    }

    private static Func<Task<Dictionary<Guid, string>>> NumerosDossiers(EigDbContext db) => async () =>
        await db.DossiersProjets.AsNoTracking().Where(d => d.Etat != EtatDossier.Brouillon)
            .Select(d => new { d.Id, d.Numero }).ToDictionaryAsync(d => d.Id, d => Ref(d.Numero));

    private static Feuille FeuilleEvaluations(EigDbContext db, string objet) => new("Évaluations",
        ["Référence", .. ColonnesAvis], LignesAvis(db, NumerosDossiers(db), objet));

    private static Feuille FeuilleNotes(EigDbContext db, string objet) => new("Notes par critère",
        ["Référence", "Évaluateur", "Critère", "Note", "Commentaire"], LignesNotes(db, NumerosDossiers(db), objet));

    // ---- Candidatures ----

    private static Func<Task<Dictionary<Guid, string>>> NomsCandidatures(EigDbContext db) => async () =>
        await db.Candidatures.AsNoTracking().Where(c => c.Etat != EtatCandidature.Brouillon)
            .Select(c => new { c.Id, c.Prenom, c.Nom, c.Email }).ToDictionaryAsync(c => c.Id, c => $"{c.Prenom} {c.Nom} <{c.Email}>");

    private static Feuille FeuilleCandidatures(EigDbContext db, bool vivier) => new(vivier ? "Vivier" : "Candidatures",
        ["Prénom", "Nom", "Courriel", "Téléphone", "Ville", "Appel", "Profil", "Étape", "Créée le", "Déposée le", "Décision le", "Motif",
         "Années d'expérience", "Expérience entrepreneuriale", "Motivation", "Compétences", "Domaines", "Disponible le", "LinkedIn", "GitHub", "Portfolio"],
        (from c in db.Candidatures.AsNoTracking()
         where vivier ? c.Etat == EtatCandidature.Vivier : c.Etat != EtatCandidature.Brouillon
         join ap in db.AppelsACandidatures on c.AppelId equals ap.Id
         join p in db.ProfilsRecherches on c.ProfilId equals p.Id into ps
         from p in ps.DefaultIfEmpty()
         orderby c.DeposeeLe
         select new { c, Appel = ap.Titre, Profil = p == null ? "" : p.Libelle }).AsAsyncEnumerable()
        .Select(l => (IReadOnlyList<Cellule>)
        [
            l.c.Prenom, l.c.Nom, l.c.Email, l.c.Telephone, l.c.Ville, l.Appel, l.Profil, EtatsCandidature.Libelle(l.c.Etat),
            (DateTime?)l.c.CreeLe, l.c.DeposeeLe, l.c.DecisionLe, l.c.MotifDecision, (int?)l.c.AnneesExperience, l.c.ExperienceEntrepreneuriale,
            l.c.Motivation, l.c.Competences, l.c.Domaines, Cellule.Jour(l.c.Disponibilite), l.c.LienLinkedIn, l.c.LienGitHub, l.c.LienPortfolio,
        ]));

    private static Feuille FeuilleEvaluationsCandidatures(EigDbContext db) => new("Évaluations",
        ["Candidature", "Objet", .. ColonnesAvis], LignesAvis(db, NomsCandidatures(db), ObjetsEvalues.Candidature, ObjetsEvalues.Entretien));

    private static Feuille FeuilleNotesCandidatures(EigDbContext db) => new("Notes par critère",
        ["Candidature", "Évaluateur", "Critère", "Note", "Commentaire"], LignesNotes(db, NomsCandidatures(db), ObjetsEvalues.Candidature, ObjetsEvalues.Entretien));

    private static Feuille FeuilleEntretiens(EigDbContext db) => new("Entretiens",
        ["Candidature", "Courriel", "Type", "Début", "Fin", "Modalités", "Réservé le"],
        (from cr in db.Creneaux.AsNoTracking()
         where cr.CandidatureId != null
         join c in db.Candidatures on cr.CandidatureId equals c.Id
         orderby cr.Debut
         select new { c.Prenom, c.Nom, c.Email, cr.Type, cr.Debut, cr.Fin, cr.Modalites, cr.ReserveLe }).AsAsyncEnumerable()
        .Select(e => (IReadOnlyList<Cellule>)[$"{e.Prenom} {e.Nom}", e.Email, e.Type == TypeEntretien.Mission ? "Entretien de mission" : "Premier entretien",
            (DateTime?)e.Debut, (DateTime?)e.Fin, e.Modalites, e.ReserveLe]));

    private static Feuille FeuilleOffres(EigDbContext db) => new("Offres",
        ["Candidature", "Courriel", "Défi", "Administration", "Salaire net mensuel (€)", "Part variable (%)", "Durée (mois)", "Début", "État", "Envoyée le", "Répondu le", "Règle appliquée"],
        (from o in db.Offres.AsNoTracking()
         join c in db.Candidatures on o.CandidatureId equals c.Id
         join d in db.Defis on o.DefiId equals d.Id
         orderby o.EnvoyeeLe
         select new { c.Prenom, c.Nom, c.Email, Defi = d.Titre, d.Administration, o }).AsAsyncEnumerable()
        .Select(x => (IReadOnlyList<Cellule>)[$"{x.Prenom} {x.Nom}", x.Email, x.Defi, x.Administration, (int?)x.o.SalaireNetMensuel,
            (int?)x.o.PartVariablePourcent, (int?)x.o.DureeMois, Cellule.Jour(x.o.DateDebut), x.o.Etat.ToString(), (DateTime?)x.o.EnvoyeeLe, x.o.ReponduLe, x.o.RegleAppliquee]));

    private static Feuille FeuilleHistoriqueCandidatures(EigDbContext db) => new("Historique des candidatures",
        ["Candidature", "Courriel", "Étape", "Le", "Motif"],
        (from j in db.JalonsCandidatures.AsNoTracking()
         join c in db.Candidatures on j.CandidatureId equals c.Id
         where c.Etat != EtatCandidature.Brouillon
         orderby c.DeposeeLe, j.At
         select new { c.Prenom, c.Nom, c.Email, j.Etat, j.At, j.Motif }).AsAsyncEnumerable()
        .Select(j => (IReadOnlyList<Cellule>)[$"{j.Prenom} {j.Nom}", j.Email, EtatsCandidature.Libelle(j.Etat), (DateTime?)j.At, j.Motif]));

    // ---- Événements ----

    private static Feuille FeuilleEvenements(EigDbContext db) => new("Événements",
        ["Titre", "Début", "Durée (minutes)", "Lien", "Capacité", "Inscrits", "Publié"],
        db.Evenements.AsNoTracking().OrderBy(e => e.Debut).AsAsyncEnumerable()
            .Select(e => (IReadOnlyList<Cellule>)[e.Titre, (DateTime?)e.Debut, (int?)e.DureeMinutes, e.Lien, (int?)e.Capacite, (int?)e.Inscrits, e.Publie ? "oui" : "non"]));

    private static Feuille FeuilleInscriptions(EigDbContext db) => new("Inscriptions",
        ["Événement", "Début de l'événement", "Nom", "Courriel", "Inscrit le"],
        (from i in db.InscriptionsEvenements.AsNoTracking()
         join e in db.Evenements on i.EvenementId equals e.Id
         orderby e.Debut, i.InscritLe
         select new { e.Titre, e.Debut, i.Nom, i.Email, i.InscritLe }).AsAsyncEnumerable()
        .Select(i => (IReadOnlyList<Cellule>)[i.Titre, (DateTime?)i.Debut, i.Nom, i.Email, (DateTime?)i.InscritLe]));
}
