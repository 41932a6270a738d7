using Eig.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Contenus.Site;

/// <summary>What the public directories (défis, talents, agents, news) share.</summary>
public static class Annuaires
{
    /// <summary>Each promotion's key ("3", "3-dig") and title ("Promotion 3 - DIG"), newest first.</summary>
    public static async Task<IReadOnlyList<(string Cle, string Titre)>> PromotionsAsync(EigDbContext db, CancellationToken ct) =>
        (await db.Promotions.AsNoTracking().OrderByDescending(p => p.Numero).ThenBy(p => p.Libelle).ToListAsync(ct))
        .Select(p => (p.Cle, p.Titre)).ToList();

    /// <summary>"Promotion 3, Promotion 3 - DIG" for a stored list of keys.</summary>
    public static string? Badge(string promotions, IReadOnlyList<(string Cle, string Titre)> titres)
    {
        var cles = ListeSlugs.Lire(promotions);
        if (cles.Count == 0) return null;
        return string.Join(", ", cles.Select(c => titres.FirstOrDefault(t => t.Cle == c).Titre ?? "Promotion " + c));
    }
}
