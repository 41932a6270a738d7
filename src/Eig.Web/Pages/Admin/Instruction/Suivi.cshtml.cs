using Eig.Web.Infrastructure.Database;
using Eig.Web.Infrastructure.Security;
using Eig.Web.Instruction;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Eig.Web.Pages.Admin.Instruction;

/// <summary>Staff: who follows a dossier or a candidature, its labels and the team's private notes. The dossier and
/// candidature pages show the same block; their forms post here, and a refused form is shown again here with its
/// message next to the field.</summary>
public class SuiviModel(EigDbContext db, VuesSuivi vues, SuiviEquipe suivis, EtiquettesEquipe etiquettes, AnnotationsEquipe annotations) : PageModel
{
    public VueSuivi Vue { get; private set; } = null!;

    [BindProperty] public Guid? VersId { get; set; }
    [BindProperty] public Guid? EtiquetteId { get; set; }
    [BindProperty] public string? Texte { get; set; }

    private async Task<bool> ChargerAsync(string genre, Guid id, CancellationToken ct)
    {
        if (Cible.DuSegment(genre, id) is not { } cible) return false;
        var vue = await vues.ChargerAsync(cible, User.UtilisateurId(), ct);
        if (vue is null) return false;
        vue.VersId = VersId;
        vue.EtiquetteId = EtiquetteId;
        vue.Texte = Texte;
        Vue = vue;
        return true;
    }

    public async Task<IActionResult> OnGetAsync(string genre, Guid id, CancellationToken ct) =>
        await ChargerAsync(genre, id, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostSuivreAsync(string genre, Guid id, CancellationToken ct) =>
        FaireAsync(genre, id, c => suivis.SuivreAsync(c, User.UtilisateurId(), ct), c => $"Vous suivez {Vue.CeLa}.", ct);

    public Task<IActionResult> OnPostNePlusSuivreAsync(string genre, Guid id, CancellationToken ct) =>
        FaireAsync(genre, id, c => suivis.NePlusSuivreAsync(c, User.UtilisateurId(), ct), c => $"Vous ne suivez plus {Vue.CeLa}.", ct);

    [RefusSurLeChamp(nameof(VersId))]
    public Task<IActionResult> OnPostTransfererAsync(string genre, Guid id, CancellationToken ct) =>
        FaireAsync(genre, id, c => suivis.TransfererAsync(c, User.UtilisateurId(), VersId, ct),
            c => $"{Vue.Collegues.First(x => x.Id == VersId).Libelle} suit désormais {Vue.CeLa}.", ct);

    [RefusSurLeChamp(nameof(EtiquetteId))]
    public Task<IActionResult> OnPostEtiqueterAsync(string genre, Guid id, CancellationToken ct) =>
        FaireAsync(genre, id, c => etiquettes.PoserAsync(c, EtiquetteId, User.UtilisateurId(), ct), c => "L'étiquette est posée.", ct);

    public Task<IActionResult> OnPostRetirerEtiquetteAsync(string genre, Guid id, Guid etiquetteId, CancellationToken ct) =>
        FaireAsync(genre, id, c => etiquettes.RetirerAsync(c, etiquetteId, ct), c => "L'étiquette est retirée.", ct);

    [RefusSurLeChamp(nameof(Texte))]
    public Task<IActionResult> OnPostAnnoterAsync(string genre, Guid id, CancellationToken ct) =>
        FaireAsync(genre, id, c => annotations.EcrireAsync(c, User.UtilisateurId(), Texte, ct), c => "La note est ajoutée.", ct);

    /// <summary>Load (404 for an unknown item or a draft), one move of the feature, save, back to the item's page.
    /// A refused move escapes to the page filter: this page again, the message next to the field, 400.</summary>
    private async Task<IActionResult> FaireAsync(string genre, Guid id, Func<Cible, Task> action, Func<Cible, string> message, CancellationToken ct)
    {
        if (!await ChargerAsync(genre, id, ct)) return NotFound();
        await action(Vue.Cible);
        await db.SaveChangesAsync(ct);
        TempData["Succes"] = message(Vue.Cible);
        return Redirect(Vue.Cible.Lien);
    }
}
