using System.Security.Claims;
using Eig.Tests.Support;
using Eig.Web.Comptes;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Eig.Tests.Data;

/// <summary>Identity's stores on a migrated database: what the schema test compares, exercised for real.</summary>
public class IdentityStoreTests(EigWebFactory factory) : IClassFixture<EigWebFactory>
{
    [Fact]
    public async Task Migrate_InsertsTheFiveRoles()
    {
        using var scope = factory.Services.CreateScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<Role>>();

        foreach (var name in Roles.Tous)
            Assert.True(await roles.RoleExistsAsync(name), $"rôle {name} absent");
        Assert.Equal(Roles.Tous.Count, roles.Roles.Count());
    }

    [Fact]
    public async Task UserAndRoleClaims_CanBeStored()
    {
        var user = await factory.CreateUserAsync(Roles.Porteur);
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Utilisateur>>();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<Role>>();
        var entity = (await users.FindByIdAsync(user.Id.ToString()))!;

        var added = await users.AddClaimAsync(entity, new Claim("administration", "DINUM"));
        var role = (await roles.FindByNameAsync(Roles.Jury))!;
        var roleAdded = await roles.AddClaimAsync(role, new Claim("session", "2027"));

        Assert.True(added.Succeeded, string.Join("; ", added.Errors.Select(e => e.Description)));
        Assert.True(roleAdded.Succeeded, string.Join("; ", roleAdded.Errors.Select(e => e.Description)));
        Assert.Contains(await users.GetClaimsAsync(entity), c => c is { Type: "administration", Value: "DINUM" });
        Assert.Contains(await roles.GetClaimsAsync(role), c => c is { Type: "session", Value: "2027" });
    }
}
