using System.ComponentModel.DataAnnotations;
using Eig.Web.AppelsAProjets;
using Eig.Web.Candidatures;
using Eig.Web.Infrastructure.Audit;
using Eig.Web.Infrastructure.Database;
using Eig.Web.Infrastructure.Mail;
using Eig.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Pages.Admin.Courriels;

/// <summary>One template: its text for every call or for one call, checked (every placeholder must be the mail's),
/// previewed with a real dossier or candidature, saved as a new version; an older version or the text of origin can
/// be put back (as a new version too, so that nothing is lost).</summary>
public class ModeleModel(EigDbContext db, MailTemplates templates, IAuditLog audit, IClock clock) : PageModel
{
    public ModeleCourriel Modele { get; private set; } = null!;
    /// <summary>The call whose own text is edited; null: the text of every call.</summary>
    [BindProperty(SupportsGet = true)] public Guid? Appel { get; set; }
    [BindProperty] public InputModel Input { get; set; } = new();
    /// <summary>The record the preview is rendered with.</summary>
    [BindProperty] public Guid? Exemple { get; set; }

    public List<VersionModeleCourriel> Versions { get; private set; } = [];
    public List<(Guid Id, string Titre)> Appels { get; private set; } = [];
    public string? TitreAppel { get; private set; }
    public List<SelectListItem> Exemples { get; private set; } = [];
    public MailContent? Apercu { get; private set; }

    public sealed class InputModel
    {
        [Display(Name = "Objet du courriel")]
        [Required(ErrorMessage = "Renseignez l'objet du courriel.")]
        [StringLength(VersionModeleCourriel.SujetMax, ErrorMessage = "L'objet ne doit pas dépasser {1} caractères.")]
        public string? Sujet { get; set; }

        [Display(Name = "Titre en tête du message")]
        [Required(ErrorMessage = "Renseignez le titre du message.")]
        [StringLength(VersionModeleCourriel.TitreMax, ErrorMessage = "Le titre ne doit pas dépasser {1} caractères.")]
        public string? Titre { get; set; }

        [Display(Name = "Texte", Description = "Un paragraphe par ligne. Une ligne qui reste vide une fois les variables remplacées n'apparaît pas.")]
        [Required(ErrorMessage = "Renseignez le texte du courriel.")]
        [StringLength(VersionModeleCourriel.CorpsMax, ErrorMessage = "Le texte ne doit pas dépasser {1} caractères.")]
        public string? Corps { get; set; }

        [Display(Name = "Libellé du bouton", Description = "Le bouton mène à {{lien}}. Laissé vide : pas de bouton.")]
        [StringLength(VersionModeleCourriel.BoutonMax, ErrorMessage = "Le libellé du bouton ne doit pas dépasser {1} caractères.")]
        public string? Bouton { get; set; }

        [Display(Name = "Note en fin de message")]
        [StringLength(VersionModeleCourriel.NoteMax, ErrorMessage = "La note ne doit pas dépasser {1} caractères.")]
        public string? Note { get; set; }

        public TexteCourriel Texte => new(Sujet?.Trim() ?? "", Titre?.Trim() ?? "", Corps?.Trim() ?? "",
            string.IsNullOrWhiteSpace(Bouton) ? null : Bouton.Trim(), string.IsNullOrWhiteSpace(Note) ? null : Note.Trim());
    }

    public async Task<IActionResult> OnGetAsync(string cle, CancellationToken ct)
    {
        if (!await ChargerAsync(cle, ct)) return NotFound();
        var t = templates.Courant(Modele, Appel);
        Input = new InputModel { Sujet = t.Sujet, Titre = t.Titre, Corps = t.Corps, Bouton = t.Bouton, Note = t.Note };
        return Page();
    }

