using Eig.Web.AppelsAProjets;
using Eig.Web.Evaluations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Eig.Web.Infrastructure.Security;
using Eig.Web.Infrastructure.Fichiers;

namespace Eig.Web.Pages;

/// <summary>The conversation on a dossier, seen from either side: staff (Admin/Dossiers/Messages) or the porteur
/// (EspacePorteur/Dossiers/Messages). A side says which dossiers it may open (anything else is a 404), whether
/// its messages come from the team, and what it tells after sending.</summary>
[RequestFormLimits(MultipartBodyLengthLimit = 64 * 1024 * 1024)]
[RequestSizeLimit(64 * 1024 * 1024)]
public abstract class MessagesDossierModel(Messagerie messagerie, Eig.Web.Nouveautes.SuiviDesNouveautes nouveautes) : PageModel
{
    public DossierProjet Dossier { get; private set; } = null!;
    public List<Messagerie.Message> Fil { get; private set; } = [];
    public string LienPiece => $"{Request.Path}?handler=Piece&fichierId=";

    [BindProperty] public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        public string? Texte { get; set; }
        public IFormFile? Piece { get; set; }
    }

    protected abstract Task<DossierProjet?> TrouverAsync(Guid id, CancellationToken ct);
    protected abstract bool DeLEquipe { get; }
    protected abstract string Confirmation { get; }

    private async Task<bool> ChargerAsync(Guid id, CancellationToken ct)
    {
        var d = await TrouverAsync(id, ct);
        if (d is null) return false;
        Dossier = d;
        Fil = await messagerie.FilAsync(id, ct);
        return true;
    }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await ChargerAsync(id, ct)) return NotFound();
        await nouveautes.VuAsync(User.UtilisateurId(), Eig.Web.Nouveautes.ObjetsSuivis.Dossier, id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!await ChargerAsync(id, ct)) return NotFound();
        if (!await messagerie.EnvoyerAsync(Dossier, User.UtilisateurId(), DeLEquipe, Input.Texte, Input.Piece, ModelState, ct))
        {
            return Page();
        }
        TempData["Succes"] = Confirmation;
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnGetPieceAsync(Guid id, Guid fichierId, CancellationToken ct)
    {
        if (!await ChargerAsync(id, ct)) return NotFound();
        var f = await messagerie.PieceAsync(id, fichierId, ct);
        return f is null ? NotFound() : File(f.Contenu, "application/pdf", Televersement.NomDeTelechargement("piece-jointe", f.Id));
    }
}
