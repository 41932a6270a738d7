using Eig.Web.Infrastructure.Database;
using Eig.Web.AppelsAProjets;
using Eig.Web.Evaluations;
using Eig.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Avis = Eig.Web.Evaluations.Evaluation;
using Eig.Web.Infrastructure.Security;

namespace Eig.Web.Pages.Evaluation;

/// <summary>Evaluator: one assigned dossier, the scoring form (a draft until submitted, then locked), the conflict of
/// interest declaration, and — only once my own review is submitted — the others' reviews.</summary>
public class DossierModel(EigDbContext db, IClock clock, IAuditLog audit, PiecesDossier pieces, Eig.Web.Instruction.ConflitsDeclares conflits) : PageModel
{
    public List<PiecesDossier.Piece> Pieces { get; private set; } = [];

    public Affectation Affectation { get; private set; } = null!;
    public DossierProjet Dossier { get; private set; } = null!;
    public Grille Grille { get; private set; } = null!;
    public Avis? MonAvis { get; private set; }
    public bool VoitLesAutres { get; private set; }
    public List<AvisEvaluations.Avis> Autres { get; private set; } = [];
    public ResultatEvaluations? Resultat { get; private set; }

    [BindProperty] public InputModel Input { get; set; } = new();
    [BindProperty] public string? MotifConflit { get; set; }

    public sealed class InputModel
    {
        public List<NoteInput> Notes { get; set; } = [];
        public string? CommentaireGeneral { get; set; }
        public string? Recommandation { get; set; }
        public Guid? Version { get; set; }
        public bool Soumettre { get; set; }
    }

    public sealed class NoteInput
    {
        public Guid CritereId { get; set; }
        public string? Note { get; set; }
        public string? Commentaire { get; set; }
    }

    public IEnumerable<SelectListItem> Echelle => Enumerable.Range(Grille.EchelleMin, Grille.EchelleMax - Grille.EchelleMin + 1)
        .Select(n => new SelectListItem(n.ToString(), n.ToString()));

    public static readonly List<SelectListItem> Recommandations =
    [
        new("Favorable", nameof(Recommandation.Favorable)),
        new("Réservée", nameof(Recommandation.Reservee)),
        new("Défavorable", nameof(Recommandation.Defavorable)),
    ];

    /// <summary>Only my own active assignment opens the page: anything else (someone else's, a conflict I declared,
    /// a withdrawn one) is a 404.</summary>
    private async Task<bool> ChargerAsync(Guid affectationId, CancellationToken ct)
    {
        var moi = User.UtilisateurId();
        var aff = await db.Affectations.FirstOrDefaultAsync(a => a.Id == affectationId && a.EvaluateurId == moi
            && a.Objet == ObjetsEvalues.DossierProjet && a.Etat == EtatAffectation.Active, ct);
        if (aff is null) return false;
        Affectation = aff;
        Dossier = await db.DossiersProjets.FirstAsync(d => d.Id == aff.ObjetId, ct);
        Grille = await db.Grilles.Include(g => g.Criteres).FirstAsync(g => g.Id == aff.GrilleId, ct);
        MonAvis = await db.Evaluations.Include(e => e.Notes).FirstOrDefaultAsync(e => e.AffectationId == aff.Id, ct);
        VoitLesAutres = AntiAncrage.PeutVoirLesAutresEvaluations(aff, MonAvis, lecteurEstStaffOuJury: false);
        if (VoitLesAutres)
        {
            Autres = (await AvisEvaluations.DeLObjetAsync(db, ObjetsEvalues.DossierProjet, aff.ObjetId, ct))
                .Where(a => a.AffectationId != aff.Id && a.Etat == EtatEvaluation.Soumise && a.EtatAffectation == EtatAffectation.Active).ToList();
            Resultat = AvisEvaluations.Resultat(Grille, await AvisEvaluations.DeLObjetAsync(db, ObjetsEvalues.DossierProjet, aff.ObjetId, ct));
        }
        return true;
    }

    private void Remplir()
    {
        Input = new InputModel
        {
            Notes = Grille.CriteresOrdonnes.Select(c =>
            {
                var n = MonAvis?.Notes.FirstOrDefault(x => x.CritereId == c.Id);
                return new NoteInput { CritereId = c.Id, Note = n?.Note?.ToString(), Commentaire = n?.Commentaire };
            }).ToList(),
            CommentaireGeneral = MonAvis?.CommentaireGeneral,
            Recommandation = MonAvis?.Recommandation?.ToString(),
            Version = MonAvis?.Version,
        };
    }

