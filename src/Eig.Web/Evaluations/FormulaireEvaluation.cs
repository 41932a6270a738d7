using Eig.Web.Infrastructure.Audit;
using Eig.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Evaluations;

/// <summary>What an evaluator types in the evaluation form, the same for a dossier, a candidature and an interview:
/// a score and a comment per criterion of the grid, an overall comment and a recommendation. Posted as
/// <c>Input.Notes[i].Note</c>, <c>Input.Notes[i].Commentaire</c> (with <c>Input.Notes[i].CritereId</c>),
/// <c>Input.CommentaireGeneral</c>, <c>Input.Recommandation</c>, <c>Input.Version</c> and <c>Input.Soumettre</c>.</summary>
public sealed class SaisieEvaluation
{
    public List<SaisieNote> Notes { get; set; } = [];
    public string? CommentaireGeneral { get; set; }
    /// <summary>A <see cref="Recommandation"/> name, as posted.</summary>
    public string? Recommandation { get; set; }
    /// <summary>The draft's version the form was opened on: a second tab saving an older copy is refused.</summary>
    public Guid? Version { get; set; }
    /// <summary>"Soumettre l'évaluation" rather than "Enregistrer le brouillon": the form is checked as complete,
    /// saved, then the evaluator confirms on the next screen.</summary>
    public bool Soumettre { get; set; }

    /// <summary>The form as the grid orders it, filled from the saved review if there is one.</summary>
    public static SaisieEvaluation Depuis(Grille grille, Evaluation? avis) => new()
    {
        Notes = grille.CriteresOrdonnes.Select(c =>
        {
            var n = avis?.Notes.FirstOrDefault(x => x.CritereId == c.Id);
            return new SaisieNote { CritereId = c.Id, Note = n?.Note?.ToString(), Commentaire = n?.Commentaire };
        }).ToList(),
        CommentaireGeneral = avis?.CommentaireGeneral,
        Recommandation = avis?.Recommandation?.ToString(),
        Version = avis?.Version,
    };
}

public sealed class SaisieNote
{
    public Guid CritereId { get; set; }
    public string? Note { get; set; }
    public string? Commentaire { get; set; }
}

public enum IssueSaisie
{
    /// <summary>Messages next to the fields; nothing saved.</summary>
    Refusee,
    BrouillonEnregistre,
    /// <summary>Complete and saved as a draft: the evaluator is asked to confirm the submission.</summary>
    AConfirmer,
    Soumise,
    /// <summary>Already submitted: nothing changes.</summary>
    DejaSoumise,
    /// <summary>Saved meanwhile from another tab: nothing of this post is kept.</summary>
    ModifieeAilleurs,
}

public sealed record ResultatSaisie(IssueSaisie Issue, IReadOnlyList<ErreurSaisie> Erreurs)
{
    public static ResultatSaisie De(IssueSaisie issue) => new(issue, []);
}

/// <summary>The one save path of the evaluation form, for dossiers, candidatures and interviews: checks what was
/// typed (the same messages everywhere), keeps it as a draft, and submits it once the evaluator has confirmed —
/// submitting is final.</summary>
public sealed class FormulaireEvaluation(EigDbContext db, IClock clock, IAuditLog audit, Eig.Web.Instruction.ConflitsDeclares conflits)
{
    public const string Irreversible = "Une évaluation soumise ne peut plus être modifiée.";
    public const string MessageBrouillon = "Brouillon enregistré. Vous pourrez le reprendre plus tard.";
    public const string MessageSoumise = "Votre évaluation est soumise : elle ne peut plus être modifiée.";
    public const string MessageDejaSoumise = "Votre évaluation est déjà soumise : elle ne peut plus être modifiée.";
    public const string MessageModifieeAilleurs = "Votre évaluation a été enregistrée depuis une autre fenêtre. Voici sa dernière version : reprenez vos changements.";
    public const string MessageConflitInterets = "Votre conflit d'intérêts est enregistré : cette évaluation ne vous est plus confiée.";

    /// <summary>Checks the form against the grid (scores in the scale, comments within their length; when
    /// submitting, every criterion scored and a recommendation), reordering its lines as the grid orders them so that
    /// each message lands next to its criterion.</summary>
    public static List<ErreurSaisie> Verifier(Grille grille, SaisieEvaluation saisie, out Dictionary<Guid, (int? Note, string? Commentaire)> notes, out Recommandation? recommandation)
    {
        var erreurs = new List<ErreurSaisie>();
        var criteres = grille.CriteresOrdonnes.ToList();
        var postees = saisie.Notes.Where(n => criteres.Any(c => c.Id == n.CritereId)).GroupBy(n => n.CritereId).ToDictionary(g => g.Key, g => g.First());
        saisie.Notes = criteres.Select(c => postees.GetValueOrDefault(c.Id) ?? new SaisieNote { CritereId = c.Id }).ToList();
        notes = [];
        for (var i = 0; i < criteres.Count; i++)
        {
            var ligne = saisie.Notes[i];
            int? note = null;
            if (!string.IsNullOrWhiteSpace(ligne.Note))
            {
                if (!int.TryParse(ligne.Note, out var n) || !grille.EstDansLEchelle(n))
                    erreurs.Add(new($"Notes[{i}].Note", $"Choisissez une note entre {grille.EchelleMin} et {grille.EchelleMax}."));
                else note = n;
            }
            else if (saisie.Soumettre)
                erreurs.Add(new($"Notes[{i}].Note", $"Notez le critère « {criteres[i].Nom} » avant de soumettre."));
            if (ligne.Commentaire is { Length: > Evaluation.LongueurCommentaire })
                erreurs.Add(new($"Notes[{i}].Commentaire", $"Le commentaire ne doit pas dépasser {Evaluation.LongueurCommentaire} caractères."));
            notes[criteres[i].Id] = (note, ligne.Commentaire);
        }
        recommandation = null;
        if (!string.IsNullOrEmpty(saisie.Recommandation))
        {
            if (Enum.TryParse<Recommandation>(saisie.Recommandation, out var r) && Enum.IsDefined(r)) recommandation = r;
            else erreurs.Add(new(nameof(SaisieEvaluation.Recommandation), "Choisissez une recommandation dans la liste."));
        }
        else if (saisie.Soumettre)
            erreurs.Add(new(nameof(SaisieEvaluation.Recommandation), "Indiquez votre recommandation avant de soumettre."));
        if (saisie.CommentaireGeneral is { Length: > Evaluation.LongueurCommentaire })
            erreurs.Add(new(nameof(SaisieEvaluation.CommentaireGeneral), $"Le commentaire ne doit pas dépasser {Evaluation.LongueurCommentaire} caractères."));
        return erreurs;
    }

