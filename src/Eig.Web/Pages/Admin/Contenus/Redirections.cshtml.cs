using System.ComponentModel.DataAnnotations;
using Eig.Web.Contenus;
using Eig.Web.Contenus.Site;
using Eig.Web.Infrastructure.Audit;
using Eig.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Pages.Admin.Contenus;

/// <summary>Staff (with 2FA): the former site's addresses and where they lead. The import fills the table; staff add
/// their own (kept by later imports) and remove them.</summary>
public class RedirectionsModel(EigDbContext db, RedirectionsAnciennes redirections, IAuditLog audit, IClock clock, CachePublic cache) : PageModel
{
    public sealed class InputModel
    {
        [Required(ErrorMessage = "Saisissez l'ancienne adresse, par exemple /blog/mon-article.")]
        [StringLength(Redirection.Longueur, ErrorMessage = "400 caractères au plus.")]
        public string? Source { get; set; }

        [Required(ErrorMessage = "Saisissez la nouvelle adresse, par exemple /actualites/mon-article.")]
        [StringLength(Redirection.Longueur, ErrorMessage = "400 caractères au plus.")]
        public string? Cible { get; set; }
    }

    public sealed record Ligne(Guid Id, string Source, string Cible, bool Manuelle);

    [BindProperty] public InputModel Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? Recherche { get; set; }
    public IReadOnlyList<Ligne> Lignes { get; private set; } = [];
    public int Total { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await ChargerAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var source = Input.Source is null ? "" : Redirection.Normaliser(Input.Source);
        var cible = Input.Cible?.Trim() ?? "";
        if (ModelState.IsValid)
        {
            if (source == "/") ModelState.AddModelError("Input.Source", "L'accueil ne peut pas être redirigé.");
            if (!Redirection.CibleValide(cible)) ModelState.AddModelError("Input.Cible", "La nouvelle adresse est un chemin de ce site qui commence par « / », par exemple /defis.");
            else if (CmsFormat.MemeAdresse(source, cible)) ModelState.AddModelError("Input.Cible", "La nouvelle adresse est la même que l'ancienne.");
        }
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            await ChargerAsync(ct);
            return Page();
        }
        var r = await db.Redirections.FirstOrDefaultAsync(x => x.Source == source, ct);
        if (r is null) db.Redirections.Add(r = new Redirection { Source = source, CreeLe = clock.UtcNow });
        r.Cible = cible;
        r.Manuelle = true;
        audit.Enregistrer("contenus.redirection.ajout", "Redirection", source, cible);
        await db.SaveChangesAsync(ct);
        redirections.Vider();
        await cache.ViderAsync(ct);   // a kept copy of the old address would hide the change
        TempData["Succes"] = $"« {source} » mène désormais à « {cible} ».";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostSupprimerAsync(Guid id, CancellationToken ct)
    {
        var r = await db.Redirections.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (r is null) return NotFound();
        db.Redirections.Remove(r);
        audit.Enregistrer("contenus.redirection.suppression", "Redirection", r.Source, r.Cible);
        await db.SaveChangesAsync(ct);
        redirections.Vider();
        await cache.ViderAsync(ct);   // a kept copy of the old address would hide the change
        TempData["Succes"] = $"« {r.Source} » n'est plus redirigée.";
        return RedirectToPage();
    }

    private async Task ChargerAsync(CancellationToken ct)
    {
        var q = db.Redirections.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Recherche))
        {
            var r = Recherche.Trim().ToLowerInvariant();
            q = q.Where(x => x.Source.Contains(r) || x.Cible.ToLower().Contains(r));
        }
        Total = await q.CountAsync(ct);
        Lignes = await q.OrderByDescending(x => x.Manuelle).ThenBy(x => x.Source).Take(200)
            .Select(x => new Ligne(x.Id, x.Source, x.Cible, x.Manuelle)).ToListAsync(ct);
    }
}
