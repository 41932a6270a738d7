using Eig.Web.Infrastructure.Database;
using Eig.Web.Candidatures;
using Eig.Web.Evaluations;
using Eig.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Eig.Web.Infrastructure.Security;

namespace Eig.Web.Pages.Evaluation.Candidatures;

/// <summary>An evaluator's scorecard for one assigned candidature (dossier review or first interview): a score and a
/// comment per criterion of the profile's grid, saved as a draft, then submitted and locked. A conflict of interest
/// unassigns them. Someone else's assignment answers 404.</summary>
public class EvaluerModel(EigDbContext db, IClock clock, IAuditLog audit, Eig.Web.Instruction.ConflitsDeclares conflits) : PageModel
{
    [BindProperty] public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        public Dictionary<Guid, int?> Notes { get; set; } = [];
        public Dictionary<Guid, string?> Commentaires { get; set; } = [];
        public string? Commentaire { get; set; }
        public Recommandation? Recommandation { get; set; }
        public string? MotifConflit { get; set; }
    }

    public Affectation Affectation { get; private set; } = default!;
    public Candidature Candidature { get; private set; } = default!;
    public string? Profil { get; private set; }
    public Grille Grille { get; private set; } = default!;
    public Eig.Web.Evaluations.Evaluation? Evaluation { get; private set; }
    public List<SelectListItem> Echelle => Enumerable.Range(Grille.EchelleMin, Grille.EchelleMax - Grille.EchelleMin + 1)
        .Select(n => new SelectListItem(n.ToString(), n.ToString())).ToList();
    public List<SelectListItem> Recommandations { get; } =
    [
        new("Favorable", nameof(Eig.Web.Evaluations.Recommandation.Favorable)),
        new("Réservée", nameof(Eig.Web.Evaluations.Recommandation.Reservee)),
        new("Défavorable", nameof(Eig.Web.Evaluations.Recommandation.Defavorable)),
    ];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await ChargerAsync(id)) return NotFound();
        if (Evaluation is not null)
        {
            foreach (var n in Evaluation.Notes)
            {
                Input.Notes[n.CritereId] = n.Note;
                Input.Commentaires[n.CritereId] = n.Commentaire;
            }
            Input.Commentaire = Evaluation.CommentaireGeneral;
            Input.Recommandation = Evaluation.Recommandation;
        }
        return Page();
    }

    public Task<IActionResult> OnPostEnregistrerAsync(Guid id) => EnregistrerAsync(id, soumettre: false);
    public Task<IActionResult> OnPostSoumettreAsync(Guid id) => EnregistrerAsync(id, soumettre: true);

    [RefusSurLeChamp("Input.MotifConflit")]
    public async Task<IActionResult> OnPostConflitAsync(Guid id)
    {
        if (!await ChargerAsync(id)) return NotFound();
        Affectation.DeclarerConflit(Input.MotifConflit ?? "", Evaluation?.EstSoumise == true, clock.UtcNow);
        audit.Enregistrer("candidature.conflit-interets", "Affectation", Affectation.Id.ToString(), Input.MotifConflit);
        await conflits.SignalerAsync(Affectation);
        await db.SaveChangesAsync();
        TempData["Succes"] = "Votre conflit d'intérêts est enregistré : cette candidature ne vous est plus confiée.";
        return RedirectToPage("/Evaluation/Candidatures/Index");
    }

    private async Task<IActionResult> EnregistrerAsync(Guid id, bool soumettre)
    {
        if (!await ChargerAsync(id)) return NotFound();
        var now = clock.UtcNow;
        var nouvelle = Evaluation is null;
        try
        {
            var evaluation = Evaluation ?? Eig.Web.Evaluations.Evaluation.Commencer(Affectation, now);
            var notes = Grille.Criteres.ToDictionary(c => c.Id,
                c => (Input.Notes.GetValueOrDefault(c.Id), Input.Commentaires.GetValueOrDefault(c.Id)));
            evaluation.Enregistrer(Grille, notes, Input.Commentaire, Input.Recommandation, now);
            if (soumettre) evaluation.Soumettre(Grille, now);
            if (nouvelle) db.Evaluations.Add(evaluation);
            audit.Enregistrer(soumettre ? "candidature.evaluation-soumise" : "candidature.evaluation-enregistree", "Affectation", Affectation.Id.ToString());
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            TempData["Erreur"] = "Cette évaluation a été modifiée dans un autre onglet. Voici sa dernière version.";
            return RedirectToPage(new { id });
        }
        TempData["Succes"] = soumettre ? "Votre évaluation est soumise. Merci !" : "Votre évaluation est enregistrée en brouillon.";
        return soumettre ? RedirectToPage("/Evaluation/Candidatures/Index") : RedirectToPage(new { id });
    }

    private async Task<bool> ChargerAsync(Guid id)
    {
        var moi = User.UtilisateurId();
        var a = await db.Affectations.FirstOrDefaultAsync(a => a.Id == id && a.EvaluateurId == moi
            && (a.Objet == ObjetsEvalues.Candidature || a.Objet == ObjetsEvalues.Entretien));
        if (a is null || !a.EstActive) return false;
        var c = await db.Candidatures.AsNoTracking().FirstOrDefaultAsync(c => c.Id == a.ObjetId);
        if (c is null) return false;
        Affectation = a;
        Candidature = c;
        Profil = await db.ProfilsRecherches.Where(p => p.Id == c.ProfilId).Select(p => p.Libelle).FirstOrDefaultAsync();
        Grille = await db.Grilles.Include(g => g.Criteres).FirstAsync(g => g.Id == a.GrilleId);
        Evaluation = await db.Evaluations.Include(e => e.Notes).FirstOrDefaultAsync(e => e.AffectationId == a.Id);
        // The form binds Input.Notes[criterion]: every criterion needs its key, scored or not.
        foreach (var critere in Grille.Criteres)
        {
            Input.Notes.TryAdd(critere.Id, null);
            Input.Commentaires.TryAdd(critere.Id, null);
        }
        return true;
    }
}
