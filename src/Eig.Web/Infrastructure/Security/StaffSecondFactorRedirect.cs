using Eig.Web.Comptes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace Eig.Web.Infrastructure.Security;

/// <summary>A staff member signed in without a second factor is sent to set one up (or to use it)
/// instead of meeting a bare 403, on whatever page the second factor was missing.</summary>
public sealed class StaffSecondFactorRedirect : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult result)
    {
        if (result.Forbidden && result.AuthorizationFailure?.FailedRequirements.OfType<DeuxiemeFacteurRequirement>().Any() == true)
        {
            var retour = AdresseDeRetour.Locale(context.Request.Path + context.Request.QueryString) ?? "/admin";
            context.Response.Redirect($"/compte/double-authentification?returnUrl={Uri.EscapeDataString(retour)}");
            return Task.CompletedTask;
        }
        return _default.HandleAsync(next, context, policy, result);
    }
}
