using System.Net;
using Eig.Tests.Pages;
using Eig.Tests.Support;
using Eig.Web.Comptes;
using Eig.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Eig.Tests.Infrastructure.Security;

/// <summary>Finding 1: a staff session without the second factor read and recorded jury decisions. Every page's
/// policy now carries the second-factor requirement; RouteAccessTests walks every route with such a visitor.</summary>
public class DeuxiemeFacteurTests(EigWebFactory factory) : IClassFixture<EigWebFactory>
{
    [Fact]
    public async Task EveryPageNeedingASignIn_AlsoNeedsTheSecondFactorOfStaff_WhateverItsFolder()
    {
        var provider = factory.Services.GetRequiredService<IAuthorizationPolicyProvider>();
        var fallback = await provider.GetFallbackPolicyAsync();
        var sans = new List<string>();
        var pages = 0;
        foreach (var endpoint in factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not { } page) continue;
            if (endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null) continue;
            pages++;
            var policy = await AuthorizationPolicy.CombineAsync(provider, endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>(),
                endpoint.Metadata.GetOrderedMetadata<AuthorizationPolicy>()) ?? fallback;
            if (page.ViewEnginePath == "/Compte/DoubleAuthentification") continue; // where they set it up
            if (policy?.Requirements.OfType<DeuxiemeFacteurRequirement>().Any() != true) sans.Add(page.ViewEnginePath);
        }
        Assert.True(pages > 50, $"{pages} pages protégées seulement");
        Assert.True(sans.Count == 0, "Pages sans exigence du second facteur : " + string.Join(", ", sans.Distinct()));
    }

    [Theory]
    [InlineData("/jury")]
    [InlineData("/evaluation")]
    [InlineData("/evaluation/candidatures")]
    [InlineData("/admin")]
    public async Task StaffWithoutSecondFactor_IsSentToSetItUp_NotLetIn(string url)
    {
        var invite = await factory.CreateUserAsync(Roles.Staff, twoFactor: false);
        using var client = factory.NewClient();
        await factory.SignInAsAsync(client, invite);

        using var response = await client.GetAsync(url, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/compte/double-authentification?returnUrl=" + Uri.EscapeDataString(url), response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task StaffWithoutSecondFactor_CannotPostAJuryDecision()
    {
        var staff = await factory.CreateUserAsync(Roles.Staff);
        using var client = factory.NewClient();
        await factory.SignInAsAsync(client, staff, secondFactor: false);

        // The antiforgery token of a public form, valid for this person: the attack a real page would let through.
        using var response = await EigWebFactory.PostFormAsync(client, "/contact", new Dictionary<string, string>
        {
            ["Input.Decision"] = "Laureat", ["Input.Motivation"] = "décidé sans second facteur",
        }, action: $"/jury/sessions/{Guid.NewGuid()}/dossiers/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/compte/double-authentification", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public void ContentPreview_IsAStaffPrivilege_OnlyWithTheSecondFactor()
    {
        var sans = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity(
            [new(System.Security.Claims.ClaimTypes.Role, Roles.Staff), new("amr", "pwd")], "test"));
        var avec = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity(
            [new(System.Security.Claims.ClaimTypes.Role, Roles.Staff), new("amr", "mfa")], "test"));

        Assert.False(sans.EstEquipe());
        Assert.True(avec.EstEquipe());
    }
}
