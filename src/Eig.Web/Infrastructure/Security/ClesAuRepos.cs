using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;

namespace Eig.Web.Infrastructure.Security;

/// <summary>
/// The data-protection key ring (which signs every login cookie, antiforgery and reset token) is in the database,
/// so every backup holds it. With a certificate in the configuration each key is stored encrypted with it
/// (<c>encryptedSecret</c> in the XML): a copy of the database without the certificate signs nothing.
/// <c>DataProtection:Certificat:Chemin</c> is a PKCS#12 file (<c>.pfx</c>/<c>.p12</c>, with
/// <c>DataProtection:Certificat:MotDePasse</c>) or a PEM certificate (its key in the same file or in
/// <c>DataProtection:Certificat:Cle</c>). <c>DataProtection:CertificatsPrecedents:N:…</c> (same keys) still decrypt
/// the keys written under a former certificate during a rotation.
/// </summary>
public static class ClesAuRepos
{
    public const string Section = "DataProtection:Certificat";

    public static IDataProtectionBuilder ProtegerLesCles(this IDataProtectionBuilder builder, IConfiguration config)
    {
        if (Charger(config.GetSection(Section)) is not { } certificat) return builder;
        builder.ProtectKeysWithCertificate(certificat);
        var precedents = config.GetSection("DataProtection:CertificatsPrecedents").GetChildren()
            .Select(Charger).OfType<X509Certificate2>().ToArray();
        // The current certificate decrypts too (ProtectKeysWithCertificate does not look outside the machine's store).
        builder.UnprotectKeysWithAnyCertificate([certificat, .. precedents]);
        return builder;
    }

    public static bool Configure(IConfiguration config) => !string.IsNullOrWhiteSpace(config[$"{Section}:Chemin"]);

    /// <summary>A configured certificate must load: a wrong path or password stops the start-up, since keys written
    /// in clear would be the silent alternative.</summary>
    private static X509Certificate2? Charger(IConfiguration section)
    {
        var chemin = section["Chemin"];
        if (string.IsNullOrWhiteSpace(chemin)) return null;
        if (!File.Exists(chemin))
            throw new InvalidOperationException($"DataProtection : le certificat des clés {chemin} est introuvable.");
        X509Certificate2 certificat;
        var extension = Path.GetExtension(chemin).ToLowerInvariant();
        if (extension is ".pfx" or ".p12")
            certificat = X509CertificateLoader.LoadPkcs12FromFile(chemin, section["MotDePasse"], X509KeyStorageFlags.EphemeralKeySet);
        else
        {
            var cle = section["Cle"];
            certificat = string.IsNullOrWhiteSpace(cle) ? X509Certificate2.CreateFromPemFile(chemin) : X509Certificate2.CreateFromPemFile(chemin, cle);
        }
        if (!certificat.HasPrivateKey || certificat.GetRSAPrivateKey() is null)
            throw new InvalidOperationException($"DataProtection : le certificat {chemin} doit porter sa clé privée RSA.");
        return certificat;
    }

    /// <summary>Outside development, keys kept in clear are said loudly at every start-up (the service still starts:
    /// an operator may be moving to a certificate; the deployment guide asks for one).</summary>
    public static void Avertir(IConfiguration config, IHostEnvironment env, ILogger logger)
    {
        // The tests' environment keeps its keys in clear on purpose, quietly.
        if (Configure(config) || env.IsEnvironment("Testing")) return;
        if (env.IsDevelopment())
            logger.LogWarning("Les clés de protection des données sont stockées en clair dans la base (développement). En production, configurez DataProtection:Certificat:Chemin.");
        else
            logger.LogCritical("SÉCURITÉ : aucun certificat DataProtection:Certificat:Chemin n'est configuré : les clés qui signent chaque cookie de connexion sont stockées EN CLAIR dans la base, et donc dans chaque sauvegarde. Voir le guide de déploiement du README.");
    }
}
