using System.Text;
using Eig.Web.Infrastructure.Database;
using Eig.Web.Contenus;
using Eig.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Pages.Admin.Contenus;

/// <summary>Staff (with 2FA): newsletter subscribers by state, and the CSV of confirmed addresses to send the letter
/// (each export is audited: it is a list of personal data).</summary>
public class NewsletterModel(EigDbContext db, IAuditLog audit, Infrastructure.Mail.MailTemplates mails, Microsoft.AspNetCore.DataProtection.IDataProtectionProvider dp) : PageModel
{
    public Dictionary<StatutAbonnement, int> Comptes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Comptes = await db.AbonnesNewsletter.GroupBy(a => a.Statut).Select(g => new { g.Key, N = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.N, ct);

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        var abonnes = await db.AbonnesNewsletter.AsNoTracking().Where(a => a.Statut == StatutAbonnement.Confirme)
            .OrderBy(a => a.Email).Select(a => new { a.Id, a.Email, a.ConfirmeLe }).ToListAsync(ct);
        var csv = new StringBuilder("adresse;confirme_le;lien_desinscription\r\n");
        foreach (var a in abonnes)
            csv.Append(Cellule(a.Email)).Append(';')
               .Append(a.ConfirmeLe is { } le ? Fr.PourExport(le) : "").Append(';')
               .Append(Cellule(mails.Lien(Eig.Web.Contenus.Site.NewsletterService.LienDesinscriptionSigne(dp, a.Id)))).Append("\r\n");
        audit.Enregistrer("contenus.newsletter.export", "Newsletter", null, $"{Fr.Nombre(abonnes.Count, "adresse", "adresses")}");
        await db.SaveChangesAsync(ct);
        return File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.ToString())).ToArray(),
            "text/csv; charset=utf-8", $"abonnes-newsletter-{DateOnly.FromDateTime(Fr.EnHeureDeParis(DateTime.UtcNow)):yyyy-MM-dd}.csv");
    }

    /// <summary>Quoted, and a leading = + - @ neutralised so a spreadsheet never runs a cell as a formula.</summary>
    private static string Cellule(string s)
    {
        if (s.Length > 0 && "=+-@".Contains(s[0])) s = "'" + s;
        return "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
