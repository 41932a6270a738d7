using Eig.Web.Candidatures;
using Eig.Web.Infrastructure.Database;
using Eig.Web.Promotions;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Pages.EspaceDefi;

/// <summary>The défis the signed-in person works on, in the team or on the administration's side.</summary>
public class IndexModel(EigDbContext db) : PageModel
{
    public sealed record Ligne(Guid Id, string Titre, string Administration);

    public IReadOnlyList<Ligne> Defis { get; private set; } = [];
    /// <summary>The documents staff shared with the person's promotions.</summary>
    public IReadOnlyList<DocumentsPromotion.Ligne> Documents { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var moi = User.UtilisateurId();
        Defis = await AccesDefi.DefisDe(db, moi).OrderBy(d => d.Titre).Select(d => new Ligne(d.Id, d.Titre, d.Administration)).ToListAsync(ct);
        Documents = await DocumentsPromotion.Pour(db, moi).ToListAsync(ct);
    }
}
