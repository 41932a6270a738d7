using System.ComponentModel.DataAnnotations;
using Eig.Web.AppelsAProjets;
using Eig.Web.Candidatures;
using Eig.Web.Evaluations;
using Eig.Web.Infrastructure.Audit;
using Eig.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Instruction;

/// <summary>One action of the lists' bulk form. <see cref="Phrase"/> completes "Vous allez …" on the confirmation.
/// <see cref="Courriel"/>: the action is the composer's, which the confirmation opens with the selection as its group.</summary>
public sealed record ActionLot(string Cle, string Libelle, string Phrase, bool Motif = false, bool Evaluateur = false, bool Etiquette = false,
    bool Courriel = false);

/// <summary>An action applied to many dossiers or candidatures chosen in a filtered list. Each item goes through the
/// very method used one by one (<see cref="MouvementsDossier"/>, <see cref="AffectationsDossier"/>,
/// <see cref="DecisionsCandidature"/>, <see cref="EtiquettesEquipe"/>): the same rules, the same audit line, the same
/// mail. An item the rules refuse is listed with its reason and left as it was; the batch has its own audit line;
/// everything is saved at once.</summary>
public sealed class ActionsEnLot(EigDbContext db, IAuditLog audit, MouvementsDossier mouvements, AffectationsDossier affectationsDossier,
    DecisionsCandidature decisions, EtiquettesEquipe etiquettes)
{
    public const int Maximum = 5000;

    public static readonly IReadOnlyList<ActionLot> PourDossiers =
    [
        new("instruire", "Commencer l'instruction", "commencer l'instruction de"),
        new("corrections", "Demander des corrections", "demander des corrections au porteur de", Motif: true),
        new("preselectionner", "Pré-sélectionner pour une soutenance", "pré-sélectionner pour une soutenance", Motif: true),
        new("non-retenu", "Ne pas retenir", "ne pas retenir", Motif: true),
        new("affecter", "Affecter un évaluateur", "affecter l'évaluateur choisi à", Evaluateur: true),
        new("etiqueter", "Ajouter une étiquette", "ajouter l'étiquette choisie à", Etiquette: true),
        new("ecrire", "Écrire un message", "écrire un message aux porteurs et co-éditeurs de", Courriel: true),
    ];

    public static readonly IReadOnlyList<ActionLot> PourCandidatures =
    [
        new("inviter", "Pré-sélectionner : inviter au premier entretien", "inviter au premier entretien"),
        new("vivier", "Intégrer au vivier", "faire entrer dans le vivier"),
        new("non-retenue", "Ne pas retenir", "ne pas retenir", Motif: true),
        new("affecter", "Affecter un évaluateur (examen du dossier)", "affecter l'évaluateur choisi à l'examen de", Evaluateur: true),
        new("etiqueter", "Ajouter une étiquette", "ajouter l'étiquette choisie à", Etiquette: true),
        new("ecrire", "Écrire un message", "écrire un message aux personnes de", Courriel: true),
    ];

    /// <summary>The vivier's: its people were already retained, so only what still makes sense for them.</summary>
    public static readonly IReadOnlyList<ActionLot> PourVivier = PourCandidatures.Where(a => a.Cle is "non-retenue" or "etiqueter" or "ecrire").ToList();

    public static IReadOnlyList<ActionLot> Pour(GenreCible g) => g == GenreCible.Dossier ? PourDossiers : PourCandidatures;

    public sealed record Refus(Guid Id, string Libelle, string Raison);
    public sealed record Resultat(int Demandes, int Appliques, IReadOnlyList<Refus> Refus);

    public async Task<Resultat> AppliquerAsync(GenreCible genre, ActionLot action, IReadOnlyList<Guid> ids, string? motif, Guid? evaluateur,
        Guid? etiquette, Guid par, CancellationToken ct = default)
    {
        if (ids.Count == 0) throw new DomainException("Cochez au moins un élément de la liste.");
        if (action.Courriel) throw new DomainException("Un message s'écrit et se vérifie dans le formulaire d'écriture avant de partir.");
        if (ids.Count > Maximum) throw new DomainException($"Une action en lot porte sur {Fr.Entier(Maximum)} éléments au plus : affinez le filtre.");
        var refus = new List<Refus>();
        var appliques = 0;
        async Task Un(Guid id, string libelle, Func<Task> faire)
        {
            try { await faire(); appliques++; }
            catch (DomainException ex) { refus.Add(new Refus(id, libelle, ex.Message)); }
        }

        if (genre == GenreCible.Dossier)
        {
            var dossiers = await db.DossiersProjets.Where(d => ids.Contains(d.Id) && d.Etat != EtatDossier.Brouillon).ToDictionaryAsync(d => d.Id, ct);
            var appels = await db.AppelsAProjets.Where(a => dossiers.Values.Select(d => d.AppelId).Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct);
            var evaluateurs = action.Evaluateur ? await affectationsDossier.EvaluateursAsync(ct) : [];
            var mouvement = MouvementsDossier.De(action.Cle);
            foreach (var id in ids)
            {
                if (!dossiers.TryGetValue(id, out var d)) { refus.Add(new Refus(id, "Dossier inconnu", "Ce dossier n'existe pas ou n'est pas déposé.")); continue; }
                await Un(id, d.Reference, action.Cle switch
                {
                    "affecter" => () => affectationsDossier.AffecterAsync(d, appels[d.AppelId], evaluateur, null, par, ct, evaluateurs),
                    "etiqueter" => () => etiquettes.PoserAsync(Cible.Dossier(id), etiquette, par, ct),
                    _ when mouvement is not null => () => mouvements.AppliquerAsync(d, mouvement, motif, par, ct),
                    _ => throw new DomainException("Choisissez l'action à appliquer."),
                });
            }
        }
        else
        {
            var candidatures = await db.Candidatures.Where(c => ids.Contains(c.Id) && c.Etat != EtatCandidature.Brouillon).ToDictionaryAsync(c => c.Id, ct);
            var evaluateurs = action.Evaluateur ? await decisions.EvaluateursAsync(ct) : [];
            var profils = action.Evaluateur ? await db.ProfilsRecherches.ToDictionaryAsync(p => p.Id, ct) : null;
            foreach (var id in ids)
            {
                if (!candidatures.TryGetValue(id, out var c)) { refus.Add(new Refus(id, "Candidature inconnue", "Cette candidature n'existe pas ou n'est pas déposée.")); continue; }
                await Un(id, $"{c.Prenom} {c.Nom}", action.Cle switch
                {
                    "inviter" => () => { decisions.InviterPremierEntretien(c, par); return Task.CompletedTask; },
                    "vivier" => () => { decisions.IntegrerVivier(c, par); return Task.CompletedTask; },
                    "non-retenue" => () => { decisions.NePasRetenir(c, motif, par); return Task.CompletedTask; },
                    "affecter" => () => decisions.AffecterAsync(c, ObjetsEvalues.Candidature, evaluateur, par, ct, evaluateurs, profils),
                    "etiqueter" => () => etiquettes.PoserAsync(Cible.Candidature(id), etiquette, par, ct),
                    _ => throw new DomainException("Choisissez l'action à appliquer."),
                });
            }
        }
        audit.Enregistrer($"lot.{action.Cle}", genre == GenreCible.Dossier ? "DossierProjet" : "Candidature", null,
            $"{action.Libelle} : {Fr.Nombre(appliques, "appliqué", "appliqués")} sur {Fr.Entier(ids.Count)}, {Fr.Nombre(refus.Count, "refusé", "refusés")}" + (string.IsNullOrWhiteSpace(motif) ? "" : $" ; motif : {motif.Trim()}"));
        await db.SaveChangesAsync(ct);
        return new Resultat(ids.Count, appliques, refus);
    }
}

/// <summary>The fields of the bulk form (partial <c>Instruction/_ChampsLot</c>), in the lists and on the confirmation page.</summary>
public sealed record VueLot(LotInput Input, IReadOnlyList<Microsoft.AspNetCore.Mvc.Rendering.SelectListItem> Actions,
    IReadOnlyList<Microsoft.AspNetCore.Mvc.Rendering.SelectListItem> Evaluateurs, IReadOnlyList<Microsoft.AspNetCore.Mvc.Rendering.SelectListItem> Etiquettes);

/// <summary>The fields of the bulk form, the same in the lists and on the confirmation.</summary>
public sealed class LotInput
{
    [Display(Name = "Action")]
    public string? Action { get; set; }

    [Display(Name = "Motif", Description = "Pour les corrections, la pré-sélection et la non-sélection : il est communiqué à chaque personne.")]
    [StringLength(DossierProjet.Long)]
    public string? Motif { get; set; }

    [Display(Name = "Évaluateur ou évaluatrice", Description = "Pour « Affecter un évaluateur ».")]
    public Guid? EvaluateurId { get; set; }

    [Display(Name = "Étiquette", Description = "Pour « Ajouter une étiquette ».")]
    public Guid? EtiquetteId { get; set; }
}