    /// <summary>Shows the draft as it would leave, without saving it.</summary>
    public async Task<IActionResult> OnPostApercuAsync(string cle, CancellationToken ct)
    {
        if (!await ChargerAsync(cle, ct)) return NotFound();
        if (Valider()) Apercu = await RendreAsync(Input.Texte, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string cle, CancellationToken ct)
    {
        if (!await ChargerAsync(cle, ct)) return NotFound();
        if (!Valider()) return Page();
        await EnregistrerAsync(Input.Texte, "modifié", ct);
        TempData["Succes"] = $"Le modèle « {Modele.Nom} » est enregistré : les prochains courriels partiront avec ce texte.";
        return RedirectToPage(new { cle, appel = Appel });
    }

    /// <summary>Puts an older version back, as the newest one.</summary>
    public async Task<IActionResult> OnPostRetablirAsync(string cle, Guid version, CancellationToken ct)
    {
        if (!await ChargerAsync(cle, ct)) return NotFound();
        var v = Versions.FirstOrDefault(x => x.Id == version);
        if (v is null) return NotFound();
        await EnregistrerAsync(v.Texte, $"version {v.Numero} rétablie", ct);
        TempData["Succes"] = $"La version {v.Numero} est rétablie.";
        return RedirectToPage(new { cle, appel = Appel });
    }

    /// <summary>Back to the text written in the code (or, for a call, to the text of every call).</summary>
    public async Task<IActionResult> OnPostOrigineAsync(string cle, CancellationToken ct)
    {
        if (!await ChargerAsync(cle, ct)) return NotFound();
        var texte = Appel is null ? Modele.Defaut : templates.Courant(Modele);
        await EnregistrerAsync(texte, "texte d'origine rétabli", ct);
        TempData["Succes"] = Appel is null ? "Le texte d'origine est rétabli." : "Cet appel reprend le texte commun à tous les appels.";
        return RedirectToPage(new { cle, appel = Appel });
    }

    private bool Valider()
    {
        void Verifier(string champ, string? texte)
        {
            if (Gabarit.Erreur(texte, Modele.Variables) is { } erreur) ModelState.AddModelError($"Input.{champ}", erreur);
        }
        Verifier(nameof(InputModel.Sujet), Input.Sujet);
        Verifier(nameof(InputModel.Titre), Input.Titre);
        Verifier(nameof(InputModel.Corps), Input.Corps);
        Verifier(nameof(InputModel.Bouton), Input.Bouton);
        Verifier(nameof(InputModel.Note), Input.Note);
        return ModelState.IsValid;
    }

    private async Task EnregistrerAsync(TexteCourriel t, string quoi, CancellationToken ct)
    {
        var parId = User.UtilisateurId();
        var parNom = await db.Users.Where(u => u.Id == parId).Select(u => u.NomComplet).FirstOrDefaultAsync(ct) ?? "";
        var numero = Versions.Count == 0 ? 1 : Versions.Max(v => v.Numero) + 1;
        db.ModelesCourriels.Add(new VersionModeleCourriel
        {
            Cle = Modele.Cle, AppelId = Appel, Numero = numero, Sujet = t.Sujet, Titre = t.Titre, Corps = t.Corps, Bouton = t.Bouton, Note = t.Note,
            EnregistreeLe = clock.UtcNow, ParId = parId, ParNom = parNom,
        });
        audit.Enregistrer("modele-courriel.enregistre", "ModeleCourriel", Modele.Cle, $"version {numero}{(TitreAppel is null ? "" : $", appel « {TitreAppel} »")} : {quoi}");
        await db.SaveChangesAsync(ct);
        templates.OublierVersions();
    }

    private async Task<bool> ChargerAsync(string cle, CancellationToken ct)
    {
        if (MailTemplates.Modele(cle) is not { } modele) return false;
        Modele = modele;
        Appels = modele.Objet switch
        {
            ObjetModele.Dossier => (await db.AppelsAProjets.AsNoTracking().OrderByDescending(a => a.Ouverture).Select(a => new { a.Id, a.Titre }).ToListAsync(ct))
                .Select(a => (a.Id, a.Titre)).ToList(),
            ObjetModele.Candidature => (await db.AppelsACandidatures.AsNoTracking().OrderByDescending(a => a.Ouverture).Select(a => new { a.Id, a.Titre }).ToListAsync(ct))
                .Select(a => (a.Id, a.Titre)).ToList(),
            _ => [],
        };
        if (Appel is { } appel)
        {
            if (Appels.FirstOrDefault(a => a.Id == appel) is not { Titre: not null } trouve) return false;
            TitreAppel = trouve.Titre;
        }
        Versions = await db.ModelesCourriels.AsNoTracking().Where(v => v.Cle == cle && v.AppelId == Appel)
            .OrderByDescending(v => v.Numero).ToListAsync(ct);
        Exemples = modele.Objet switch
        {
            ObjetModele.Dossier => (await db.DossiersProjets.AsNoTracking().Where(d => d.Etat != EtatDossier.Brouillon && (Appel == null || d.AppelId == Appel))
                    .OrderByDescending(d => d.DeposeLe).Take(50).Select(d => new { d.Id, d.Numero, d.Titre }).ToListAsync(ct))
                .Select(d => new SelectListItem($"AAP-{d.Numero:0000} — {d.Titre}", d.Id.ToString())).ToList(),
            ObjetModele.Candidature => (await db.Candidatures.AsNoTracking().Where(c => c.Etat != EtatCandidature.Brouillon && (Appel == null || c.AppelId == Appel))
                    .OrderByDescending(c => c.DeposeeLe).Take(50).Select(c => new { c.Id, c.Prenom, c.Nom }).ToListAsync(ct))
                .Select(c => new SelectListItem($"{c.Prenom} {c.Nom}", c.Id.ToString())).ToList(),
            _ => [],
        };
        return true;
    }

    /// <summary>The draft filled with the chosen record's values (the first of the list by default), the other
    /// variables with their examples.</summary>
    private async Task<MailContent> RendreAsync(TexteCourriel texte, CancellationToken ct)
    {
        var valeurs = Modele.Variables.ToDictionary(v => v.Nom, v => (string?)v.Exemple);
        var choisi = Exemple is { } e && Exemples.Any(x => x.Value == e.ToString()) ? e
            : Exemples.Count > 0 ? Guid.Parse(Exemples[0].Value) : (Guid?)null;
        Exemple = choisi;
        if (Modele.Objet == ObjetModele.Dossier && choisi is { } dossierId
            && await db.DossiersProjets.AsNoTracking().FirstOrDefaultAsync(d => d.Id == dossierId, ct) is { } dossier)
            foreach (var (k, v) in ModelesAap.Valeurs(dossier, templates.Lien($"/espace-porteur/dossiers/{dossier.Id}"))) valeurs[k] = v;
        if (Modele.Objet == ObjetModele.Candidature && choisi is { } candidatureId
            && await db.Candidatures.AsNoTracking().FirstOrDefaultAsync(c => c.Id == candidatureId, ct) is { } candidature)
            foreach (var (k, v) in ModelesCandidatures.Valeurs(candidature, templates.Lien("/espace-candidat"))) valeurs[k] = v;
        if (Modele.Objet == ObjetModele.Compte)
        {
            var moi = User.UtilisateurId();
            valeurs["nom"] = await db.Users.Where(u => u.Id == moi).Select(u => u.NomComplet).FirstOrDefaultAsync(ct);
        }
        return templates.Rendre(texte, valeurs);
    }
}
