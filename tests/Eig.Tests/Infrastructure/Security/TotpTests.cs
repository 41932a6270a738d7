using Eig.Tests.Support;
using Eig.Web.Comptes;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Eig.Tests.Infrastructure.Security;

/// <summary>The test helper that stands in for an authenticator app must agree with RFC 6238 and with Identity.</summary>
public class TotpTests(EigWebFactory factory) : IClassFixture<EigWebFactory>
{
    // RFC 6238 appendix B, SHA-1 key "12345678901234567890" (base32 below), 8 digits.
    [Theory]
    [InlineData(59L, "94287082")]
    [InlineData(1111111109L, "07081804")]
    [InlineData(1234567890L, "89005924")]
    [InlineData(20000000000L, "65353130")]
    public void Code_MatchesRfc6238Vectors(long unixSeconds, string expected)
    {
        var key = Totp.Base32Decode("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");

        Assert.Equal("12345678901234567890"u8.ToArray(), key);
        Assert.Equal(expected, Totp.Code(key, DateTimeOffset.FromUnixTimeSeconds(unixSeconds), digits: 8));
    }

    [Fact]
    public async Task Code_IsAcceptedByIdentityAuthenticatorProvider()
    {
        var staff = await factory.CreateUserAsync(Roles.Staff);
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Utilisateur>>();
        var user = (await users.FindByIdAsync(staff.Id.ToString()))!;
        var provider = users.Options.Tokens.AuthenticatorTokenProvider;

        Assert.True(await users.GetTwoFactorEnabledAsync(user));
        Assert.True(await users.VerifyTwoFactorTokenAsync(user, provider, Totp.Code(staff.AuthenticatorKey!)));
        // An hour-old code must not pass: the helper really follows the clock.
        Assert.False(await users.VerifyTwoFactorTokenAsync(user, provider, Totp.Code(staff.AuthenticatorKey!, DateTimeOffset.UtcNow.AddHours(-1))));
    }
}
