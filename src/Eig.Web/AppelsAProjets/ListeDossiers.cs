using Eig.Web.Infrastructure.Database;
using Eig.Web.AppelsAProjets;
using Eig.Web.Evaluations;
using Eig.Web.Instruction;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.AppelsAProjets;

/// <summary>The staff dossier list as one SQL query: filters, search, score (weighted mean of submitted reviews),
/// sort. Shared by the page and its CSV/XLSX exports so that an export is exactly what the list shows.</summary>
public static class ListeDossiers
{
    /// <param name="Suivi">By who follows the dossier: <paramref name="Moi"/>, nobody, or anyone.</param>
    public sealed record Filtres(Guid? Appel, EtatDossier? Etat, string? Administration, Guid? Evaluateur, double? ScoreMin,
        string? Recherche, string? Tri, Guid? Etiquette = null, FiltreSuivi Suivi = FiltreSuivi.Tous, Guid? Moi = null);

    /// <summary>Built with an initializer, not a constructor: EF can sort and filter on initialized members only.</summary>
    public sealed record Ligne
    {
        public Guid Id { get; init; }
        public int Numero { get; init; }
        public string Titre { get; init; } = "";
        public string Administration { get; init; } = "";
        public string Appel { get; init; } = "";
        public EtatDossier Etat { get; init; }
        public DateTime? DeposeLe { get; init; }
        public DateTime ModifieLe { get; init; }
        public double? Score { get; init; }
        public int Evaluations { get; init; }
    }

    public static readonly IReadOnlyList<(string Cle, string Libelle)> Tris =
    [
        ("recent", "Dernière mise à jour"), ("numero", "Référence"), ("score", "Note, meilleure d'abord"),
        ("administration", "Administration"), ("titre", "Titre"),
    ];

    public static IQueryable<Ligne> Requete(EigDbContext db, Filtres f) => Trier(Projeter(db, Filtrer(db, f), f), f.Tri);

    /// <summary>One page of the list: the scores are each dossier's stored review summary, so a page costs its rows.</summary>
    public static Task<List<Ligne>> PageAsync(EigDbContext db, Filtres f, int sauter, int prendre, CancellationToken ct = default) =>
        Requete(db, f).Skip(sauter).Take(prendre).ToListAsync(ct);

    private static IQueryable<DossierProjet> Filtrer(EigDbContext db, Filtres f)
    {
        var dossiers = db.DossiersProjets.AsNoTracking().Where(d => d.Etat != EtatDossier.Brouillon);
        if (f.Appel is { } appel) dossiers = dossiers.Where(d => d.AppelId == appel);
        if (f.Etat is { } etat) dossiers = dossiers.Where(d => d.Etat == etat);
        if (!string.IsNullOrWhiteSpace(f.Administration))
        {
            var adm = "%" + Echapper(f.Administration.Trim().ToLowerInvariant()) + "%";
            dossiers = dossiers.Where(d => EF.Functions.Like(d.Administration.ToLower(), adm, "\\"));
        }
        if (!string.IsNullOrWhiteSpace(f.Recherche))
        {
            // Every word must appear somewhere in the dossier's main texts, whatever the case (LIKE is case-sensitive
            // on PostgreSQL, so both sides are lowered).
            foreach (var mot in f.Recherche.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(5))
            {
                var motif = "%" + Echapper(mot.ToLowerInvariant()) + "%";
                dossiers = dossiers.Where(d => EF.Functions.Like(d.Titre.ToLower(), motif, "\\") || EF.Functions.Like(d.Administration.ToLower(), motif, "\\")
                    || EF.Functions.Like(d.Probleme.ToLower(), motif, "\\") || EF.Functions.Like(d.SponsorNom.ToLower(), motif, "\\"));
            }
        }
        if (f.Etiquette is { } etiquette)
            dossiers = dossiers.Where(d => db.EtiquettesPosees.Any(p => p.DossierId == d.Id && p.EtiquetteId == etiquette));
        if (f.Suivi == FiltreSuivi.Moi)
            dossiers = dossiers.Where(d => db.Suiveurs.Any(s => s.DossierId == d.Id && s.UtilisateurId == f.Moi));
        else if (f.Suivi == FiltreSuivi.Personne)
            dossiers = dossiers.Where(d => !db.Suiveurs.Any(s => s.DossierId == d.Id));
        if (f.Evaluateur is { } ev)
            dossiers = dossiers.Where(d => Affectations(db).Any(a => a.ObjetId == d.Id && a.EvaluateurId == ev));
        return dossiers;
    }

    private static IQueryable<Affectation> Affectations(EigDbContext db) =>
        db.Affectations.Where(a => a.Objet == ObjetsEvalues.DossierProjet && a.Etat == EtatAffectation.Active);

    private static IQueryable<Ligne> Projeter(EigDbContext db, IQueryable<DossierProjet> dossiers, Filtres f)
    {
        // The dossier's score is the mean of its reviews' overall (weighted) scores, as in the ranking, kept on the
        // dossier at each submission (SyntheseEvaluations).
        var lignes = from d in dossiers
                     join a in db.AppelsAProjets on d.AppelId equals a.Id
                     select new Ligne
                     {
                         Id = d.Id, Numero = d.Numero, Titre = d.Titre, Administration = d.Administration, Appel = a.Titre, Etat = d.Etat,
                         DeposeLe = d.DeposeLe, ModifieLe = d.ModifieLe,
                         Score = d.NoteMoyenne,
                         Evaluations = d.EvaluationsSoumises,
                     };
        if (f.ScoreMin is { } min) lignes = lignes.Where(l => l.Score >= min);
        return lignes;
    }

    private static IQueryable<Ligne> Trier(IQueryable<Ligne> lignes, string? tri) =>
        tri switch
        {
            "numero" => lignes.OrderBy(l => l.Numero),
            "score" => lignes.OrderBy(l => l.Score == null).ThenByDescending(l => l.Score).ThenBy(l => l.Numero),
            "administration" => lignes.OrderBy(l => l.Administration).ThenBy(l => l.Numero),
            "titre" => lignes.OrderBy(l => l.Titre).ThenBy(l => l.Numero),
            _ => lignes.OrderByDescending(l => l.ModifieLe).ThenByDescending(l => l.Numero),
        };

    private static string Echapper(string s) => s.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
}
