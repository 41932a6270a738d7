using System.Security.Claims;
using Eig.Web.Infrastructure.Database;
using Eig.Web.Comptes;
using Eig.Web.AppelsAProjets;
using Eig.Web.Evaluations;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Pages.Jury;

/// <summary>A jury member reaches only the sessions they sit on; staff reach them all. Anything else is a 404.</summary>
public static class JuryAcces
{
    public static IQueryable<SessionJury> Visibles(EigDbContext db, ClaimsPrincipal user)
    {
        if (user.IsInRole(Roles.Staff)) return db.SessionsJury;
        var moi = user.UtilisateurId();
        return db.SessionsJury.Where(s => s.Membres.Any(m => m.UtilisateurId == moi));
    }
}
