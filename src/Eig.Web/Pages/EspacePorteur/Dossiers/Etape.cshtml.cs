using Eig.Web.Infrastructure.Database;
using Eig.Web.AppelsAProjets;
using Eig.Web.Evaluations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Eig.Web.Infrastructure.Security;

namespace Eig.Web.Pages.EspacePorteur.Dossiers;

/// <summary>Porteur: the dossier form, one step per page, saved at each step so nothing typed is lost. Fields of the
/// step are required to move on; the whole dossier is checked again when it is filed.</summary>
public class EtapeModel(EigDbContext db, DossierAcces acces, IClock clock) : PageModel
{
    public static int NombreEtapes => FormulaireDossier.NombreEtapes;

    public int Numero { get; private set; }
    public DossierProjet Dossier { get; private set; } = null!;
    public IReadOnlyList<string> ProfilsDeLAppel { get; private set; } = [];

    [BindProperty] public InputModel Input { get; set; } = new();

    [ChampsDuDossier]
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

    public EtapeDossier Etape => FormulaireDossier.Etapes[Numero - 1];

    /// <summary>The dossier's SIRET is the one ProConnect gave this porteur: the administration was deduced from it
    /// (or could not be, when its name is empty).</summary>
    public bool SiretProConnect => Dossier.Siret is { } s && User.FindFirst(Eig.Web.Comptes.ProConnect.ClaimSiret)?.Value == s;
    public IEnumerable<SelectListItem> Types => FormulaireDossier.TypesAdministration.Select(t => new SelectListItem(t, t));

    private static System.Reflection.PropertyInfo Propriete(ChampDossier c) => typeof(InputModel).GetProperty(c.Nom)!;

    private async Task<bool> ChargerAsync(Guid id, int numero, CancellationToken ct)
    {
        if (numero < 1 || numero > FormulaireDossier.Etapes.Count) return false;
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
        Input = new InputModel { Version = Dossier.Version };
        foreach (var c in FormulaireDossier.Champs) Propriete(c).SetValue(Input, c.Lire(Dossier));
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
        var acceptes = FormulaireDossier.Valider(Etape, nom => (string?)Propriete(FormulaireDossier.Champ(nom)).GetValue(Input), ModelState);
        if (!ModelState.IsValid) return Page();
        var d = Dossier;
        // The version the person started from: a co-editor's save in between makes this one fail instead of erasing it.
        db.Entry(d).Property(x => x.Version).OriginalValue = Input.Version;
        FormulaireDossier.Appliquer(Etape, d, acceptes);
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
        TempData["Succes"] = $"Étape « {Etape.Titre} » enregistrée.";
        return numero < FormulaireDossier.Etapes.Count ? RedirectToPage(new { id, numero = numero + 1 }) : RedirectToPage("PiecesJointes", new { id });
    }
}
