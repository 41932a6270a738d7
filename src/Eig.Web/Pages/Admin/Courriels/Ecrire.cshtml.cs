using System.ComponentModel.DataAnnotations;
using Eig.Web.AppelsAProjets;
using Eig.Web.Candidatures;
using Eig.Web.Courriers;
using Eig.Web.Infrastructure.Database;
using Eig.Web.Infrastructure.Mail;
using Eig.Web.Instruction;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Pages.Admin.Courriels;

/// <summary>Staff write one mail to a group: choose who (dossiers or candidatures in a state, with a label, a
/// promotion's EIG, the newsletter's subscribers), write subject and text with the templates' placeholders, check
/// the preview rendered for a real recipient and the count, then send. The count shown is the count sent: if the
/// group changed in between, the send stops and shows the new count. From a list's bulk form the group is the rows
/// chosen there (<see cref="InputModel.Selection"/>, carried in the forms' bodies); those that cannot receive the mail
/// are listed with the reason before anything leaves.</summary>
public class EcrireModel(EigDbContext db, Publipostage publipostage) : PageModel
{
    [BindProperty] public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        [Display(Name = "Destinataires")]
        [Required(ErrorMessage = "Choisissez à qui écrire.")]
        public GenreSegment? Segment { get; set; }

        [Display(Name = "État des dossiers")] public EtatDossier? EtatDossier { get; set; }
        [Display(Name = "État des candidatures")] public EtatCandidature? EtatCandidature { get; set; }
        [Display(Name = "Appel", Description = "Pour les dossiers ou les candidatures : ceux d'un appel seulement.")] public Guid? Appel { get; set; }
        [Display(Name = "Étiquette", Description = "Pour les dossiers ou les candidatures : ceux qui portent cette étiquette.")] public Guid? Etiquette { get; set; }
        [Display(Name = "Promotion", Description = "Pour les EIG : obligatoire.")] public Guid? Promotion { get; set; }

        [Display(Name = "Objet du courriel")]
        [Required(ErrorMessage = "Renseignez l'objet du courriel.")]
        [StringLength(Publipostage.SujetMax, ErrorMessage = "L'objet ne doit pas dépasser {1} caractères.")]
        public string? Sujet { get; set; }

        [Display(Name = "Message", Description = "Un paragraphe par ligne. Les variables s'écrivent entre doubles accolades, par exemple {{titre}}.")]
        [Required(ErrorMessage = "Écrivez le message.")]
        [StringLength(Publipostage.CorpsMax, ErrorMessage = "Le message ne doit pas dépasser {1} caractères.")]
        public string? Corps { get; set; }

        /// <summary>The count the preview showed, which the send must still find.</summary>
        public int? Nombre { get; set; }

        /// <summary>The ids chosen in a list, comma-separated: then the group is exactly them.</summary>
        public string? Selection { get; set; }

