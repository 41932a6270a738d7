using System.Security.Claims;
using Eig.Web.Data;
using Eig.Web.Domain.Appels;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Infrastructure.Candidatures;

/// <summary>Small queries several pages of the feature share.</summary>
public static class Requetes
{
    public static Guid UtilisateurId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : Guid.Empty;

    /// <summary>The published call for candidates whose window holds today, with its profiles and sprints.</summary>
    public static async Task<AppelACandidatures?> AppelOuvertAsync(this EigDbContext db, DateOnly aujourdhui, CancellationToken ct = default)
    {
        var publies = await db.AppelsACandidatures.Include(a => a.Profils).Include(a => a.Sprints)
            .Where(a => a.Etat == EtatAppel.Publie).AsSplitQuery().ToListAsync(ct);
        return publies.Where(a => a.EstOuvert(aujourdhui)).OrderByDescending(a => a.PublieLe).FirstOrDefault();
    }
}
