using Eig.Web.Infrastructure.Database;
using Eig.Web.Infrastructure.Mail;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Pages.Admin.Courriels;

/// <summary>Every automatic mail, grouped by what it is about, with when its text was last changed and by whom.</summary>
public class ModelesModel(EigDbContext db) : PageModel
{
    public sealed record Ligne(ModeleCourriel Modele, DateTime? ModifieLe, string? Par, int Surcharges);

    public List<(string Groupe, List<Ligne> Lignes)> Groupes { get; private set; } = [];

    public static string Groupe(ObjetModele o) => o switch
    {
        ObjetModele.Dossier => "Appel à projets : dossiers",
        ObjetModele.Candidature => "Appel à candidatures : candidatures",
        ObjetModele.Compte => "Comptes",
        _ => "Recrutement, site et événements",
    };

    public async Task OnGetAsync(CancellationToken ct)
    {
        var versions = await db.ModelesCourriels.AsNoTracking()
            .GroupBy(v => new { v.Cle, v.AppelId })
            .Select(g => new { g.Key.Cle, g.Key.AppelId, Le = g.Max(v => v.EnregistreeLe) }).ToListAsync(ct);
        var derniers = await db.ModelesCourriels.AsNoTracking().Where(v => v.AppelId == null)
            .OrderByDescending(v => v.EnregistreeLe).Select(v => new { v.Cle, v.EnregistreeLe, v.ParNom }).ToListAsync(ct);
        Groupes = MailTemplates.Modeles.GroupBy(m => Groupe(m.Objet))
            .Select(g => (g.Key, g.Select(m =>
            {
                var dernier = derniers.FirstOrDefault(d => d.Cle == m.Cle);
                return new Ligne(m, dernier?.EnregistreeLe, dernier?.ParNom, versions.Count(v => v.Cle == m.Cle && v.AppelId != null));
            }).ToList())).ToList();
    }
}
