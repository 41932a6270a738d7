using Eig.Web.Comptes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Authorization.Policy;

namespace Eig.Web.Infrastructure.Security;

/// <summary>A staff member signed in without a second factor is sent to set one up (or to use it)
/// instead of meeting a bare 403 at the back office door.</summary>
public sealed class StaffSecondFactorRedirect : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult result)
    {
        if (result.Forbidden
            && context.User.IsInRole(Roles.Staff)
            && !context.User.HasClaim("amr", "mfa")
            && policy.Requirements.OfType<ClaimsAuthorizationRequirement>().Any(r => r.ClaimType == "amr"))
        {
            var retour = Uri.EscapeDataString(context.Request.Path + context.Request.QueryString);
            context.Response.Redirect($"/compte/double-authentification?returnUrl={retour}");
            return Task.CompletedTask;
        }
        return _default.HandleAsync(next, context, policy, result);
    }
}
