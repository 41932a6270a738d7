using Eig.Web.Infrastructure.Http;
using System.ComponentModel.DataAnnotations;
using Eig.Web.Infrastructure.Database;
using Eig.Web.Appels;
using Eig.Web.AppelsAProjets;
using Eig.Web.Candidatures;
using Eig.Web.Infrastructure.Audit;
using Eig.Web.Infrastructure.Mail;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Eig.Web.Infrastructure.Security;
using Eig.Web.Infrastructure.Fichiers;

namespace Eig.Web.Pages.EspaceCandidat;

/// <summary>The candidature form (candidat only): saved as a draft as often as the person likes, then filed once.
/// Filing twice (double click, replay) finds the candidature already filed and sends no second receipt.</summary>
[TravailLourd]
public class CandidatureModel(EigDbContext db, IClock clock, IOutbox outbox, CandidaturesMails mails, IAuditLog audit,
    IOptions<CandidaturesOptions> options, Televersement televersement, Eig.Web.Infrastructure.Observabilite.Metriques metriques) : PageModel
{
    public const string ActionEnregistrer = "enregistrer";
    public const string ActionDeposer = "deposer";

    [BindProperty] public InputModel Input { get; set; } = new();

    public AppelACandidatures? Appel { get; private set; }
    public List<SelectListItem> Profils { get; private set; } = [];
    public string? CvActuel { get; private set; }
    public bool BrouillonEnregistre { get; private set; }
    public int TailleMaxMo => options.Value.CvTailleMax / (1024 * 1024);

    public sealed class InputModel
    {
        [Display(Name = "Prénom")]
        [StringLength(Candidature.LongueurCourte, ErrorMessage = "Le prénom ne peut pas dépasser 200 caractères.")]
        public string? Prenom { get; set; }
        [Display(Name = "Nom")]
        [StringLength(Candidature.LongueurCourte, ErrorMessage = "Le nom ne peut pas dépasser 200 caractères.")]
        public string? Nom { get; set; }
        [Display(Name = "Adresse électronique", Description = "Format attendu : nom@exemple.fr")]
        [EmailAddress(ErrorMessage = "Saisissez une adresse électronique valide, par exemple nom@exemple.fr.")]
        [StringLength(256, ErrorMessage = "L'adresse électronique ne peut pas dépasser 256 caractères.")]
        public string? Email { get; set; }
        [Display(Name = "Téléphone", Description = "Format attendu : 06 12 34 56 78")]
        [RegularExpression(@"^\+?[0-9 .()-]{6,30}$", ErrorMessage = "Saisissez un numéro de téléphone valide, par exemple 06 12 34 56 78.")]
        public string? Telephone { get; set; }
        [Display(Name = "Ville de résidence")]
        [StringLength(Candidature.LongueurCourte, ErrorMessage = "La ville ne peut pas dépasser 200 caractères.")]
        public string? Ville { get; set; }
        public Guid? ProfilId { get; set; }
        [Display(Name = "Années d'expérience professionnelle", Description = "Un nombre entier, de 0 à 60. Il détermine la rémunération proposée.")]
        [Range(0, 60, ErrorMessage = "Indiquez un nombre d'années compris entre 0 et 60.")]
        public int? AnneesExperience { get; set; }
        [Display(Name = "Votre expérience entrepreneuriale", Description = "Entreprises créées ou dirigées, produits lancés, équipes pilotées, résultats obtenus. 5 000 caractères au plus.")]
        [StringLength(Candidature.LongueurTexte, ErrorMessage = "Votre expérience entrepreneuriale ne peut pas dépasser 5 000 caractères.")]
        public string? ExperienceEntrepreneuriale { get; set; }
        [Display(Name = "Votre motivation", Description = "Pourquoi rejoindre le programme et relever un défi dans une administration ? 5 000 caractères au plus.")]
        [StringLength(Candidature.LongueurTexte, ErrorMessage = "Votre motivation ne peut pas dépasser 5 000 caractères.")]
        public string? Motivation { get; set; }
        [Display(Name = "Compétences clés", Description = "Séparées par des virgules, par exemple : stratégie produit, recrutement, architecture logicielle")]
        [StringLength(1000, ErrorMessage = "Vos compétences ne peuvent pas dépasser 1 000 caractères.")]
        public string? Competences { get; set; }
        [Display(Name = "Domaines de politique publique qui vous intéressent", Description = "Séparés par des virgules, par exemple : santé, environnement, justice")]
        [StringLength(1000, ErrorMessage = "Vos domaines ne peuvent pas dépasser 1 000 caractères.")]
        public string? Domaines { get; set; }
        [Display(Name = "Profil LinkedIn", Description = "Adresse complète, par exemple https://www.linkedin.com/in/votre-nom")]
        public string? LienLinkedIn { get; set; }
        [Display(Name = "Profil GitHub", Description = "Adresse complète, par exemple https://github.com/votre-nom")]
        public string? LienGitHub { get; set; }
        [Display(Name = "Portfolio ou site personnel", Description = "Adresse complète, commençant par https://")]
        public string? LienPortfolio { get; set; }
        [Display(Name = "Disponible à partir du", Description = "Format attendu : JJ/MM/AAAA")]
        public DateOnly? Disponibilite { get; set; }
        public IFormFile? Cv { get; set; }
        public bool Consentement { get; set; }
        public bool AnnuairePublic { get; set; }
    }

    private DateOnly Aujourdhui => DateOnly.FromDateTime(clock.UtcNow);

    public async Task<IActionResult> OnGetAsync()
    {
        var c = await MaCandidatureAsync(asNoTracking: true);
        if (c is not null && c.Etat != EtatCandidature.Brouillon)
            return RedirectToPage("/EspaceCandidat/Index");
        await ChargerAsync(c);
        if (Appel is null) return Page();
        if (c is not null)
        {
            Input = new InputModel
            {
                Prenom = c.Prenom, Nom = c.Nom, Email = c.Email, Telephone = c.Telephone, Ville = c.Ville, ProfilId = c.ProfilId,
                AnneesExperience = c.AnneesExperience, ExperienceEntrepreneuriale = c.ExperienceEntrepreneuriale, Motivation = c.Motivation,
                Competences = c.Competences, Domaines = c.Domaines, LienLinkedIn = c.LienLinkedIn, LienGitHub = c.LienGitHub,
                LienPortfolio = c.LienPortfolio, Disponibilite = c.Disponibilite, Consentement = c.ConsentementDonne, AnnuairePublic = c.AnnuairePublic,
            };
        }
        else
        {
            Input.Email = User.Identity?.Name;
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? action)
    {
        var deposer = action == ActionDeposer;
        var c = await MaCandidatureAsync(asNoTracking: false);
        if (c is not null && c.Etat != EtatCandidature.Brouillon)
        {
            // A replayed or double-clicked submission: the first one did the work.
            TempData["Succes"] = "Votre candidature est déjà déposée.";
            return RedirectToPage("/EspaceCandidat/Index");
        }
        await ChargerAsync(c);
        if (Appel is null)
        {
            ModelState.AddModelError("", "Aucun appel à candidatures n'est ouvert en ce moment.");
            return Page();
        }

        ValiderFormats();
        FichierRecu? cv = null;
        if (Input.Cv is { } fichier)
        {
            (cv, var erreur) = await televersement.LireAsync(fichier, options.Value.CvTailleMax, SorteDeFichier.Pdf, HttpContext.RequestAborted);
            if (erreur is not null) ModelState.AddModelError("Input.Cv", erreur);
        }
        if (!ModelState.IsValid) return Page();

        var now = clock.UtcNow;
        var nouvelle = c is null;
        c ??= Candidature.Creer(Appel.Id, User.UtilisateurId(), User.Identity?.Name ?? "", now);
        Appliquer(c);
        c.Enregistrer(Input.Consentement, now);
        if (nouvelle) db.Candidatures.Add(c);
        if (cv is not null)
        {
            var existant = await db.CvCandidatures.FindAsync(c.Id);
            if (existant is null) db.CvCandidatures.Add(existant = new CvCandidature { CandidatureId = c.Id });
            existant.NomFichier = cv.NomOriginal;
            existant.Contenu = cv.Contenu;
            existant.Taille = cv.Contenu.Length;
            existant.DeposeLe = now;
        }
        var aUnCv = cv is not null || (!nouvelle && await db.CvCandidatures.AnyAsync(x => x.CandidatureId == c.Id));

        var manques = deposer ? c.Manques(aUnCv) : [];
        if (deposer && manques.Count == 0)
        {
            var sprint = Appel.SprintDuJour(Aujourdhui);
            c.Deposer(aUnCv, Appel.AccepteDepots(Aujourdhui), sprint?.Id, now);
            var profil = Appel.Profils.First(p => p.Id == c.ProfilId).Libelle;
            // To the account's own (confirmed) address, not to whatever was typed in the form's e-mail field.
            var compte = await db.Users.Where(u => u.Id == c.CandidatId).Select(u => u.Email).SingleAsync();
            outbox.Ajouter(compte!, mails.AccuseReception(c, profil));
            audit.Enregistrer("candidature.deposee", "Candidature", c.Id.ToString(), $"profil {profil}");
        }
        else
        {
            audit.Enregistrer(nouvelle ? "candidature.creee" : "candidature.brouillon-enregistre", "Candidature", c.Id.ToString());
        }

        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (deposer && await db.Candidatures.AnyAsync(x => x.AppelId == c.AppelId && x.CandidatId == c.CandidatId && x.Etat != EtatCandidature.Brouillon))
            {
                // The same "Déposer" sent several times at once: one of them filed it (and sent the one receipt).
                TempData["Succes"] = "Votre candidature est déjà déposée.";
                return RedirectToPage("/EspaceCandidat/Index");
            }
            // Two tabs: another request saved first. Show what is stored now.
            TempData["Erreur"] = "Votre candidature a été modifiée entre-temps, depuis un autre onglet peut-être. Vérifiez-la puis recommencez.";
            return RedirectToPage();
        }

        if (deposer && manques.Count > 0)
        {
            // The draft is saved (nothing typed is lost), but filing needs the missing fields.
            foreach (var (champ, message) in manques)
                ModelState.AddModelError("Input." + champ, message);
            BrouillonEnregistre = true;
            CvActuel = await db.CvCandidatures.Where(x => x.CandidatureId == c.Id).Select(x => x.NomFichier).FirstOrDefaultAsync();
            return Page();
        }
        if (deposer) metriques.Depot("candidature");
        TempData["Succes"] = deposer
            ? "Votre candidature est déposée. Un accusé de réception vous a été envoyé par courriel."
            : "Votre brouillon est enregistré. Vous pouvez y revenir quand vous voulez.";
        return deposer ? RedirectToPage("/EspaceCandidat/Index") : RedirectToPage();
    }

    private void ValiderFormats()
    {
        if (Input.ProfilId is { } p && Appel!.Profils.All(x => x.Id != p))
            ModelState.AddModelError("Input.ProfilId", "Choisissez l'un des profils proposés.");
        foreach (var (nom, valeur, libelle) in new[]
                 {
                     (nameof(InputModel.LienLinkedIn), Input.LienLinkedIn, "LinkedIn"),
                     (nameof(InputModel.LienGitHub), Input.LienGitHub, "GitHub"),
                     (nameof(InputModel.LienPortfolio), Input.LienPortfolio, "portfolio"),
                 })
        {
            if (string.IsNullOrWhiteSpace(valeur)) continue;
            if (valeur.Length > Candidature.LongueurUrl
                || !Uri.TryCreate(valeur.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
                ModelState.AddModelError("Input." + nom, $"Saisissez l'adresse complète de votre lien {libelle}, commençant par https://");
        }
        if (Input.Disponibilite is { } d && (d < Aujourdhui.AddYears(-1) || d > Aujourdhui.AddYears(3)))
            ModelState.AddModelError("Input.Disponibilite", "Indiquez une date de disponibilité dans les trois prochaines années.");
    }

    private void Appliquer(Candidature c)
    {
        static string T(string? s) => s?.Trim() ?? "";
        c.VerifierModifiable();
        c.Prenom = T(Input.Prenom); c.Nom = T(Input.Nom); c.Email = T(Input.Email); c.Telephone = T(Input.Telephone);
        c.Ville = T(Input.Ville); c.ProfilId = Input.ProfilId; c.AnneesExperience = Input.AnneesExperience;
        c.ExperienceEntrepreneuriale = T(Input.ExperienceEntrepreneuriale); c.Motivation = T(Input.Motivation);
        c.Competences = string.Join(", ", Appariement.MotsCles(Input.Competences));
        c.Domaines = string.Join(", ", Appariement.MotsCles(Input.Domaines));
        c.LienLinkedIn = T(Input.LienLinkedIn); c.LienGitHub = T(Input.LienGitHub); c.LienPortfolio = T(Input.LienPortfolio);
        c.Disponibilite = Input.Disponibilite; c.AnnuairePublic = Input.AnnuairePublic;
    }

    /// <summary>The person's candidature to the open call, or their draft to a call that has since closed.</summary>
    private async Task<Candidature?> MaCandidatureAsync(bool asNoTracking)
    {
        var moi = User.UtilisateurId();
        var q = db.Candidatures.Where(c => c.CandidatId == moi).OrderByDescending(c => c.CreeLe);
        var appel = await db.AppelOuvertAsync(Aujourdhui);
        var cible = appel is null ? q : q.Where(c => c.AppelId == appel.Id);
        return await (asNoTracking ? cible.AsNoTracking() : cible).FirstOrDefaultAsync();
    }

    private async Task ChargerAsync(Candidature? c)
    {
        Appel = await db.AppelOuvertAsync(Aujourdhui);
        if (Appel is null) return;
        Profils = Appel.Profils.OrderBy(p => p.Ordre)
            .Select(p => new SelectListItem(p.Libelle + (p.Description.Length > 0 ? " — " + p.Description : ""), p.Id.ToString())).ToList();
        if (c is not null)
            CvActuel = await db.CvCandidatures.Where(x => x.CandidatureId == c.Id).Select(x => x.NomFichier).FirstOrDefaultAsync();
    }
}
