using Eig.Web.Comptes;
using Eig.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Infrastructure.Mail;

/// <summary>Where mails for "the team" go: the staff accounts, or the address in <c>Site:EmailEquipe</c> while there are
/// none. A mail about one item goes first to the staff member who follows it (who assigned the review, …).</summary>
public sealed class AdressesEquipe(EigDbContext db, IConfiguration config)
{
    public async Task<IReadOnlyList<string>> ToutesAsync(CancellationToken ct = default)
    {
        var equipe = await (from ur in db.UserRoles
                            join r in db.Roles on ur.RoleId equals r.Id
                            join u in db.Users on ur.UserId equals u.Id
                            where r.Name == Roles.Staff && u.Email != null
                            select u.Email!).Distinct().OrderBy(e => e).ToListAsync(ct);
        return equipe.Count > 0 ? equipe : [config["Site:EmailEquipe"] ?? "eig@numerique.gouv.fr"];
    }

    /// <summary>The staff member who follows the item when known (and still has an address), else the whole team.</summary>
    public async Task<IReadOnlyList<string>> DeAsync(Guid? suiviParId, CancellationToken ct = default)
    {
        if (suiviParId is { } id
            && await db.Users.Where(u => u.Id == id && u.Email != null).Select(u => u.Email).FirstOrDefaultAsync(ct) is { } email)
            return [email];
        return await ToutesAsync(ct);
    }
}