        /// <summary>The list the selection came from, for the way back.</summary>
        public string? Retour { get; set; }
    }

    /// <summary>The lists a selection can come from.</summary>
    private static readonly string[] Listes = ["/admin/dossiers", "/admin/candidatures", "/admin/vivier"];
    public string? Retour => Listes.Contains(Input.Retour) ? Input.Retour : null;

    public IReadOnlyList<Guid>? Choisis => string.IsNullOrWhiteSpace(Input.Selection) ? null
        : Input.Selection.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(x => Guid.TryParse(x, out var g) ? g : Guid.Empty).Where(g => g != Guid.Empty).Distinct().ToList();
    /// <summary>The chosen records that will get no mail, and why.</summary>
    public List<RefusCourriel> Refus { get; private set; } = [];

    public List<SelectListItem> Segments { get; } = Enum.GetValues<GenreSegment>()
        .Select(g => new SelectListItem(Publipostage.Libelle(g), g.ToString())).ToList();
    public List<SelectListItem> EtatsDossier { get; } = [new("Tous les états", ""), .. Enum.GetValues<EtatDossier>().Where(e => e != Eig.Web.AppelsAProjets.EtatDossier.Brouillon)
        .Select(e => new SelectListItem(Eig.Web.AppelsAProjets.EtatsDossier.Libelle(e), e.ToString()))];
    public List<SelectListItem> EtatsCandidature { get; } = [new("Tous les états", ""), .. Enum.GetValues<EtatCandidature>().Where(e => e != Eig.Web.Candidatures.EtatCandidature.Brouillon)
        .Select(e => new SelectListItem(Eig.Web.Candidatures.EtatsCandidature.Libelle(e), e.ToString()))];
    public List<SelectListItem> Appels { get; private set; } = [];
    public List<SelectListItem> Etiquettes { get; private set; } = [];
    /// <summary>The lists with their "any" choice first, as the form shows them.</summary>
    public List<SelectListItem> AppelsOuTous => [new("Tous les appels", ""), .. Appels];
    public List<SelectListItem> EtiquettesOuToutes => [new("Aucune en particulier", ""), .. Etiquettes];
    public List<SelectListItem> Promotions { get; private set; } = [];

    /// <summary>After "Prévisualiser": the mail of the first recipient, and how many there are.</summary>
    public (Destinataire Pour, MailContent Contenu)? Apercu { get; private set; }
    public int Nombre { get; private set; }
    public IReadOnlyList<VariableCourriel> Variables => Publipostage.Variables(Input.Segment ?? GenreSegment.Dossiers);

    /// <summary>Opened from a filtered list, the group is that list's filter.</summary>
    public async Task OnGetAsync(GenreSegment? segment, string? etat, Guid? appel, Guid? etiquette, Guid? promotion, CancellationToken ct)
    {
        Input.Segment = segment;
        if (segment == GenreSegment.Dossiers && Enum.TryParse<EtatDossier>(etat, out var ed)) Input.EtatDossier = ed;
        if (segment == GenreSegment.Candidatures && Enum.TryParse<EtatCandidature>(etat, out var ec)) Input.EtatCandidature = ec;
        (Input.Appel, Input.Etiquette, Input.Promotion) = (appel, etiquette, promotion);
        await ListesAsync(ct);
    }

    /// <summary>From a list's bulk form: the composer with the chosen rows as its group; nothing to correct yet.</summary>
    public async Task<IActionResult> OnPostLotAsync(CancellationToken ct)
    {
        ModelState.Clear();
        await ListesAsync(ct);
        if (Input.Segment is not (GenreSegment.Dossiers or GenreSegment.Candidatures) || Choisis is not { Count: > 0 } choisis) return RedirectToPage();
        if (choisis.Count > ActionsEnLot.Maximum)
        {
            ModelState.AddModelError("Input.Segment", $"Un message en lot part à {Fr.Entier(ActionsEnLot.Maximum)} éléments au plus : affinez le filtre de la liste.");
            return Page();
        }
        var (destinataires, refus) = await publipostage.TrierAsync(Segment(), ct);
        (Nombre, Refus) = (destinataires.Count, refus);
        return Page();
    }

    public async Task<IActionResult> OnPostApercuAsync(CancellationToken ct)
    {
        await ListesAsync(ct);
        if (await ValiderAsync(ct) is { } destinataires)
        {
            Nombre = destinataires.Count;
            Apercu = (destinataires[0], publipostage.Rendre(Input.Sujet!, Input.Corps!, destinataires[0]));
        }
        return Page();
    }

    public async Task<IActionResult> OnPostEnvoyerAsync(CancellationToken ct)
    {
        await ListesAsync(ct);
        if (await ValiderAsync(ct) is not { } destinataires) return Page();
        if (destinataires.Count != Input.Nombre)
        {
            Nombre = destinataires.Count;
            Apercu = (destinataires[0], publipostage.Rendre(Input.Sujet!, Input.Corps!, destinataires[0]));
            ModelState.AddModelError("Input.Segment", $"Le groupe a changé depuis l'aperçu : il compte maintenant {Fr.Nombre(Nombre, "destinataire", "destinataires")}. Vérifiez l'aperçu, puis envoyez.");
            return Page();
        }
        var n = await publipostage.EnvoyerAsync(Segment(), Input.Sujet!, Input.Corps!, Description(), ct);
        TempData["Succes"] = $"Votre courriel « {Input.Sujet} » part vers {Fr.Nombre(n, "destinataire", "destinataires")} : chacun apparaît dans l'historique de sa fiche."
            + (Refus.Count == 0 ? "" : $" {Fr.Nombre(Refus.Count, "élément choisi n'a", "éléments choisis n'ont")} pas de destinataire : {string.Join(", ", Refus.Select(r => r.Libelle))}.");
        return Retour is { } retour ? Redirect(retour) : RedirectToPage();
    }

    private Segment Segment() => Choisis is { } choisis && Input.Segment is GenreSegment.Dossiers or GenreSegment.Candidatures
        ? new(Input.Segment!.Value, Ids: choisis)
        : new(Input.Segment!.Value,
        Input.Segment == GenreSegment.Dossiers ? Input.EtatDossier : null,
        Input.Segment == GenreSegment.Candidatures ? Input.EtatCandidature : null,
        Input.Segment is GenreSegment.Dossiers or GenreSegment.Candidatures ? Input.Etiquette : null,
        Input.Segment is GenreSegment.Dossiers or GenreSegment.Candidatures ? Input.Appel : null,
        Input.Segment == GenreSegment.Eig ? Input.Promotion : null);

    /// <summary>The group in words, for the page and the audit line.</summary>
    public string Description()
    {
        var s = Segment();
        var parts = new List<string> { Publipostage.Libelle(s.Genre).ToLower(Fr.Culture) };
        if (s.Ids is { } ids) parts.Add($"{(s.Genre == GenreSegment.Dossiers ? Fr.Nombre(ids.Count, "dossier choisi", "dossiers choisis") : Fr.Nombre(ids.Count, "candidature choisie", "candidatures choisies"))} dans une liste");
        if (s.EtatDossier is { } ed) parts.Add($"état « {Eig.Web.AppelsAProjets.EtatsDossier.Libelle(ed)} »");
        if (s.EtatCandidature is { } ec) parts.Add($"état « {Eig.Web.Candidatures.EtatsCandidature.Libelle(ec)} »");
        if (s.AppelId is { } a) parts.Add($"appel « {Appels.FirstOrDefault(x => x.Value == a.ToString())?.Text} »");
        if (s.EtiquetteId is { } t) parts.Add($"étiquette « {Etiquettes.FirstOrDefault(x => x.Value == t.ToString())?.Text} »");
        if (s.PromotionId is { } p) parts.Add(Promotions.FirstOrDefault(x => x.Value == p.ToString())?.Text ?? "");
        return string.Join(", ", parts);
    }

    /// <summary>The recipients when the form is right, else null with the messages next to the fields.</summary>
    private async Task<List<Destinataire>?> ValiderAsync(CancellationToken ct)
    {
        if (Input.Segment is { } g)
        {
            if (g == GenreSegment.Eig && (Input.Promotion is not { } p || !Promotions.Any(x => x.Value == p.ToString())))
                ModelState.AddModelError("Input.Promotion", "Choisissez la promotion dont les EIG recevront le courriel.");
            if (Input.Appel is { } a && g is GenreSegment.Dossiers or GenreSegment.Candidatures && !Appels.Any(x => x.Value == a.ToString()))
                ModelState.AddModelError("Input.Appel", "Choisissez un appel de la liste.");
            if (Input.Etiquette is { } t && g is GenreSegment.Dossiers or GenreSegment.Candidatures && !Etiquettes.Any(x => x.Value == t.ToString()))
                ModelState.AddModelError("Input.Etiquette", "Choisissez une étiquette de la liste.");
            var variables = Publipostage.Variables(g);
            if (Gabarit.Erreur(Input.Sujet, variables) is { } es) ModelState.AddModelError("Input.Sujet", es);
            if (Gabarit.Erreur(Input.Corps, variables) is { } ec) ModelState.AddModelError("Input.Corps", ec);
        }
        if (Choisis is { Count: > ActionsEnLot.Maximum })
            ModelState.AddModelError("Input.Segment", $"Un message en lot part à {Fr.Entier(ActionsEnLot.Maximum)} éléments au plus : affinez le filtre de la liste.");
        if (!ModelState.IsValid) return null;
        var (destinataires, refus) = await publipostage.TrierAsync(Segment(), ct);
        Refus = refus;
        if (destinataires.Count == 0)
        {
            ModelState.AddModelError("Input.Segment", Choisis is null ? "Aucun destinataire ne correspond à ce choix : élargissez-le."
                : "Aucun des éléments choisis n'a de destinataire : voyez les raisons ci-dessous.");
            return null;
        }
        return destinataires;
    }

    private async Task ListesAsync(CancellationToken ct)
    {
        var aap = await db.AppelsAProjets.AsNoTracking().Select(a => new { a.Id, a.Titre }).ToListAsync(ct);
        var aac = await db.AppelsACandidatures.AsNoTracking().Select(a => new { a.Id, a.Titre }).ToListAsync(ct);
        Appels = aap.Select(a => new SelectListItem($"Appel à projets : {a.Titre}", a.Id.ToString()))
            .Concat(aac.Select(a => new SelectListItem($"Appel à candidatures : {a.Titre}", a.Id.ToString()))).ToList();
        Etiquettes = (await db.Etiquettes.AsNoTracking().OrderBy(e => e.Nom).Select(e => new { e.Id, e.Nom }).ToListAsync(ct))
            .Select(e => new SelectListItem(e.Nom, e.Id.ToString())).ToList();
        Promotions = (await db.Promotions.AsNoTracking().OrderByDescending(p => p.Numero).ToListAsync(ct))
            .Select(p => new SelectListItem(p.Titre, p.Id.ToString())).ToList();
    }
}
