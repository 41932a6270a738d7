using System.Security.Claims;
using Eig.Web.Infrastructure.Audit;
using Eig.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Identity;

namespace Eig.Web.Comptes;

/// <summary>What a ProConnect sign-in leads to: the account it is linked to (or a new one), never an existing
/// account it has not proven to own (<see cref="Issue.CompteALier"/>), and for staff a second factor: ProConnect's
/// (acr) when <c>ProConnect:StaffMfa</c> is set, the local TOTP otherwise.</summary>
public sealed class ConnexionsProConnect(SignInManager<Utilisateur> signIn, UserManager<Utilisateur> users, IConfiguration config,
    IAuditLog audit, EigDbContext db)
{
    public enum Issue { Connecte, CompteALier, DemanderMfa, DeuxiemeFacteurLocal, Refuse }

    public async Task<(Issue Issue, string? Message)> ConnecterAsync(ExternalLoginInfo info)
    {
        var email = info.Valeur("email");
        if (string.IsNullOrWhiteSpace(email))
            return (Issue.Refuse, "ProConnect n'a pas transmis votre adresse électronique.");
        var user = await users.FindByLoginAsync(ProConnect.Scheme, info.ProviderKey);
        if (user is null)
        {
            if (await users.FindByEmailAsync(email) is not null) return (Issue.CompteALier, null);
            user = await CreerAsync(info, email);
        }
        if (await users.IsLockedOutAsync(user)) return (Issue.Refuse, "Ce compte est temporairement verrouillé.");
        await MettreAJourAsync(user, info);

        var staff = await users.IsInRoleAsync(user, Roles.Staff);
        var mfaProConnect = ProConnect.AcrMfa.Contains(info.Valeur("acr"));
        if (staff && ProConnect.MfaPourStaff(config) && !mfaProConnect)
        {
            return info.AuthenticationProperties?.Items.ContainsKey(ProConnect.ItemMfa) == true
                ? (Issue.Refuse, "ProConnect n'a pas confirmé de second facteur : l'accès de l'équipe le demande.")
                : (Issue.DemanderMfa, null);
        }
        // ProConnect's second factor stands for ours, for staff only where the operator chose it.
        var mfaAccepte = mfaProConnect && (!staff || ProConnect.MfaPourStaff(config));
        if (user.TwoFactorEnabled && !mfaAccepte)
        {
            // The local TOTP, as after a password (Identity keeps the pending sign-in in its two-factor cookie).
            var r = await signIn.ExternalLoginSignInAsync(ProConnect.Scheme, info.ProviderKey, isPersistent: false, bypassTwoFactor: false);
            if (r.RequiresTwoFactor) return (Issue.DeuxiemeFacteurLocal, null);
            if (!r.Succeeded) return (Issue.Refuse, "La connexion a été refusée.");
        }
        else
        {
            var claims = new List<Claim> { new(ProConnect.ClaimIdp, ProConnect.Scheme) };
            if (mfaAccepte) claims.Add(new Claim("amr", "mfa"));
            await signIn.SignInWithClaimsAsync(user, isPersistent: false, claims);
        }
        audit.Enregistrer("compte.connexion-proconnect", "Utilisateur", user.Id.ToString(), info.Valeur("acr"), user.Id, user.Email);
        await db.SaveChangesAsync();
        return (Issue.Connecte, null);
    }

    /// <summary>Links the ProConnect identity to <paramref name="user"/>, who has just proven to own the account.</summary>
    public async Task LierAsync(Utilisateur user, string providerKey, string comment)
    {
        var r = await users.AddLoginAsync(user, new UserLoginInfo(ProConnect.Scheme, providerKey, "ProConnect"));
        if (!r.Succeeded && r.Errors.All(e => e.Code != "LoginAlreadyAssociated"))
            throw new InvalidOperationException(string.Join("; ", r.Errors.Select(e => e.Description)));
        audit.Enregistrer("compte.proconnect-relie", "Utilisateur", user.Id.ToString(), comment, user.Id, user.Email);
        await db.SaveChangesAsync();
    }

    private async Task<Utilisateur> CreerAsync(ExternalLoginInfo info, string email)
    {
        // An agent new here: ProConnect has verified the address; the account has no password (ProConnect only).
        var user = new Utilisateur
        {
            Id = Guid.CreateVersion7(), UserName = email, Email = email, EmailConfirmed = true, CreeLe = DateTime.UtcNow,
            NomComplet = $"{info.Valeur("given_name")} {info.Valeur("usual_name")}".Trim(),
        };
        Verifier(await users.CreateAsync(user));
        Verifier(await users.AddToRoleAsync(user, Roles.Porteur));
        Verifier(await users.AddLoginAsync(user, new UserLoginInfo(ProConnect.Scheme, info.ProviderKey, "ProConnect")));
        audit.Enregistrer("compte.creation-proconnect", "Utilisateur", user.Id.ToString(), info.Valeur(ProConnect.ClaimSiret), user.Id, email);
        await db.SaveChangesAsync();
        return user;
    }

    /// <summary>Keeps the SIRET, the identity provider and ProConnect's uid as the user's claims (the SIRET names the
    /// administration on a dossier), and the id_token for the logout at the provider.</summary>
    private async Task MettreAJourAsync(Utilisateur user, ExternalLoginInfo info)
    {
        var existants = await users.GetClaimsAsync(user);
        foreach (var type in new[] { ProConnect.ClaimSiret, ProConnect.ClaimIdpId, ProConnect.ClaimUid })
        {
            var valeur = info.Valeur(type);
            var ancien = existants.FirstOrDefault(c => c.Type == type);
            if (valeur is null || ancien?.Value == valeur) continue;
            if (ancien is not null) await users.RemoveClaimAsync(user, ancien);
            await users.AddClaimAsync(user, new Claim(type, valeur));
        }
        await signIn.UpdateExternalAuthenticationTokensAsync(info);
    }

    private static void Verifier(IdentityResult r)
    {
        if (!r.Succeeded) throw new InvalidOperationException(string.Join("; ", r.Errors.Select(e => $"{e.Code} {e.Description}")));
    }
}
