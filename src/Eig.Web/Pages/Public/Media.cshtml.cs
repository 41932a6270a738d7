using Eig.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Pages.Public;

/// <summary>Files of the media library at /img/&lt;nom&gt;, for anyone. PDFs are sent as downloads and nothing is
/// sniffed: the type stored is the one recognised from the content at upload.</summary>
public class MediaModel(EigDbContext db) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string nom, CancellationToken ct)
    {
        var m = await db.Medias.AsNoTracking().Where(x => x.Nom == nom.ToLowerInvariant())
            .Select(x => new { x.Donnees, x.TypeMime, x.Nom }).FirstOrDefaultAsync(ct);
        if (m is null) return NotFound();
        Response.Headers.CacheControl = "public, max-age=3600";
        return m.TypeMime == "application/pdf"
            ? File(m.Donnees, m.TypeMime, Path.GetFileName(m.Nom))
            : File(m.Donnees, m.TypeMime);
    }
}
