using Eig.Web.Courriers;
using Eig.Web.Infrastructure.Database;
using Eig.Web.Infrastructure.Mail;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Pages.Admin.Courriels;

/// <summary>Staff: one mail of a dossier's or a candidature's history, as it left (its text version). A mail about
/// no such record answers 404: those carry links personal to their recipient.</summary>
public class EnvoyeModel(EigDbContext db) : PageModel
{
    public OutboxMessage Message { get; private set; } = null!;
    public HistoriqueCourriels.Ligne Ligne { get; private set; } = null!;
    public string Retour { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var m = await db.Outbox.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (m is null || HistoriqueCourriels.PageDeLObjet(m.ObjetType, m.ObjetId) is not { } retour) return NotFound();
        Message = m;
        Retour = retour;
        Ligne = new(m.Id, m.CreeLe, m.EnvoyeLe, m.A, m.Sujet, HistoriqueCourriels.Etat(m.EnvoyeLe, m.Tentatives), m.DerniereErreur);
        return Page();
    }
}
