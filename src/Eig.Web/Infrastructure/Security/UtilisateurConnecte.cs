using System.Security.Claims;
using Eig.Web.Comptes;

namespace Eig.Web.Infrastructure.Security;

/// <summary>What the pages ask of the signed-in person: who they are (the one way to read the account's id from the
/// cookie), and whether they hold staff privileges now.</summary>
public static class UtilisateurConnecte
{
    /// <summary>The account's id from the sign-in cookie; <see cref="Guid.Empty"/> for an anonymous visitor.</summary>
    public static Guid UtilisateurId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : Guid.Empty;

    /// <summary>This session was opened with the second factor (Identity's two-factor sign-in sets amr=mfa).</summary>
    public static bool AvecDeuxiemeFacteur(this ClaimsPrincipal user) => user.HasClaim("amr", "mfa");

    /// <summary>Staff privileges: the role and the second factor. Use this, never IsInRole(staff) alone.</summary>
    public static bool EstEquipe(this ClaimsPrincipal user) => user.IsInRole(Roles.Staff) && user.AvecDeuxiemeFacteur();
}