    /// <summary>An attachment of the assigned dossier (only through my own active assignment), audited.</summary>
    public async Task<IActionResult> OnGetPieceAsync(Guid id, Guid fichierId, CancellationToken ct)
    {
        if (!await ChargerAsync(id, ct)) return NotFound();
        var f = await pieces.OuvrirAsync(Dossier.Id, fichierId, "évaluation", ct);
        return f is null ? NotFound() : Eig.Web.Infrastructure.Pdf.PdfEnLigne.Ouvrir(Response, f.Contenu, f.NomFichier);
    }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await ChargerAsync(id, ct)) return NotFound();
        Pieces = await pieces.ListeAsync(Dossier.Id, ct);
        Remplir();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!await ChargerAsync(id, ct)) return NotFound();
        if (MonAvis is { EstSoumise: true })
        {
            TempData["Erreur"] = "Votre évaluation est soumise : elle ne peut plus être modifiée.";
            return RedirectToPage(new { id });
        }
        var notes = new Dictionary<Guid, (int?, string?)>();
        var criteres = Grille.CriteresOrdonnes.ToList();
        // Keep the grid's order whatever was posted, so that messages land next to the right criterion.
        var postees = Input.Notes.Where(n => criteres.Any(c => c.Id == n.CritereId)).ToDictionary(n => n.CritereId);
        Input.Notes = criteres.Select(c => postees.GetValueOrDefault(c.Id) ?? new NoteInput { CritereId = c.Id }).ToList();
        for (var i = 0; i < criteres.Count; i++)
        {
            var saisie = Input.Notes[i];
            int? note = null;
            if (!string.IsNullOrWhiteSpace(saisie.Note))
            {
                if (!int.TryParse(saisie.Note, out var n) || !Grille.EstDansLEchelle(n))
                    ModelState.AddModelError($"Input.Notes[{i}].Note", $"Choisissez une note entre {Grille.EchelleMin} et {Grille.EchelleMax}.");
                else note = n;
            }
            else if (Input.Soumettre)
                ModelState.AddModelError($"Input.Notes[{i}].Note", $"Notez le critère « {criteres[i].Nom} » avant de soumettre.");
            if (saisie.Commentaire is { Length: > Avis.LongueurCommentaire })
                ModelState.AddModelError($"Input.Notes[{i}].Commentaire", $"Le commentaire ne doit pas dépasser {Avis.LongueurCommentaire} caractères.");
            notes[criteres[i].Id] = (note, saisie.Commentaire);
        }
        Recommandation? reco = null;
        if (!string.IsNullOrEmpty(Input.Recommandation))
        {
            if (Enum.TryParse<Recommandation>(Input.Recommandation, out var r) && Enum.IsDefined(r)) reco = r;
            else ModelState.AddModelError("Input.Recommandation", "Choisissez une recommandation dans la liste.");
        }
        else if (Input.Soumettre) ModelState.AddModelError("Input.Recommandation", "Indiquez votre recommandation avant de soumettre.");
        if (Input.CommentaireGeneral is { Length: > Avis.LongueurCommentaire })
            ModelState.AddModelError("Input.CommentaireGeneral", $"Le commentaire ne doit pas dépasser {Avis.LongueurCommentaire} caractères.");
        if (!ModelState.IsValid) return Page();
        var maintenant = clock.UtcNow;
        var avis = MonAvis;
        if (avis is null)
        {
            avis = Avis.Commencer(Affectation, maintenant);
            db.Evaluations.Add(avis);
        }
        else if (Input.Version is { } v)
            db.Entry(avis).Property(e => e.Version).OriginalValue = v;
        avis.Enregistrer(Grille, notes, Input.CommentaireGeneral, reco, maintenant);
        if (Input.Soumettre) avis.Soumettre(Grille, maintenant);
        if (Input.Soumettre) audit.Enregistrer("evaluation.soumettre", "DossierProjet", Dossier.Id.ToString(), Affectation.Id.ToString());
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another tab saved (or created) this review in the meantime: nothing of it is lost, reload it.
            TempData["Erreur"] = "Votre évaluation a été enregistrée depuis une autre fenêtre. Voici sa dernière version : reprenez vos changements.";
            return RedirectToPage(new { id });
        }
        TempData["Succes"] = Input.Soumettre
            ? "Votre évaluation est soumise. Vous voyez désormais celles des autres évaluateurs."
            : "Brouillon enregistré. Vous pourrez le reprendre plus tard.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostConflitAsync(Guid id, CancellationToken ct)
    {
        if (!await ChargerAsync(id, ct)) return NotFound();
        var motif = MotifConflit?.Trim() ?? "";
        if (motif.Length == 0) ModelState.AddModelError(nameof(MotifConflit), "Précisez la nature du lien avec ce dossier.");
        else if (motif.Length > Affectation.LongueurMotif) ModelState.AddModelError(nameof(MotifConflit), $"Le motif ne doit pas dépasser {Affectation.LongueurMotif} caractères.");
        if (!ModelState.IsValid)
        {
            Remplir();
            return Page();
        }
        try
        {
            Affectation.DeclarerConflit(motif, MonAvis is { EstSoumise: true }, clock.UtcNow);
        }
        catch (DomainException ex)
        {
            TempData["Erreur"] = ex.Message;
            return RedirectToPage(new { id });
        }
        audit.Enregistrer("evaluation.conflit-interets", "DossierProjet", Dossier.Id.ToString(), motif);
        await conflits.SignalerAsync(Affectation, ct);
        await db.SaveChangesAsync(ct);
        TempData["Succes"] = "Votre conflit d'intérêts est enregistré : ce dossier ne vous est plus confié.";
        return RedirectToPage("Index");
    }
}
