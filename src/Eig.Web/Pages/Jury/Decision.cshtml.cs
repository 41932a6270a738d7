using Eig.Web.Infrastructure.Database;
using Eig.Web.AppelsAProjets;
using Eig.Web.Evaluations;
using Eig.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Eig.Web.Infrastructure.Security;

namespace Eig.Web.Pages.Jury;

/// <summary>Jury and staff: one dossier of a session — its reviews, the soutenance notes, and the decision with its
/// motivation and, for a laureate, the profiles granted. Nothing reaches the porteur until the session is published.</summary>
public class DecisionModel(EigDbContext db, IAuditLog audit, PiecesDossier pieces) : PageModel
{
    public List<PiecesDossier.Piece> Pieces { get; private set; } = [];
    public CreneauSoutenance? Creneau { get; private set; }

    public SessionJury Session { get; private set; } = null!;
    public PointOrdreDuJour Point { get; private set; } = null!;
    public DossierProjet Dossier { get; private set; } = null!;
    public Grille Grille { get; private set; } = null!;
    public List<AvisEvaluations.Avis> Avis { get; private set; } = [];
    public ResultatEvaluations Resultat { get; private set; } = null!;
    public bool VoitLesNotes { get; private set; }
    public IReadOnlyList<string> Profils { get; private set; } = [];

    [BindProperty] public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        public string? NotesSoutenance { get; set; }
        public string? Decision { get; set; }
        public string? Motivation { get; set; }
        public List<string?> Nombres { get; set; } = [];
    }

    public static readonly List<SelectListItem> Decisions =
    [
        new("Lauréat", nameof(EtatDossier.Laureat)),
        new("Non retenu", nameof(EtatDossier.NonRetenu)),
        new("Sans suite", nameof(EtatDossier.SansSuite)),
    ];

    private async Task<bool> ChargerAsync(Guid id, Guid dossierId, CancellationToken ct)
    {
        var s = await JuryAcces.Visibles(db, User).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (s is null) return false;
        var p = await db.PointsOrdreDuJour.Include(x => x.Profils).FirstOrDefaultAsync(x => x.SessionId == id && x.DossierId == dossierId, ct);
        if (p is null) return false;
        Session = s;
        Point = p;
        Dossier = await db.DossiersProjets.FirstAsync(d => d.Id == dossierId, ct);
        Pieces = await pieces.ListeAsync(dossierId, ct);
        Creneau = await db.CreneauxSoutenance.AsNoTracking().FirstOrDefaultAsync(c => c.DossierId == dossierId, ct);
        var appel = await db.AppelsAProjets.FirstAsync(a => a.Id == s.AppelId, ct);
        Profils = appel.Profils;
        Grille = await GrilleDeSelection.DeLAppelAsync(db, appel, ct);
        Avis = await AvisEvaluations.DeLObjetAsync(db, ObjetsEvalues.DossierProjet, dossierId, ct);
        Resultat = AvisEvaluations.Resultat(Grille, Avis);
        // A jury member who also reviewed this dossier is bound by the anti-anchoring rule like any reviewer.
        var moi = User.UtilisateurId();
        var mienne = Avis.FirstOrDefault(a => a.EvaluateurId == moi);
        var aff = mienne is null ? null : await db.Affectations.FirstAsync(a => a.Id == mienne.AffectationId, ct);
        var eval = mienne?.EvaluationId is { } eid ? await db.Evaluations.FirstAsync(e => e.Id == eid, ct) : null;
        VoitLesNotes = AntiAncrage.PeutVoirLesAutresEvaluations(aff, eval, lecteurEstStaffOuJury: true);
        return true;
    }

    /// <summary>An attachment of a dossier on the agenda of a session I sit on, audited.</summary>
    public async Task<IActionResult> OnGetPieceAsync(Guid id, Guid dossierId, Guid fichierId, CancellationToken ct)
    {
        if (!await ChargerAsync(id, dossierId, ct)) return NotFound();
        var f = await pieces.OuvrirAsync(dossierId, fichierId, "jury", ct);
        return f is null ? NotFound() : Eig.Web.Infrastructure.Pdf.PdfEnLigne.Ouvrir(Response, f.Contenu, f.NomFichier);
    }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid dossierId, CancellationToken ct)
    {
        if (!await ChargerAsync(id, dossierId, ct)) return NotFound();
        Input = new InputModel
        {
            NotesSoutenance = Point.NotesSoutenance, Decision = Point.Decision?.ToString(), Motivation = Point.Motivation,
            Nombres = Profils.Select(pr => Point.Profils.FirstOrDefault(x => x.Profil == pr)?.Nombre.ToString() ?? "0").ToList<string?>(),
        };
        return Page();
    }

    [RefusSurLeChamp("Input.Decision")]
    public async Task<IActionResult> OnPostAsync(Guid id, Guid dossierId, CancellationToken ct)
    {
        if (!await ChargerAsync(id, dossierId, ct)) return NotFound();
        if (Session.Etat == EtatSessionJury.Publiee)
        {
            TempData["Erreur"] = "Les décisions de cette session sont publiées : elles ne peuvent plus être modifiées.";
            return RedirectToPage(new { id, dossierId });
        }
        if (Dossier.Etat == EtatDossier.PreSelectionne)
        {
            // Its soutenance was cancelled after it was put on the agenda: nothing to decide on until it has another.
            TempData["Erreur"] = "La soutenance de ce dossier est annulée : il ne peut pas être décidé tant qu'une nouvelle soutenance n'est pas réservée.";
            return RedirectToPage("/Jury/Session", new { id });
        }
        var f = new Formulaire(ModelState);
        var notes = f.Texte("NotesSoutenance", Input.NotesSoutenance, "les notes de soutenance", DossierProjet.Long, requis: false);
        var motivation = f.Texte("Motivation", Input.Motivation, "la motivation de la décision", DossierProjet.Long, requis: !string.IsNullOrEmpty(Input.Decision));
        EtatDossier? decision = null;
        if (!string.IsNullOrEmpty(Input.Decision))
        {
            if (Enum.TryParse<EtatDossier>(Input.Decision, out var dec) && EtatsDossier.EstDecide(dec)) decision = dec;
            else ModelState.AddModelError("Input.Decision", "Choisissez une décision dans la liste.");
        }
        var profils = new Dictionary<string, int>();
        for (var i = 0; i < Profils.Count; i++)
        {
            var n = f.Entier($"Nombres[{i}]", Input.Nombres.ElementAtOrDefault(i), $"le nombre de « {Profils[i]} »", 0, 10, requis: false) ?? 0;
            profils[Profils[i]] = n;
        }
        if (decision == EtatDossier.Laureat && profils.Values.All(v => v == 0))
            ModelState.AddModelError("Input.Nombres[0]", "Indiquez au moins un profil octroyé au lauréat.");
        if (!ModelState.IsValid) return Page();
        Point.NotesSoutenance = notes;
        // Profiles removed from the point are orphans of a required relationship: EF deletes them on save.
        if (decision is { } d) Point.Decider(d, motivation, profils);
        audit.Enregistrer("jury.decision.enregistrer", "DossierProjet", dossierId.ToString(),
            decision is { } x ? $"{EtatsDossier.Libelle(x)} : {motivation}" : "notes de soutenance");
        await db.SaveChangesAsync(ct);
        TempData["Succes"] = decision is null ? "Les notes de soutenance sont enregistrées." : "La décision est enregistrée ; elle sera publiée avec les autres à la fin de la session.";
        return RedirectToPage("Session", new { id });
    }
}
