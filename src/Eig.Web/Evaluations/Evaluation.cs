namespace Eig.Web.Evaluations;

public enum EtatEvaluation
{
    Brouillon = 0,
    Soumise = 1,
}

public enum Recommandation
{
    Favorable = 0,
    Reservee = 1,
    Defavorable = 2,
}

/// <summary>One evaluator's review of one item: a score and a comment per criterion of the grid, an overall comment
/// and recommendation. Kept as a draft while the evaluator works, locked once submitted.</summary>
public class Evaluation
{
    public const int LongueurCommentaire = 4000;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid AffectationId { get; set; }
    public EtatEvaluation Etat { get; private set; } = EtatEvaluation.Brouillon;
    public string CommentaireGeneral { get; private set; } = "";
    public Recommandation? Recommandation { get; private set; }
    public DateTime CreeLe { get; set; }
    public DateTime ModifieLe { get; private set; }
    public DateTime? SoumiseLe { get; private set; }

    /// <summary>The weighted overall score, fixed at submission (the review is locked then), so that lists can sort
    /// thousands of dossiers by score without recomputing every criterion.</summary>
    public double? NoteGlobaleSoumise { get; private set; }

    /// <summary>Renewed on every change: a second tab saving an older copy gets a concurrency error, not a silent
    /// overwrite.</summary>
    public Guid Version { get; private set; } = Guid.NewGuid();

    public List<NoteCritere> Notes { get; } = [];

    public bool EstSoumise => Etat == EtatEvaluation.Soumise;

    public static Evaluation Commencer(Affectation affectation, DateTime maintenant)
    {
        if (!affectation.EstActive)
            throw new DomainException("Vous n'êtes plus affecté·e à cette évaluation.");
        return new Evaluation { AffectationId = affectation.Id, CreeLe = maintenant, ModifieLe = maintenant };
    }

    /// <summary>Saves the draft. Scores may be missing (the evaluator comes back later) but never out of the scale.</summary>
    public void Enregistrer(Grille grille, IReadOnlyDictionary<Guid, (int? Note, string? Commentaire)> notes,
        string? commentaireGeneral, Recommandation? recommandation, DateTime maintenant)
    {
        if (EstSoumise)
            throw new DomainException("Cette évaluation est soumise : elle ne peut plus être modifiée.");
        if (commentaireGeneral is { Length: > LongueurCommentaire })
            throw new DomainException($"Le commentaire général ne peut pas dépasser {LongueurCommentaire} caractères.");
        var criteres = grille.Criteres.ToDictionary(c => c.Id);
        foreach (var (critereId, (note, commentaire)) in notes)
        {
            if (!criteres.TryGetValue(critereId, out var critere))
                throw new DomainException("Ce critère n'appartient pas à la grille de l'évaluation.");
            if (note is { } n && !grille.EstDansLEchelle(n))
                throw new DomainException($"La note du critère « {critere.Nom} » doit être comprise entre {grille.EchelleMin} et {grille.EchelleMax}.");
            if (commentaire is { Length: > LongueurCommentaire })
                throw new DomainException($"Le commentaire du critère « {critere.Nom} » ne peut pas dépasser {LongueurCommentaire} caractères.");
        }
        foreach (var (critereId, (note, commentaire)) in notes)
        {
            var ligne = Notes.FirstOrDefault(n => n.CritereId == critereId);
            if (ligne is null)
            {
                ligne = new NoteCritere { EvaluationId = Id, CritereId = critereId };
                Notes.Add(ligne);
            }
            ligne.Note = note;
            ligne.Commentaire = commentaire?.Trim() ?? "";
        }
        CommentaireGeneral = commentaireGeneral?.Trim() ?? "";
        Recommandation = recommandation;
        ModifieLe = maintenant;
        Version = Guid.NewGuid();
    }

    /// <summary>What still blocks submission, in French, one line per missing piece.</summary>
    public IReadOnlyList<string> Manques(Grille grille)
    {
        var manques = new List<string>();
        foreach (var c in grille.CriteresOrdonnes)
        {
            if (Notes.FirstOrDefault(n => n.CritereId == c.Id)?.Note is null)
                manques.Add($"Notez le critère « {c.Nom} ».");
        }
        if (Recommandation is null)
            manques.Add("Indiquez votre recommandation.");
        return manques;
    }

    public void Soumettre(Grille grille, DateTime maintenant)
    {
        if (EstSoumise)
            throw new DomainException("Cette évaluation est déjà soumise.");
        if (grille.Criteres.Count == 0)
            throw new DomainException("La grille ne compte aucun critère.");
        var manques = Manques(grille);
        if (manques.Count > 0)
            throw new DomainException(string.Join(" ", manques));
        Etat = EtatEvaluation.Soumise;
        SoumiseLe = maintenant;
        NoteGlobaleSoumise = NoteGlobale(grille);
        ModifieLe = maintenant;
        Version = Guid.NewGuid();
    }

    /// <summary>The review's overall score: the weighted mean of its criteria (every criterion counts once when the
    /// grid has no weights). Null while a criterion is unscored.</summary>
    public double? NoteGlobale(Grille grille) =>
        Classement.NoteGlobale(grille, Notes.Where(n => n.Note is not null).ToDictionary(n => n.CritereId, n => n.Note!.Value));
}

public class NoteCritere
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid EvaluationId { get; set; }
    public Guid CritereId { get; set; }
    public int? Note { get; set; }
    public string Commentaire { get; set; } = "";
}
