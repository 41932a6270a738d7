using System.Security.Claims;
using Eig.Web.Infrastructure.Database;
using Eig.Web.Comptes;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Eig.Web.Infrastructure.Security;

/// <summary>
/// Server-side sessions. Every sign-in (password, second factor, refresh) goes through
/// <see cref="EigSignInManager.SignInWithClaimsAsync"/>, which opens a <see cref="SessionConnexion"/> and writes its id
/// in the cookie's properties (they survive Identity's refreshes, unlike claims). Every request of a signed-in person
/// is checked against the database (<see cref="ValiderAsync"/>): the session must be open and the account's security
/// stamp unchanged. A changed stamp (new password, reset, role change, "sign out everywhere") or a deleted account
/// ends every session at the next request, staff or not; a logout ends its own.
/// </summary>
public static class SessionsServeur
{
    public const string Cle = "eig.session";

    /// <summary>Opens a session row for a sign-in (the tests mint cookies through it too).</summary>
    public static async Task<SessionConnexion> OuvrirAsync(EigDbContext db, Guid utilisateurId, bool deuxiemeFacteur, DateTime maintenant,
        HttpContext? http)
    {
        var navigateur = http?.Request.Headers.UserAgent.ToString() ?? "";
        var session = new SessionConnexion
        {
            UtilisateurId = utilisateurId, OuverteLe = maintenant, DeuxiemeFacteur = deuxiemeFacteur,
            Adresse = http?.Connection.RemoteIpAddress?.ToString() ?? "",
            Navigateur = new string(navigateur.Where(c => !char.IsControl(c)).Take(SessionConnexion.NavigateurMax).ToArray()),
        };
        db.SessionsConnexion.Add(session);
        await db.SaveChangesAsync();
        return session;
    }

    /// <summary>The session of this request, once <see cref="ValiderAsync"/> accepted the cookie.</summary>
    public static Guid? Courante(HttpContext http) => http.Items[Cle] as Guid?;

    /// <summary>Closes every open session of an account (optionally but one) and renews its security stamp.</summary>
    public static async Task FermerToutesAsync(EigDbContext db, UserManager<Utilisateur> users, Utilisateur user, DateTime maintenant, Guid? saufSession = null)
    {
        await db.SessionsConnexion.Where(s => s.UtilisateurId == user.Id && s.FermeeLe == null && s.Id != saufSession)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.FermeeLe, maintenant));
        await users.UpdateSecurityStampAsync(user);
    }

    /// <summary>The cookie's OnValidatePrincipal: one query by key on every request of a signed-in person.</summary>
    public static async Task ValiderAsync(CookieValidatePrincipalContext context)
    {
        var http = context.HttpContext;
        var principal = context.Principal;
        var stampType = http.RequestServices.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity.SecurityStampClaimType;
        var stamp = principal?.FindFirstValue(stampType);
        var utilisateurId = principal?.UtilisateurId() ?? Guid.Empty;
        var valide = false;
        if (context.Properties.Items.TryGetValue(Cle, out var brut) && Guid.TryParse(brut, out var sessionId) && stamp is not null)
        {
            var db = http.RequestServices.GetRequiredService<EigDbContext>();
            valide = await db.SessionsConnexion.AnyAsync(s => s.Id == sessionId && s.UtilisateurId == utilisateurId && s.FermeeLe == null
                && db.Users.Any(u => u.Id == utilisateurId && u.SecurityStamp == stamp));
            if (valide) http.Items[Cle] = sessionId;
        }
        if (!valide)
        {
            context.RejectPrincipal();
            await http.SignOutAsync(IdentityConstants.ApplicationScheme);
        }
    }
}

/// <summary>Identity's sign-in, with a server-side session for each sign-in and its end at logout.</summary>
public sealed class EigSignInManager(UserManager<Utilisateur> userManager, IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<Utilisateur> claimsFactory, IOptions<IdentityOptions> optionsAccessor, ILogger<SignInManager<Utilisateur>> logger,
    IAuthenticationSchemeProvider schemes, IUserConfirmation<Utilisateur> confirmation, EigDbContext db, TimeProvider time)
    : SignInManager<Utilisateur>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task SignInWithClaimsAsync(Utilisateur user, AuthenticationProperties? authenticationProperties, IEnumerable<Claim> additionalClaims)
    {
        authenticationProperties ??= new AuthenticationProperties();
        var claims = additionalClaims.ToList();
        // A refresh (new role, new password) keeps its session; any other sign-in opens one.
        if (authenticationProperties.Items.ContainsKey(SessionsServeur.Cle))
        {
            // A session opened through ProConnect stays one when rebuilt (its logout goes to ProConnect).
            if (Context.User.FindFirst(ProConnect.ClaimIdp) is { } idp && !claims.Any(c => c.Type == ProConnect.ClaimIdp))
                claims.Add(new Claim(idp.Type, idp.Value));
        }
        else
        {
            // A new sign-in in this browser (e.g. again, with the second factor) replaces the one it had.
            await FermerCouranteAsync();
            var session = await SessionsServeur.OuvrirAsync(db, user.Id, claims.Any(c => c.Type == "amr" && c.Value == "mfa"),
                time.GetUtcNow().UtcDateTime, Context);
            authenticationProperties.Items[SessionsServeur.Cle] = session.Id.ToString();
        }
        await base.SignInWithClaimsAsync(user, authenticationProperties, claims);
    }

    public override async Task SignOutAsync()
    {
        await FermerCouranteAsync();
        await base.SignOutAsync();
    }

    private async Task FermerCouranteAsync()
    {
        if (SessionsServeur.Courante(Context) is not { } id) return;
        await db.SessionsConnexion.Where(s => s.Id == id && s.FermeeLe == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.FermeeLe, time.GetUtcNow().UtcDateTime));
        Context.Items.Remove(SessionsServeur.Cle);
    }
}
