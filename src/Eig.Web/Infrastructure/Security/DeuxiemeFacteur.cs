using Eig.Web.Comptes;
using Microsoft.AspNetCore.Authorization;

namespace Eig.Web.Infrastructure.Security;

/// <summary>
/// Deny by default: every authorization policy of the app (named ones, the fallback for pages without one, the
/// default of [Authorize]) carries this requirement. A staff account whose session lacks the second factor fails it
/// everywhere but the pages that let them set it up or sign out, whatever folder a page lives in and whatever other
/// role it also holds (a staff member is also let into /jury and /evaluation).
/// </summary>
public sealed class DeuxiemeFacteurRequirement : AuthorizationHandler<DeuxiemeFacteurRequirement>, IAuthorizationRequirement
{
    public static readonly DeuxiemeFacteurRequirement Instance = new();

    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, DeuxiemeFacteurRequirement requirement)
    {
        if (!context.User.IsInRole(Roles.Staff) || context.User.AvecDeuxiemeFacteur())
            context.Succeed(requirement);
        return Task.CompletedTask;
    }
}

public static class PolitiquesAcces
{
    /// <summary>A policy for these roles, with the second factor for staff.</summary>
    public static AuthorizationPolicy Roles(params string[] roles) =>
        new AuthorizationPolicyBuilder().RequireRole(roles).AddRequirements(DeuxiemeFacteurRequirement.Instance).Build();

    /// <summary>Signed in (any role), with the second factor for staff: the fallback and the default policy.</summary>
    public static AuthorizationPolicy Connecte() =>
        new AuthorizationPolicyBuilder().RequireAuthenticatedUser().AddRequirements(DeuxiemeFacteurRequirement.Instance).Build();

    /// <summary>Signed in, second factor or not: only the pages that set it up.</summary>
    public static AuthorizationPolicy ConnecteSansDeuxiemeFacteur() =>
        new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
}
