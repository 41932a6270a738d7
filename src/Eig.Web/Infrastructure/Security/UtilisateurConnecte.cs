using System.Security.Claims;

namespace Eig.Web.Infrastructure.Security;

/// <summary>What the pages ask of the signed-in person. The one way to read the account's id from the cookie.</summary>
public static class UtilisateurConnecte
{
    /// <summary>The account's id from the sign-in cookie; <see cref="Guid.Empty"/> for an anonymous visitor.</summary>
    public static Guid UtilisateurId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : Guid.Empty;
}
