using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Eig.Tests.Support;
using Eig.Web.Comptes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Eig.Tests.Infrastructure.Security;

/// <summary>The key ring is stored encrypted with the configured certificate: a backup of the database holds
/// no usable key, and the instances started again with the certificate still read yesterday's cookies.</summary>
public class ClesAuReposTests : IDisposable
{
    private readonly string _dossier = Directory.CreateTempSubdirectory("eig-cles-").FullName;
    private const string MotDePasse = "mot-de-passe-du-certificat";

    public void Dispose() => Directory.Delete(_dossier, recursive: true);

    /// <summary>A self-signed RSA certificate written as the operator would give it: a PKCS#12 file and its password.</summary>
    private string CertificatPfx(string nom)
    {
        using var rsa = RSA.Create(2048);
        var demande = new CertificateRequest($"CN={nom}", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        demande.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyEncipherment | X509KeyUsageFlags.DataEncipherment, critical: false));
        using var certificat = demande.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(2));
        var chemin = Path.Combine(_dossier, nom + ".pfx");
        File.WriteAllBytes(chemin, certificat.Export(X509ContentType.Pfx, MotDePasse));
        return chemin;
    }

    private static EigWebFactory Instance(TestDatabase base_, string? certificat) => new()
    {
        SharedDatabase = base_,
        Settings = certificat is null ? [] : new()
        {
            ["DataProtection:Certificat:Chemin"] = certificat,
            ["DataProtection:Certificat:MotDePasse"] = MotDePasse,
        },
    };

    private static async Task<HttpStatusCode> DossiersAsync(EigWebFactory f, string nomCookie, string valeurCookie)
    {
        using var client = f.NewClient();
        f.CookiesOf(client).Add(EigWebFactory.BaseUri, new Cookie(nomCookie, valeurCookie, "/"));
        return (await client.GetAsync("/espace-porteur/dossiers")).StatusCode;
    }

    [Fact]
    public async Task AvecCertificat_LesClesSontChiffrees_EtUnCookieSurvitAuRedemarrage()
    {
        var certificat = CertificatPfx("eig-cles");
        await using var base_ = TestDatabase.Create();
        string nom, valeur;
        await using (var avant = Instance(base_, certificat))
        {
            var porteur = await avant.CreateUserAsync(Roles.Porteur);
            (nom, valeur) = await avant.AuthCookieAsync(porteur);
            Assert.Equal(HttpStatusCode.OK, await DossiersAsync(avant, nom, valeur));

            var xml = await avant.WithDbAsync(db => db.DataProtectionKeys.Select(k => k.Xml!).ToListAsync());
            Assert.NotEmpty(xml);
            Assert.All(xml, k =>
            {
                Assert.Contains("encryptedSecret", k);
                Assert.Contains("EncryptedData", k);
                // In clear, the master key is a <value> under <masterKey>: it must not be there.
                Assert.DoesNotContain("<masterKey", k);
                Assert.DoesNotContain("<value>", k);
            });
        }

        // Restarted (a new host on the same database and certificate): yesterday's cookie still signs in.
        await using var apres = Instance(base_, certificat);
        Assert.Equal(HttpStatusCode.OK, await DossiersAsync(apres, nom, valeur));
    }

    [Fact]
    public async Task SansLeBonCertificat_LaBaseSeuleNeSigneRien()
    {
        await using var base_ = TestDatabase.Create();
        string nom, valeur;
        await using (var avant = Instance(base_, CertificatPfx("eig-cles")))
        {
            var porteur = await avant.CreateUserAsync(Roles.Porteur);
            (nom, valeur) = await avant.AuthCookieAsync(porteur);
            Assert.Equal(HttpStatusCode.OK, await DossiersAsync(avant, nom, valeur));
        }

        // Someone holding a copy of the database but another certificate: the cookie is refused (login page).
        await using var autre = Instance(base_, CertificatPfx("autre"));
        Assert.Equal(HttpStatusCode.Redirect, await DossiersAsync(autre, nom, valeur));
    }

    [Fact]
    public async Task SansCertificat_LesClesRestentEnClair()
    {
        await using var f = new EigWebFactory();
        var porteur = await f.CreateUserAsync(Roles.Porteur);
        await f.AuthCookieAsync(porteur);
        var xml = await f.WithDbAsync(db => db.DataProtectionKeys.Select(k => k.Xml!).ToListAsync());
        Assert.All(xml, k => Assert.DoesNotContain("encryptedSecret", k));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task EnProduction_SansCertificat_LeDemarrageLeDitFort(bool avecCertificat)
    {
        var journal = new JournalCapture();
        await using var f = new EigWebFactory
        {
            Environnement = "Production",
            Settings = avecCertificat
                ? new() { ["DataProtection:Certificat:Chemin"] = CertificatPfx("prod"), ["DataProtection:Certificat:MotDePasse"] = MotDePasse }
                : [],
        };
        await using var app = f.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(journal)));
        _ = app.Services;
        var alertes = journal.Entrees.Where(e => e.Niveau == LogLevel.Critical && e.Message.Contains("EN CLAIR")).ToList();
        Assert.Equal(avecCertificat ? 0 : 1, alertes.Count);
    }

    [Fact]
    public void CertificatIntrouvable_ArreteLeDemarrage()
    {
        using var f = new EigWebFactory { Settings = { ["DataProtection:Certificat:Chemin"] = Path.Combine(_dossier, "absent.pfx") } };
        var erreur = Assert.ThrowsAny<Exception>(() => f.Services);
        Assert.Contains("introuvable", erreur.ToString());
    }
}
