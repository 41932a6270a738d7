using System.Net;
using Eig.Tests.Support;
using Eig.Web.Comptes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Eig.Tests.Pages.Compte;

/// <summary>Counts every password hash and check made while answering a request (the sign-up's own hash is made
/// after the answer, by a background worker: not part of what the visitor waits for), to prove an unknown address
/// costs the same as a known one.</summary>
public sealed class CompteurDeHachages(IPasswordHasher<Utilisateur> inner, IHttpContextAccessor requete) : IPasswordHasher<Utilisateur>
{
    public static int Total;
    private void Compter() { if (requete.HttpContext is not null) Interlocked.Increment(ref Total); }
    public string HashPassword(Utilisateur user, string password) { Compter(); return inner.HashPassword(user, password); }
    public PasswordVerificationResult VerifyHashedPassword(Utilisateur user, string hashedPassword, string providedPassword)
    {
        Compter();
        return inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
    }
}

/// <summary>Finding 4: sign-in, registration, reset and resend told who has an account, by their words, their
/// timing (no hash for an unknown address) or their lockout; and five wrong passwords from anywhere locked staff out.</summary>
[Collection(nameof(CompteurDeHachages))] // the counter is shared: these tests run one at a time
public class EnumerationTests : IAsyncLifetime
{
    private readonly EigWebFactory _f = new()
    {
        ServicesDeTest = s => s.AddScoped<IPasswordHasher<Utilisateur>>(sp =>
            new CompteurDeHachages(new PasswordHasher<Utilisateur>(sp.GetRequiredService<IOptions<PasswordHasherOptions>>()),
                sp.GetRequiredService<IHttpContextAccessor>())),
    };

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;
    public ValueTask DisposeAsync() => _f.DisposeAsync();

    private static string Inconnue() => $"personne-{Guid.NewGuid():N}@exemple.fr";

    /// <summary>The status, the message next to the password and the number of hash operations of one POST.</summary>
    private static async Task<(HttpStatusCode Status, string Texte, int Hachages)> MesurerAsync(HttpClient client, string url, Dictionary<string, string> champs)
    {
        await EigWebFactory.GetDocumentAsync(client, url); // the GET of the form is not part of the cost
        var avant = Volatile.Read(ref CompteurDeHachages.Total);
        using var r = await EigWebFactory.PostFormAsync(client, url, champs);
        var apres = Volatile.Read(ref CompteurDeHachages.Total);
        var texte = r.StatusCode == HttpStatusCode.Redirect ? r.Headers.Location!.OriginalString
            : (await EigWebFactory.ParseAsync(r)).QuerySelector(".fr-error-text, .fr-alert")?.TextContent.Trim() ?? "";
        return (r.StatusCode, texte, apres - avant);
    }

    [Fact]
    public async Task SignIn_UnknownAddress_AnswersAndCostsLikeAWrongPassword()
    {
        var user = await _f.CreateUserAsync(Roles.Porteur);
        using var client = _f.NewClient();

        var connu = await MesurerAsync(client, "/compte/connexion", new() { ["Input.Email"] = user.Email, ["Input.Password"] = "pas le bon mot de passe" });
        var inconnu = await MesurerAsync(client, "/compte/connexion", new() { ["Input.Email"] = Inconnue(), ["Input.Password"] = "pas le bon mot de passe" });

        Assert.Equal(HttpStatusCode.BadRequest, connu.Status);
        Assert.Equal(connu.Status, inconnu.Status);
        Assert.Equal(connu.Texte, inconnu.Texte);
        Assert.Equal(1, connu.Hachages);
        Assert.Equal(connu.Hachages, inconnu.Hachages);
    }

    [Fact]
    public async Task SignIn_UnconfirmedAccount_WithAWrongPassword_SaysNothingAboutConfirmation()
    {
        var email = Inconnue();
        using var client = _f.NewClient();
        (await EigWebFactory.PostFormAsync(client, "/compte/inscription", new Dictionary<string, string>
        {
            ["Input.Profil"] = Roles.Candidat, ["Input.NomComplet"] = "Alex Test", ["Input.Email"] = email,
            ["Input.Password"] = "une phrase assez longue", ["Input.Confirmation"] = "une phrase assez longue",
        })).Dispose();

        using var wrong = await EigWebFactory.LoginAsync(client, email, "pas le bon mot de passe");

        var text = (await EigWebFactory.ParseAsync(wrong)).Body!.TextContent;
        Assert.DoesNotContain("à confirmer", text);
        Assert.Contains("Adresse électronique ou mot de passe incorrect.", text);
    }