    /// <summary>Saves the form as a draft of <paramref name="avis"/> (started if there is none yet). A form posted
    /// with "Soumettre" must be complete; it is saved as a draft too, and <see cref="IssueSaisie.AConfirmer"/> asks
    /// the page to have the evaluator confirm.</summary>
    public async Task<ResultatSaisie> EnregistrerAsync(Affectation affectation, Grille grille, Evaluation? avis, SaisieEvaluation saisie, CancellationToken ct)
    {
        if (avis is { EstSoumise: true }) return ResultatSaisie.De(IssueSaisie.DejaSoumise);
        var erreurs = Verifier(grille, saisie, out var notes, out var recommandation);
        if (erreurs.Count > 0) return new(IssueSaisie.Refusee, erreurs);
        var maintenant = clock.UtcNow;
        if (avis is null)
        {
            avis = Evaluation.Commencer(affectation, maintenant);
            db.Evaluations.Add(avis);
        }
        else if (saisie.Version is { } v)
            db.Entry(avis).Property(e => e.Version).OriginalValue = v;
        avis.Enregistrer(grille, notes, saisie.CommentaireGeneral, recommandation, maintenant);
        audit.Enregistrer("evaluation.brouillon", ObjetAudite(affectation), affectation.ObjetId.ToString(), affectation.Id.ToString());
        if (!await SauverAsync(ct)) return ResultatSaisie.De(IssueSaisie.ModifieeAilleurs);
        return ResultatSaisie.De(saisie.Soumettre ? IssueSaisie.AConfirmer : IssueSaisie.BrouillonEnregistre);
    }

    /// <summary>Submits the saved draft the evaluator has just confirmed (<paramref name="version"/>: the draft they
    /// saw). Final: the review is locked and counts in the results. A draft that is not complete is refused with the
    /// form's messages.</summary>
    public async Task<ResultatSaisie> SoumettreAsync(Affectation affectation, Grille grille, Evaluation? avis, Guid? version, CancellationToken ct,
        Func<Evaluation, Task>? enMemeTemps = null)
    {
        if (avis is { EstSoumise: true }) return ResultatSaisie.De(IssueSaisie.DejaSoumise);
        var erreurs = Verifier(grille, AvecSoumission(SaisieEvaluation.Depuis(grille, avis)), out _, out _);
        if (erreurs.Count > 0 || avis is null) return new(IssueSaisie.Refusee, erreurs);
        if (version != avis.Version) return ResultatSaisie.De(IssueSaisie.ModifieeAilleurs);
        db.Entry(avis).Property(e => e.Version).OriginalValue = avis.Version;
        avis.Soumettre(grille, clock.UtcNow);
        audit.Enregistrer("evaluation.soumise", ObjetAudite(affectation), affectation.ObjetId.ToString(), affectation.Id.ToString());
        // What the page adds to the submission (the staff member who assigned it is told) is saved with it, or not at all.
        if (enMemeTemps is not null) await enMemeTemps(avis);
        return ResultatSaisie.De(await SauverAsync(ct) ? IssueSaisie.Soumise : IssueSaisie.ModifieeAilleurs);
    }

    /// <summary>The evaluator declares a conflict of interest: the assignment ends (refused, in French, once the
    /// review is submitted or without a reason).</summary>
    public async Task DeclarerConflitAsync(Affectation affectation, Evaluation? avis, string? motif, CancellationToken ct)
    {
        affectation.DeclarerConflit(motif?.Trim() ?? "", avis is { EstSoumise: true }, clock.UtcNow);
        audit.Enregistrer("evaluation.conflit-interets", ObjetAudite(affectation), affectation.ObjetId.ToString(), motif?.Trim());
        // Whoever assigned the review (or the followers) is told, in the same save.
        await conflits.SignalerAsync(affectation, ct);
        await db.SaveChangesAsync(ct);
    }

    private static string ObjetAudite(Affectation a) => a.Objet == ObjetsEvalues.DossierProjet ? "DossierProjet" : "Candidature";

    private static SaisieEvaluation AvecSoumission(SaisieEvaluation s)
    {
        s.Soumettre = true;
        return s;
    }

    /// <summary>False when another tab saved (or started) this review in the meantime: nothing of this post is kept.</summary>
    private async Task<bool> SauverAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            return false;
        }
    }
}
