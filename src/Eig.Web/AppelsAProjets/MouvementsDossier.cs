using Eig.Web.Infrastructure.Audit;

namespace Eig.Web.AppelsAProjets;

/// <summary>The status moves staff make on a dossier, one at a time from its page or in bulk from the list: the same
/// domain move, the same audit line and the same mail to the porteur either way.</summary>
public sealed class MouvementsDossier(IClock clock, IAuditLog audit, AapMails mails)
{
    public sealed record Mouvement(string Cle, string Libelle, EtatDossier Vers, bool MotifRequis);

    /// <summary>The moves staff make; the jury's decisions are made in its session.</summary>
    public static readonly IReadOnlyList<Mouvement> Tous =
    [
        new("instruire", "Commencer l'instruction", EtatDossier.EnInstruction, false),
        new("corrections", "Demander des corrections au porteur", EtatDossier.CorrectionsDemandees, true),
        new("preselectionner", "Pré-sélectionner pour une soutenance", EtatDossier.PreSelectionne, true),
        new("non-retenu", "Ne pas retenir", EtatDossier.NonRetenu, true),
        new("sans-suite", "Classer sans suite", EtatDossier.SansSuite, true),
        new("rouvrir", "Rouvrir le dossier décidé", EtatDossier.EnInstruction, true),
    ];

    public static Mouvement? De(string? cle) => Tous.FirstOrDefault(m => m.Cle == cle);

    public static bool Permis(DossierProjet d, Mouvement m) => m.Cle switch
    {
        "rouvrir" => EtatsDossier.EstDecide(d.Etat),
        "instruire" => d.Etat == EtatDossier.Depose,
        "preselectionner" => d.Etat == EtatDossier.EnInstruction,
        _ => EtatsDossier.Transitions[d.Etat].Contains(m.Vers) && !EtatsDossier.EstDecide(d.Etat),
    };

    /// <summary>Moves the dossier, audits and mails its porteur and co-editors; a refused move throws
    /// <see cref="DomainException"/> before anything changes. The caller saves.</summary>
    public async Task AppliquerAsync(DossierProjet d, Mouvement m, string? motif, Guid par, CancellationToken ct = default)
    {
        motif = motif?.Trim() ?? "";
        var maintenant = clock.UtcNow;
        switch (m.Cle)
        {
            case "instruire": d.CommencerInstruction(par, maintenant); break;
            case "corrections": d.DemanderCorrections(par, motif, maintenant); break;
            case "preselectionner": d.PreSelectionner(par, motif, maintenant); break;
            case "non-retenu": d.Decider(EtatDossier.NonRetenu, par, motif, maintenant); break;
            case "sans-suite": d.Decider(EtatDossier.SansSuite, par, motif, maintenant); break;
            case "rouvrir": d.Rouvrir(par, motif, maintenant); break;
            default: throw new DomainException("Choisissez ce que devient le dossier.");
        }
        audit.Enregistrer($"dossier.{m.Cle}", "DossierProjet", d.Id.ToString(), motif.Length > 0 ? motif : null);
        await mails.ChangementStatutAsync(d, motif, ct);
    }
}
