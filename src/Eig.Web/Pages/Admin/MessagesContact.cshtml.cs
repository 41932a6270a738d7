using Eig.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Pages.Admin;

/// <summary>Messages sent through the contact form, kept whatever happened to their mail to the team.</summary>
public class MessagesContactModel(EigDbContext db) : PageModel
{
    public record Ligne(DateTime RecuLe, string Nom, string Email, string Objet, string Message);

    public List<Ligne> Messages { get; private set; } = [];

    public async Task OnGetAsync() =>
        Messages = await db.MessagesContact.AsNoTracking().OrderByDescending(m => m.RecuLe).Take(100)
            .Select(m => new Ligne(m.RecuLe, m.Nom, m.Email, m.Objet, m.Message)).ToListAsync();
}
