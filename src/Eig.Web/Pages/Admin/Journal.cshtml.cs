using Eig.Web.Infrastructure.Database;
using Eig.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Pages.Admin;

public class JournalModel(EigDbContext db) : PageModel
{
    private const int ParPage = 50;

    [BindProperty(SupportsGet = true)] public string? Acteur { get; set; }
    [BindProperty(SupportsGet = true)] public string? Action { get; set; }
    [BindProperty(SupportsGet = true)] public string? Objet { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? Du { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? Au { get; set; }
    /// <summary>?page=N (read by <see cref="Infrastructure.Http.Pagination"/>).</summary>
    public int PageCourante { get; private set; } = 1;

    public List<AuditEntry> Lignes { get; private set; } = [];
    public int Total { get; private set; }
    public int Pages => Math.Max(1, (Total + ParPage - 1) / ParPage);
    public string UrlFormat => "/admin/journal?" + string.Join("&", new[]
    {
        Acteur is null ? null : "acteur=" + Uri.EscapeDataString(Acteur),
        Action is null ? null : "action=" + Uri.EscapeDataString(Action),
        Objet is null ? null : "objet=" + Uri.EscapeDataString(Objet),
        Du is null ? null : $"du={Du:yyyy-MM-dd}",
        Au is null ? null : $"au={Au:yyyy-MM-dd}",
        "page={0}",
    }.Where(s => s is not null));

    public async Task OnGetAsync()
    {
        PageCourante = Infrastructure.Http.Pagination.NumeroDemande(Request);
        // Bad filter values (a malformed date) are simply ignored: this is a read-only search page.
        foreach (var key in ModelState.Where(kv => kv.Value?.Errors.Count > 0).Select(kv => kv.Key).ToList())
            ModelState.Remove(key);
        var q = db.Audit.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Acteur)) q = q.Where(a => a.ActeurEmail.Contains(Acteur.Trim()));
        if (!string.IsNullOrWhiteSpace(Action)) q = q.Where(a => a.Action.StartsWith(Action.Trim()));
        if (!string.IsNullOrWhiteSpace(Objet)) q = q.Where(a => a.Objet == Objet.Trim());
        if (Du is { } du) { var d = du.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc); q = q.Where(a => a.At >= d); }
        if (Au is { } au) { var d = au.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc); q = q.Where(a => a.At < d); }
        Total = await q.CountAsync();
        PageCourante = Math.Clamp(PageCourante, 1, Pages);
        Lignes = await q.OrderByDescending(a => a.At).Skip((PageCourante - 1) * ParPage).Take(ParPage).ToListAsync();
    }
}
