using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Eig.Web.Comptes;

/// <summary>ProConnect, the State's identity federation for agents (OpenID Connect): authorization code flow with
/// PKCE, state and nonce (the handler sets and checks both), ProConnect's scopes (one per claim), the signed
/// userinfo it answers, and logout at the provider. Enabled when <c>ProConnect:Authority</c> is set.</summary>
public static class ProConnect
{
    public const string Scheme = "ProConnect";
    public const string CallbackPath = "/signin-proconnect";
    public const string SignedOutCallbackPath = "/signout-callback-proconnect";
    /// <summary>Claim put in the application cookie of a session opened through ProConnect (logout goes there too).</summary>
    public const string ClaimIdp = "idp";
    public const string ClaimSiret = "siret";
    public const string ClaimIdpId = "idp_id";
    public const string ClaimUid = "uid";
    /// <summary>AuthenticationProperties item: this challenge asks ProConnect for a second factor.</summary>
    public const string ItemMfa = "eig.mfa";
    public const string ItemIdToken = "eig.id_token";

    public static readonly string[] Scopes = ["openid", "email", "given_name", "usual_name", "siret", "uid", "idp_id"];
    public const string AcrParDefaut = "eidas1";
    /// <summary>The acr values by which ProConnect says a second factor was used.</summary>
    public static readonly string[] AcrMfa =
        ["https://proconnect.gouv.fr/assurance/self-asserted-2fa", "https://proconnect.gouv.fr/assurance/consistency-checked-2fa"];

    public static bool Active(IConfiguration config) => !string.IsNullOrWhiteSpace(config["ProConnect:Authority"]);

    /// <summary>When true, staff signing in with ProConnect must come with ProConnect's MFA (instead of the local TOTP).</summary>
    public static bool MfaPourStaff(IConfiguration config) => config.GetValue("ProConnect:StaffMfa", false);

    public static void Ajouter(IServiceCollection services, IConfiguration config)
    {
        if (!Active(config)) return;
        services.AddAuthentication().AddOpenIdConnect(Scheme, "ProConnect", o =>
        {
            o.Authority = config["ProConnect:Authority"];
            o.ClientId = config["ProConnect:ClientId"];
            o.ClientSecret = config["ProConnect:ClientSecret"];
            o.RequireHttpsMetadata = config.GetValue("ProConnect:RequireHttpsMetadata", true);
            o.ResponseType = OpenIdConnectResponseType.Code;
            // The answer comes back as a top-level GET, so that the SameSite=Lax correlation and nonce cookies come too.
            o.ResponseMode = OpenIdConnectResponseMode.Query;
            o.UsePkce = true;
            // ProConnect takes the authorization request in the query string (no pushed authorization request).
            o.PushedAuthorizationBehavior = PushedAuthorizationBehavior.Disable;
            o.Scope.Clear();
            foreach (var s in Scopes) o.Scope.Add(s);
            o.SignInScheme = IdentityConstants.ExternalScheme;
            o.CallbackPath = CallbackPath;
            o.SignedOutCallbackPath = SignedOutCallbackPath;
            o.SignedOutRedirectUri = "/";
            o.SaveTokens = true;
            o.GetClaimsFromUserInfoEndpoint = true;
            o.MapInboundClaims = false;
            o.TokenValidationParameters.NameClaimType = "email";
            foreach (var c in new[] { "usual_name", ClaimSiret, ClaimUid, ClaimIdpId })
                o.ClaimActions.MapUniqueJsonKey(c, c);
            // The handler drops acr by default: it says whether ProConnect used a second factor.
            o.ClaimActions.Remove("acr");
            foreach (var cookie in new[] { o.CorrelationCookie, o.NonceCookie })
            {
                cookie.SameSite = SameSiteMode.Lax;
                cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            }
            o.Events.OnRedirectToIdentityProvider = ctx =>
            {
                // ProConnect: the acr asked for in the claims parameter; "essential" with the MFA values makes it ask
                // for a second factor.
                ctx.ProtocolMessage.SetParameter("claims", ctx.Properties.Items.ContainsKey(ItemMfa)
                    ? "{\"id_token\":{\"amr\":{\"essential\":true},\"acr\":{\"essential\":true,\"values\":[\"" + string.Join("\",\"", AcrMfa) + "\"]}}}"
                    : "{\"id_token\":{\"amr\":{\"essential\":true},\"acr\":{\"essential\":false,\"value\":\"" + AcrParDefaut + "\"}}}");
                return Task.CompletedTask;
            };
            o.Events.OnRedirectToIdentityProviderForSignOut = ctx =>
            {
                if (ctx.Properties.Items.TryGetValue(ItemIdToken, out var idToken) && idToken is not null)
                    ctx.ProtocolMessage.IdTokenHint = idToken;
                return Task.CompletedTask;
            };
            o.Events.OnRemoteFailure = ctx =>
            {
                // Cancelled at ProConnect, an expired attempt, a replayed answer: back to the login page, in French.
                ctx.Response.Redirect("/compte/connexion?proconnect=echec");
                ctx.HandleResponse();
                return Task.CompletedTask;
            };
        });
    }

    public static string? Valeur(this ExternalLoginInfo info, string claim) => info.Principal.FindFirst(claim)?.Value;
}
