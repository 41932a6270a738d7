using Eig.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Pages.Public;

/// <summary>Files of the media library at /img/&lt;nom&gt;, for anyone. PDFs are sent as downloads and nothing is
/// sniffed: the type stored is the one recognised from the content at upload (SVG sanitized then).</summary>
public class MediaModel(EigDbContext db) : PageModel
{
    /// <param name="variante"><c>carte</c>: the photo's card variant (<see cref="Eig.Web.Contenus.VignettesImages"/>), or
    /// the image itself when it has none (SVG, small images).</param>
    public async Task<IActionResult> OnGetAsync(string nom, string? variante, CancellationToken ct)
    {
        var carte = variante == "carte";
        var q = db.Medias.AsNoTracking().Where(x => x.Nom == nom.ToLowerInvariant());
        // One blob read: the variant when asked for and present (COALESCE), else the file.
        var m = carte
            ? await q.Select(x => new { Donnees = x.Vignette ?? x.Donnees, TypeMime = x.Vignette != null ? Eig.Web.Contenus.VignettesImages.TypeVignette : x.TypeMime, x.Nom }).FirstOrDefaultAsync(ct)
            : await q.Select(x => new { x.Donnees, x.TypeMime, x.Nom }).FirstOrDefaultAsync(ct);
        if (m is null) return NotFound();
        // A day in the browser, then revalidated by its content's hash (a replaced image changes it).
        Response.Headers.CacheControl = "public, max-age=86400";
        var etag = new Microsoft.Net.Http.Headers.EntityTagHeaderValue("\"" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(m.Donnees))[..20] + "\"");
        if (m.TypeMime == "image/svg+xml")
            // An SVG opened on its own is a document: nothing in it may run or load, whatever the sanitizer missed.
            Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox";
        return new FileContentResult(m.Donnees, m.TypeMime)
        {
            EntityTag = etag,
            FileDownloadName = m.TypeMime == "application/pdf" ? Path.GetFileName(m.Nom) : null,
        };
    }
}
