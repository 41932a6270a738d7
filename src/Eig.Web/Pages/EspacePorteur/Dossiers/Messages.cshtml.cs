using Eig.Web.Domain.Dossiers;
using Eig.Web.Infrastructure.Aap;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Eig.Web.Pages.EspacePorteur.Dossiers;

/// <summary>Porteur: messages with the program team about the dossier.</summary>
[RequestFormLimits(MultipartBodyLengthLimit = 64 * 1024 * 1024)]
[RequestSizeLimit(64 * 1024 * 1024)]
public class MessagesModel(DossierAcces acces, Messagerie messagerie) : PageModel
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

    private async Task<bool> ChargerAsync(Guid id, CancellationToken ct)
    {
        var d = await acces.TrouverPourPorteurAsync(id, DossierAcces.UtilisateurId(User), ct);
        if (d is null) return false;
        Dossier = d;
        Fil = await messagerie.FilAsync(id, ct);
        return true;
    }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await ChargerAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!await ChargerAsync(id, ct)) return NotFound();
        if (!await messagerie.EnvoyerAsync(Dossier, DossierAcces.UtilisateurId(User), false, Input.Texte, Input.Piece, ModelState, ct))
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        TempData["Succes"] = "Votre message est envoyé à l'équipe du programme.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnGetPieceAsync(Guid id, Guid fichierId, CancellationToken ct)
    {
        if (!await ChargerAsync(id, ct)) return NotFound();
        var f = await messagerie.PieceAsync(id, fichierId, ct);
        return f is null ? NotFound() : File(f.Contenu, "application/pdf", f.NomFichier);
    }
}
