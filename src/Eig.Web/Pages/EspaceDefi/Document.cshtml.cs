using Eig.Web.Infrastructure.Database;
using Eig.Web.Infrastructure.Fichiers;
using Eig.Web.Promotions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Eig.Web.Pages.EspaceDefi;

/// <summary>A document shared with a promotion, for its EIG and sponsors (and staff); anyone else gets a 404.</summary>
public class DocumentModel(EigDbContext db, IAuthorizationService autorisations) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var staff = (await autorisations.AuthorizeAsync(User, WebApp.PolicyStaff)).Succeeded;
        var d = await DocumentsPromotion.TrouverAsync(db, id, User.UtilisateurId(), staff, ct);
        return d is null ? NotFound() : File(d.Contenu, d.TypeMime, Televersement.NomDeTelechargement("document", d.Id, d.TypeMime));
    }
}
