using Eig.Web.Infrastructure.Database;
using Eig.Web.AppelsAProjets;
using Eig.Web.AppelsAProjets;
using Eig.Web.Evaluations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Pages.EspacePorteur.Dossiers;

/// <summary>Porteur: the dossier form, one step per page, saved at each step so nothing typed is lost. Fields of the
/// step are required to move on; the whole dossier is checked again when it is filed.</summary>
public class EtapeModel(EigDbContext db, DossierAcces acces, IClock clock) : PageModel
{
    public const int NombreEtapes = 5;

    public static readonly string[] Titres =
        ["Administration et sponsor", "Le problème", "Expérimentation et produit", "L'équipe EIG souhaitée", "Pièces jointes et dépôt"];

    public static readonly string[] TypesAdministration =
        ["Administration centrale", "Service déconcentré", "Opérateur de l'État", "Collectivité territoriale", "Autre organisme public"];

    public int Numero { get; private set; }
    public DossierProjet Dossier { get; private set; } = null!;
    public IReadOnlyList<string> ProfilsDeLAppel { get; private set; } = [];

    [BindProperty] public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        public Guid Version { get; set; }
        public string? Titre { get; set; }
        public string? Administration { get; set; }
        public string? TypeAdministration { get; set; }
        public string? Siret { get; set; }
        public string? SponsorNom { get; set; }
        public string? SponsorFonction { get; set; }
        public string? Probleme { get; set; }
        public string? Preuves { get; set; }
        public string? PublicsConcernes { get; set; }
        public string? NombrePersonnesConcernees { get; set; }
        public string? TerrainExperimentation { get; set; }
        public string? ObjectifImpact { get; set; }
        public string? ApprocheProduit { get; set; }
        public string? FeuilleDeRoute { get; set; }
        public string? PrioriteGouvernementale { get; set; }
        public string? ProfilsSouhaites { get; set; }
        public string? NombreProfils { get; set; }
    }

    public IEnumerable<SelectListItem> Types => TypesAdministration.Select(t => new SelectListItem(t, t));

    private async Task<bool> ChargerAsync(Guid id, int numero, CancellationToken ct)
    {
        if (numero is < 1 or > 4) return false;
        var d = await acces.TrouverPourPorteurAsync(id, User.UtilisateurId(), ct);
        if (d is null) return false;
        Dossier = d;
        Numero = numero;
        ProfilsDeLAppel = (await db.AppelsAProjets.FirstAsync(a => a.Id == d.AppelId, ct)).Profils;
        return true;
    }

    public async Task<IActionResult> OnGetAsync(Guid id, int numero, CancellationToken ct)
    {
        if (!await ChargerAsync(id, numero, ct)) return NotFound();
        if (!Dossier.EstModifiableParLePorteur) return RedirectToPage("Details", new { id });
        var d = Dossier;
        Input = new InputModel
        {
            Version = d.Version, Titre = d.Titre, Administration = d.Administration, TypeAdministration = d.TypeAdministration,
            Siret = d.Siret, SponsorNom = d.SponsorNom, SponsorFonction = d.SponsorFonction, Probleme = d.Probleme,
            Preuves = d.Preuves, PublicsConcernes = d.PublicsConcernes, NombrePersonnesConcernees = d.NombrePersonnesConcernees?.ToString(),
            TerrainExperimentation = d.TerrainExperimentation, ObjectifImpact = d.ObjectifImpact, ApprocheProduit = d.ApprocheProduit,
            FeuilleDeRoute = d.FeuilleDeRoute, PrioriteGouvernementale = d.PrioriteGouvernementale,
            ProfilsSouhaites = d.ProfilsSouhaites, NombreProfils = d.NombreProfils?.ToString(),
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, int numero, CancellationToken ct)
    {
        if (!await ChargerAsync(id, numero, ct)) return NotFound();
        if (!Dossier.EstModifiableParLePorteur)
        {
            TempData["Erreur"] = "Ce dossier est en instruction : il ne peut plus être modifié.";
            return RedirectToPage("Details", new { id });
        }
        var valeurs = Valider(numero);
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var d = Dossier;
        // The version the person started from: a co-editor's save in between makes this one fail instead of erasing it.
        db.Entry(d).Property(x => x.Version).OriginalValue = Input.Version;
        switch (numero)
        {
            case 1:
                d.Titre = valeurs.Texte(nameof(Input.Titre)); d.Administration = valeurs.Texte(nameof(Input.Administration));
                d.TypeAdministration = valeurs.Texte(nameof(Input.TypeAdministration)); d.Siret = valeurs.TexteOuNull(nameof(Input.Siret));
                d.SponsorNom = valeurs.Texte(nameof(Input.SponsorNom)); d.SponsorFonction = valeurs.Texte(nameof(Input.SponsorFonction));
                break;
            case 2:
                d.Probleme = valeurs.Texte(nameof(Input.Probleme)); d.Preuves = valeurs.Texte(nameof(Input.Preuves));
                d.PublicsConcernes = valeurs.Texte(nameof(Input.PublicsConcernes)); d.NombrePersonnesConcernees = valeurs.Entier;
                break;
            case 3:
                d.TerrainExperimentation = valeurs.Texte(nameof(Input.TerrainExperimentation)); d.ObjectifImpact = valeurs.Texte(nameof(Input.ObjectifImpact));
                d.ApprocheProduit = valeurs.Texte(nameof(Input.ApprocheProduit)); d.FeuilleDeRoute = valeurs.Texte(nameof(Input.FeuilleDeRoute));
                d.PrioriteGouvernementale = valeurs.Texte(nameof(Input.PrioriteGouvernementale));
                break;
            case 4:
                d.ProfilsSouhaites = valeurs.Texte(nameof(Input.ProfilsSouhaites)); d.NombreProfils = valeurs.Entier;
                break;
        }
        d.EtapeAtteinte = Math.Max(d.EtapeAtteinte, numero);
        d.MarquerModifie(clock.UtcNow);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            TempData["Erreur"] = "Le dossier a été modifié par une autre personne pendant votre saisie. Voici sa dernière version : reprenez vos changements.";
            return RedirectToPage(new { id, numero });
        }
        TempData["Succes"] = $"Étape « {Titres[numero - 1]} » enregistrée.";
        return numero < 4 ? RedirectToPage(new { id, numero = numero + 1 }) : RedirectToPage("PiecesJointes", new { id });
    }

    private sealed class Valeurs
    {
        public Dictionary<string, string> Textes { get; } = [];
        public int? Entier { get; set; }
        public string Texte(string cle) => Textes.GetValueOrDefault(cle, "");
        public string? TexteOuNull(string cle) => Textes.GetValueOrDefault(cle) is { Length: > 0 } v ? v : null;
    }

    private Valeurs Valider(int numero)
    {
        var v = new Valeurs();
        void Champ(string cle, string? valeur, string libelle, int max, bool requis = true)
        {
            var t = valeur?.Trim() ?? "";
            if (requis && t.Length == 0) ModelState.AddModelError($"Input.{cle}", $"Renseignez {libelle}.");
            else if (t.Length > max) ModelState.AddModelError($"Input.{cle}", $"{char.ToUpper(libelle[0])}{libelle[1..]} ne doit pas dépasser {max} caractères (actuellement {t.Length}).");
            v.Textes[cle] = t;
        }
        int? Nombre(string cle, string? valeur, string libelle, int min, int max, bool requis)
        {
            var t = valeur?.Trim().Replace(" ", "").Replace("\u00a0", "") ?? "";
            if (t.Length == 0)
            {
                if (requis) ModelState.AddModelError($"Input.{cle}", $"Indiquez {libelle}.");
                return null;
            }
            if (!int.TryParse(t, out var n))
            {
                ModelState.AddModelError($"Input.{cle}", $"Indiquez {libelle} en chiffres, par exemple 12.");
                return null;
            }
            if (n < min || n > max) ModelState.AddModelError($"Input.{cle}", $"Indiquez {libelle} entre {min} et {max:N0}.");
            return n;
        }
        const int C = DossierProjet.Court, L = DossierProjet.Long;
        switch (numero)
        {
            case 1:
                Champ(nameof(Input.Titre), Input.Titre, "le titre du projet", C);
                Champ(nameof(Input.Administration), Input.Administration, "le nom de l'administration", C);
                Champ(nameof(Input.TypeAdministration), Input.TypeAdministration, "le type d'administration", C);
                if (v.Texte(nameof(Input.TypeAdministration)) is { Length: > 0 } type && !TypesAdministration.Contains(type))
                    ModelState.AddModelError("Input.TypeAdministration", "Choisissez un type d'administration dans la liste.");
                Champ(nameof(Input.Siret), Input.Siret?.Replace(" ", ""), "le SIRET", 14, requis: false);
                if (v.Texte(nameof(Input.Siret)) is { Length: > 0 } siret && (siret.Length != 14 || !siret.All(char.IsAsciiDigit)))
                    ModelState.AddModelError("Input.Siret", "Le SIRET compte 14 chiffres, par exemple 13002526500013.");
                Champ(nameof(Input.SponsorNom), Input.SponsorNom, "le nom du sponsor", C);
                Champ(nameof(Input.SponsorFonction), Input.SponsorFonction, "la fonction du sponsor", C);
                break;
            case 2:
                Champ(nameof(Input.Probleme), Input.Probleme, "le problème", L);
                Champ(nameof(Input.Preuves), Input.Preuves, "les éléments qui attestent le problème", L);
                Champ(nameof(Input.PublicsConcernes), Input.PublicsConcernes, "les personnes concernées", L);
                v.Entier = Nombre(nameof(Input.NombrePersonnesConcernees), Input.NombrePersonnesConcernees, "le nombre de personnes concernées", 1, 100_000_000, false);
                break;
            case 3:
                Champ(nameof(Input.TerrainExperimentation), Input.TerrainExperimentation, "le terrain d'expérimentation", L);
                Champ(nameof(Input.ObjectifImpact), Input.ObjectifImpact, "l'objectif d'impact", L);
                Champ(nameof(Input.ApprocheProduit), Input.ApprocheProduit, "l'approche produit", L);
                Champ(nameof(Input.FeuilleDeRoute), Input.FeuilleDeRoute, "la feuille de route", L);
                Champ(nameof(Input.PrioriteGouvernementale), Input.PrioriteGouvernementale, "la priorité gouvernementale", L, requis: false);
                break;
            case 4:
                Champ(nameof(Input.ProfilsSouhaites), Input.ProfilsSouhaites, "les profils souhaités", C);
                v.Entier = Nombre(nameof(Input.NombreProfils), Input.NombreProfils, "le nombre de profils", 1, 10, true);
                break;
        }
        return v;
    }
}