    [Fact]
    public async Task SignIn_TooManyTries_SameMessageForAnUnknownAddress()
    {
        var user = await _f.CreateUserAsync(Roles.Candidat);
        var inconnue = Inconnue();
        using var client = _f.NewClient();
        for (var i = 0; i < 5; i++)
        {
            (await EigWebFactory.LoginAsync(client, user.Email, "mauvais " + i)).Dispose();
            (await EigWebFactory.LoginAsync(client, inconnue, "mauvais " + i)).Dispose();
        }

        var connu = await MesurerAsync(client, "/compte/connexion", new() { ["Input.Email"] = user.Email, ["Input.Password"] = "encore faux" });
        var inconnu = await MesurerAsync(client, "/compte/connexion", new() { ["Input.Email"] = inconnue, ["Input.Password"] = "encore faux" });

        Assert.Contains("Trop d'essais de connexion", connu.Texte);
        Assert.Equal(connu.Texte, inconnu.Texte);
    }

    [Fact]
    public async Task AnAttackerElsewhere_CannotLockStaffOut()
    {
        var staff = await _f.CreateUserAsync(Roles.Staff);
        using var attacker = _f.NewClient();
        attacker.DefaultRequestHeaders.Add(AdresseClienteDeTest.Entete, "203.0.113.66");
        for (var i = 0; i < 30; i++)
            (await EigWebFactory.LoginAsync(attacker, staff.Email, "devine " + i)).Dispose();
        using var blocked = await EigWebFactory.LoginAsync(attacker, staff.Email, staff.Password);
        Assert.Equal(HttpStatusCode.BadRequest, blocked.StatusCode);

        using var owner = _f.NewClient();
        owner.DefaultRequestHeaders.Add(AdresseClienteDeTest.Entete, "198.51.100.7");
        using var login = await EigWebFactory.LoginAsync(owner, staff);

        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        using var admin = await owner.GetAsync("/admin", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
    }

    [Fact]
    public async Task Registration_ExistingAddress_SameAnswerSameCost_EvenWithACommonPassword()
    {
        var user = await _f.CreateUserAsync(Roles.Porteur);
        using var client = _f.NewClient();
        Dictionary<string, string> Champs(string email, string mdp) => new()
        {
            ["Input.Profil"] = Roles.Porteur, ["Input.NomComplet"] = "Alex Test", ["Input.Email"] = email,
            ["Input.Password"] = mdp, ["Input.Confirmation"] = mdp,
        };

        var faibleConnu = await MesurerAsync(client, "/compte/inscription", Champs(user.Email, "aaaaaaaaaaaa"));
        var faibleInconnu = await MesurerAsync(client, "/compte/inscription", Champs(Inconnue(), "aaaaaaaaaaaa"));
        Assert.Equal(HttpStatusCode.BadRequest, faibleConnu.Status);
        Assert.Equal(faibleConnu.Status, faibleInconnu.Status);

        var connu = await MesurerAsync(client, "/compte/inscription", Champs(user.Email, "une phrase assez longue"));
        var inconnu = await MesurerAsync(client, "/compte/inscription", Champs(Inconnue(), "une phrase assez longue"));
        Assert.Equal(HttpStatusCode.Redirect, connu.Status);
        Assert.Equal(connu.Texte, inconnu.Texte);
        // Neither answer waits for a hash: the new account's password is hashed afterwards (MotsDePasseEnAttente).
        Assert.Equal(0, inconnu.Hachages);
        Assert.Equal(inconnu.Hachages, connu.Hachages);
    }

    [Theory]
    [InlineData("/compte/mot-de-passe-oublie")]
    [InlineData("/compte/renvoyer-confirmation")]
    public async Task ResetAndResend_UnknownAddress_SameAnswerSameCost(string url)
    {
        var user = await _f.CreateUserAsync(Roles.Candidat);
        using var client = _f.NewClient();

        var connu = await MesurerAsync(client, url, new() { ["Input.Email"] = user.Email });
        var inconnu = await MesurerAsync(client, url, new() { ["Input.Email"] = Inconnue() });

        Assert.Equal(HttpStatusCode.Redirect, connu.Status);
        Assert.Equal(connu.Texte, inconnu.Texte);
        Assert.True(connu.Hachages >= 1);
        Assert.Equal(connu.Hachages, inconnu.Hachages);
    }
}

[CollectionDefinition(nameof(CompteurDeHachages), DisableParallelization = true)]
public class CompteurDeHachagesCollection;
