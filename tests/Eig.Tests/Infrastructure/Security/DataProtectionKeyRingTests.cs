using System.Security.Cryptography;
using Eig.Tests.Support;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Eig.Tests.Infrastructure.Security;

/// <summary>Two instances behind a load balancer must read each other's cookies and tokens: the key ring lives in
/// the database, not on each machine's disk.</summary>
public class DataProtectionKeyRingTests
{
    private const string Purpose = "Eig.Tests.KeyRing";

    private static IDataProtector Protector(EigWebFactory f) =>
        f.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose);

    [Fact]
    public async Task TwoInstancesOnOneDatabase_ShareTheKeyRing()
    {
        await using var database = TestDatabase.Create();
        await using var first = new EigWebFactory { SharedDatabase = database };
        var payload = Protector(first).Protect("jeton de première instance");
        Assert.True(await first.WithDbAsync(db => db.DataProtectionKeys.AnyAsync()), "aucune clé en base");

        await using var second = new EigWebFactory { SharedDatabase = database };

        Assert.Equal("jeton de première instance", Protector(second).Unprotect(payload));
    }

    [Fact]
    public async Task InstanceOnAnotherDatabase_CannotReadThePayload()
    {
        await using var first = new EigWebFactory();
        var payload = Protector(first).Protect("secret");
        await using var stranger = new EigWebFactory();

        Assert.ThrowsAny<CryptographicException>(() => Protector(stranger).Unprotect(payload));
    }
}
