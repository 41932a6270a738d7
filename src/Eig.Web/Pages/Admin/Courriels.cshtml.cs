using Eig.Web.Infrastructure.Database;
using Eig.Web.Infrastructure.Mail;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Pages.Admin;

public class CourrielsModel(EigDbContext db) : PageModel
{
    public record Ligne(DateTime CreeLe, string A, string Sujet, DateTime? EnvoyeLe, int Tentatives, string? DerniereErreur);

    public List<Ligne> Messages { get; private set; } = [];
    public int EnAttente { get; private set; }
    public int EnEchec { get; private set; }

    public async Task OnGetAsync()
    {
        Messages = await db.Outbox.AsNoTracking().OrderByDescending(m => m.CreeLe).Take(100)
            .Select(m => new Ligne(m.CreeLe, m.A, m.Sujet, m.EnvoyeLe, m.Tentatives, m.DerniereErreur)).ToListAsync();
        EnAttente = await db.Outbox.CountAsync(m => m.EnvoyeLe == null && m.Tentatives < OutboxMessage.TentativesMax);
        EnEchec = await db.Outbox.CountAsync(m => m.EnvoyeLe == null && m.Tentatives >= OutboxMessage.TentativesMax);
    }
}
