using System.Net;
using Eig.Tests.Support;
using Eig.Web.Comptes;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Eig.Tests.Pages.Compte;

public class InscriptionTests(EigWebFactory factory) : IClassFixture<EigWebFactory>
{
    private static Dictionary<string, string> Form(string email, string profil = Roles.Candidat, string nom = "Ada Lovelace",
        string password = "une phrase assez longue", string? confirmation = null) => new()
    {
        ["Input.Profil"] = profil,
        ["Input.NomComplet"] = nom,
        ["Input.Email"] = email,
        ["Input.Password"] = password,
        ["Input.Confirmation"] = confirmation ?? password,
    };

    [Fact]
    public async Task Post_Empty_ShowsEachErrorNextToItsField_AndKeepsWhatWasTyped()
    {
        using var client = factory.NewClient();

        using var response = await EigWebFactory.PostFormAsync(client, "/compte/inscription", new Dictionary<string, string>
        {
            ["Input.NomComplet"] = "Grace Hopper",
            ["Input.Email"] = "pas-une-adresse",
            ["Input.Password"] = "court",
            ["Input.Confirmation"] = "autre",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var doc = await EigWebFactory.ParseAsync(response);
        Assert.Contains("Indiquez pour quoi", doc.QuerySelector("#Input_Profil-erreur")!.TextContent);
        Assert.Contains("adresse électronique valide", doc.QuerySelector("#Input_Email-erreur")!.TextContent);
        Assert.Contains("12", doc.QuerySelector("#Input_Password-erreur")!.TextContent);
        Assert.Contains("pas identiques", doc.QuerySelector("#Input_Confirmation-erreur")!.TextContent);
        var email = doc.QuerySelector("#Input_Email")!;
        Assert.Equal("pas-une-adresse", email.GetAttribute("value"));
        Assert.Contains("Input_Email-erreur", email.GetAttribute("aria-describedby"));
        Assert.Contains("fr-input-group--error", email.ParentElement!.ClassName);
        Assert.Equal("Grace Hopper", doc.QuerySelector("#Input_NomComplet")!.GetAttribute("value"));
        Assert.Null(doc.QuerySelector("#Input_Password")!.GetAttribute("value"));
        // The summary at the top links to each field.
        Assert.NotNull(doc.QuerySelector("#erreurs a[href='#Input_Email']"));
    }

    [Fact]
    public async Task Post_Valid_CreatesUnconfirmedAccount_MailsALink_ThatActivatesIt()
    {
        using var client = factory.NewClient();
        var email = $"ada-{Guid.NewGuid():N}@exemple.fr";

        using var response = await EigWebFactory.PostFormAsync(client, "/compte/inscription", Form(email));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/compte/inscription/verifiez-vos-courriels", response.Headers.Location!.OriginalString);
        var (confirmed, roles) = await factory.WithDbAsync(async db =>
        {
            var u = await db.Users.SingleAsync(x => x.Email == email);
            var r = await db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, ro => ro.Id, (_, ro) => ro.Name).ToListAsync();
            return (u.EmailConfirmed, r);
        });
        Assert.False(confirmed);
        Assert.Equal([Roles.Candidat], roles);
        Assert.True(await factory.WithDbAsync(db => db.Audit.AnyAsync(a => a.Action == "compte.inscription" && a.ActeurEmail == email)));

        // Not confirmed: login is refused with a hint.
        using (var login = await EigWebFactory.LoginAsync(client, email, "une phrase assez longue"))
        {
            Assert.Equal(HttpStatusCode.BadRequest, login.StatusCode);
            var refus = await EigWebFactory.ParseAsync(login);
            Assert.Contains("Adresse électronique à confirmer", refus.Body!.TextContent);
            EigWebFactory.AssertHasError(refus, "Input.Email", "Confirmez d'abord cette adresse électronique");
        }

        var mail = (await factory.ReadMailsAsync()).Single(m => m.To.Contains(email));
        Assert.Contains("Confirmez", mail.Subject);
        var link = new Uri(mail.Link("/compte/confirmer-email")!);
        var confirmPage = await EigWebFactory.GetDocumentAsync(client, link.PathAndQuery);
        Assert.Contains("Adresse confirmée", confirmPage.Title);

        using var ok = await EigWebFactory.LoginAsync(client, email, "une phrase assez longue");
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        Assert.Equal("/espace-candidat", ok.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Post_Valid_PasswordIsHashedAfterTheAnswer_EncryptedUntilThen_NeverStoredInClear()
    {
        using var client = factory.NewClient();
        var email = $"ada-{Guid.NewGuid():N}@exemple.fr";

        using var response = await EigWebFactory.PostFormAsync(client, "/compte/inscription", Form(email));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        // Whatever still waits is encrypted: the password is in none of the account's tokens.
        var enAttente = await factory.WithDbAsync(db => db.UserTokens.Where(t => t.UserId == id).Select(t => t.Value).ToListAsync());
        Assert.DoesNotContain(enAttente, v => v!.Contains("une phrase assez longue"));
        // The background worker hashes it, then deletes the encrypted copy.
        var limite = DateTime.UtcNow.AddSeconds(30);
        (string? Hash, int Jetons) etat;
        do
        {
            etat = await factory.WithDbAsync(async db => (
                await db.Users.Where(u => u.Id == id).Select(u => u.PasswordHash).SingleAsync(),
                await db.UserTokens.CountAsync(t => t.UserId == id && t.Name == MotsDePasseEnAttente.Nom)));
            if (etat.Hash is not null && etat.Jetons == 0) break;
            await Task.Delay(100, TestContext.Current.CancellationToken);
        } while (DateTime.UtcNow < limite);
        Assert.NotNull(etat.Hash);
        Assert.Equal(0, etat.Jetons);
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Utilisateur>>();
        Assert.True(await users.CheckPasswordAsync((await users.FindByIdAsync(id.ToString()))!, "une phrase assez longue"));
    }

    [Fact]
    public async Task SignIn_WhileThePasswordStillWaits_HashesItThen_AndSignsIn()
    {
        // An account as a sign-up leaves it before the worker's turn (the worker is not told about this one).
        var email = $"grace-{Guid.NewGuid():N}@exemple.fr";
        using (var scope = factory.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<Utilisateur>>();
            var user = new Utilisateur { Id = Guid.CreateVersion7(), UserName = email, Email = email, NomComplet = "Grace Hopper", EmailConfirmed = true };
            Assert.True((await users.CreateAsync(user)).Succeeded);
            await users.AddToRoleAsync(user, Roles.Candidat);
            scope.ServiceProvider.GetRequiredService<MotsDePasseEnAttente>().Garder(user, "une phrase assez longue");
            await scope.ServiceProvider.GetRequiredService<Eig.Web.Infrastructure.Database.EigDbContext>().SaveChangesAsync();
        }
        using var client = factory.NewClient();

        using var ok = await EigWebFactory.LoginAsync(client, email, "une phrase assez longue");

        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        Assert.Equal("/espace-candidat", ok.Headers.Location!.OriginalString);
    }

    private async Task<(Guid Id, string Email, string Jeton)> CompteEnAttenteAsync(string motDePasse)
    {
        // An account as a sign-up leaves it before the worker's turn (the worker is not told about this one).
        var email = $"ada-{Guid.NewGuid():N}@exemple.fr";
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Utilisateur>>();
        var user = new Utilisateur { Id = Guid.CreateVersion7(), UserName = email, Email = email, NomComplet = "Ada Lovelace" };
        Assert.True((await users.CreateAsync(user)).Succeeded);
        await users.AddToRoleAsync(user, Roles.Candidat);
        scope.ServiceProvider.GetRequiredService<MotsDePasseEnAttente>().Garder(user, motDePasse);
        await scope.ServiceProvider.GetRequiredService<Eig.Web.Infrastructure.Database.EigDbContext>().SaveChangesAsync();
        return (user.Id, email, await users.GenerateEmailConfirmationTokenAsync(user));
    }

    [Fact]
    public async Task Confirmation_WhileThePasswordStillWaits_DoesNotWaitForTheHash_AndTheSignInRightAfterWorks()
    {
        var (id, email, jeton) = await CompteEnAttenteAsync("une autre phrase assez longue");
        var code = Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlEncode(System.Text.Encoding.UTF8.GetBytes(jeton));
        using var client = factory.NewClient();

        using var confirmation = await client.GetAsync($"/compte/confirmer-email?userId={id}&code={code}");

        Assert.Equal(HttpStatusCode.OK, confirmation.StatusCode);
        var compte = await factory.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == id));
        Assert.True(compte.EmailConfirmed);
        // Never lost: hashed, or still waiting encrypted.
        Assert.True(compte.PasswordHash is not null
            || await factory.WithDbAsync(db => db.UserTokens.AnyAsync(t => t.UserId == id && t.LoginProvider == MotsDePasseEnAttente.Fournisseur)));
        using var ok = await EigWebFactory.LoginAsync(client, email, "une autre phrase assez longue");
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
    }

    [Fact]
    public async Task Confirmation_WhenTheWorkerHashesBetweenItsReadAndItsSave_ConfirmsAgain_AndKeepsTheHash()
    {
        // The confirmation saves the whole account row: loaded before the worker's hash, it would write it back
        // without it (the bench's sign-ups lost their password that way). The worker renews the concurrency stamp.
        var (id, _, jeton) = await CompteEnAttenteAsync("une autre phrase assez longue");
        using var page = factory.Services.CreateScope();
        var users = page.ServiceProvider.GetRequiredService<UserManager<Utilisateur>>();
        var charge = (await users.FindByIdAsync(id.ToString()))!;
        using (var worker = factory.Services.CreateScope())
            worker.ServiceProvider.GetRequiredService<MotsDePasseEnAttente>().Terminer(id);

        var resultat = await page.ServiceProvider.GetRequiredService<MotsDePasseEnAttente>().ConfirmerAdresseAsync(charge, jeton);

        Assert.True(resultat.Succeeded);
        var compte = await factory.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == id));
        Assert.True(compte.EmailConfirmed);
        Assert.NotNull(compte.PasswordHash);
        Assert.True(await users.CheckPasswordAsync(compte, "une autre phrase assez longue"));
    }

    [Fact]
    public async Task APasswordSetMeanwhile_WinsOverTheWaitingOne()
    {
        var email = $"reset-{Guid.NewGuid():N}@exemple.fr";
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Utilisateur>>();
        var attente = scope.ServiceProvider.GetRequiredService<MotsDePasseEnAttente>();
        var user = new Utilisateur { Id = Guid.CreateVersion7(), UserName = email, Email = email, NomComplet = "Alan Turing" };
        Assert.True((await users.CreateAsync(user)).Succeeded);
        attente.Garder(user, "l'ancienne phrase du formulaire");
        await scope.ServiceProvider.GetRequiredService<Eig.Web.Infrastructure.Database.EigDbContext>().SaveChangesAsync();
        Assert.True((await users.AddPasswordAsync(user, "la phrase choisie ensuite")).Succeeded); // e.g. a reset

        await attente.TerminerAsync(user.Id, TestContext.Current.CancellationToken);

        var relu = (await users.FindByIdAsync(user.Id.ToString()))!;
        await scope.ServiceProvider.GetRequiredService<Eig.Web.Infrastructure.Database.EigDbContext>().Entry(relu).ReloadAsync(TestContext.Current.CancellationToken);
        Assert.True(await users.CheckPasswordAsync(relu, "la phrase choisie ensuite"));
        Assert.False(await users.CheckPasswordAsync(relu, "l'ancienne phrase du formulaire"));
        Assert.DoesNotContain(user.Id, attente.EnAttente());
    }

    [Fact]
    public async Task Post_ExistingEmail_AnswersTheSame_AndWarnsTheOwnerByMail()
    {
        var existing = await factory.CreateUserAsync(Roles.Porteur);
        using var client = factory.NewClient();

        using var response = await EigWebFactory.PostFormAsync(client, "/compte/inscription", Form(existing.Email));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/compte/inscription/verifiez-vos-courriels", response.Headers.Location!.OriginalString);
        Assert.Equal(1, await factory.WithDbAsync(db => db.Users.CountAsync(u => u.Email == existing.Email)));
        Assert.Contains(await factory.ReadMailsAsync(), m => m.To.Contains(existing.Email) && m.Subject.Contains("Tentative"));
    }

    [Fact]
    public async Task Post_StaffProfile_IsRefused_NoAccountCreated()
    {
        using var client = factory.NewClient();
        var email = $"intrus-{Guid.NewGuid():N}@exemple.fr";

        using var response = await EigWebFactory.PostFormAsync(client, "/compte/inscription", Form(email, profil: Roles.Staff));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == email)));
    }

    [Fact]
    public async Task Post_ScriptInName_IsStoredAsText_AndRenderedEncoded()
    {
        using var client = factory.NewClient();

        using var response = await EigWebFactory.PostFormAsync(client, "/compte/inscription",
            Form("pas-une-adresse", nom: "<script>alert('x')</script>"));

        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.DoesNotContain("<script>alert", html);
        Assert.Contains("&lt;script&gt;", html);
    }

    [Fact]
    public async Task Post_TooLongName_ShowsError()
    {
        using var client = factory.NewClient();

        using var response = await EigWebFactory.PostFormAsync(client, "/compte/inscription",
            Form($"long-{Guid.NewGuid():N}@exemple.fr", nom: new string('a', 201)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("200 caractères", (await EigWebFactory.ParseAsync(response)).QuerySelector("#Input_NomComplet-erreur")!.TextContent);
    }
}

public class InscriptionDepuisUnAppelTests(EigWebFactory factory) : IClassFixture<EigWebFactory>
{
    [Fact]
    public async Task FromTheApplyButton_TheProfileIsChosen_AndTheConfirmationLeadsBackToTheForm()
    {
        using var client = factory.NewClient();
        var page = await EigWebFactory.GetDocumentAsync(client, "/compte/inscription?role=candidat&ReturnUrl=%2Fespace-candidat");
        Assert.True(page.QuerySelector("#Input_Profil-1")!.HasAttribute("checked"));
        var email = $"retour-{Guid.NewGuid():N}@exemple.fr";

        using var response = await EigWebFactory.PostFormAsync(client, "/compte/inscription?role=candidat&ReturnUrl=%2Fespace-candidat", new Dictionary<string, string>
        {
            ["Input.Profil"] = Roles.Candidat,
            ["Input.NomComplet"] = "Katherine Johnson",
            ["Input.Email"] = email,
            ["Input.Password"] = "une phrase assez longue",
            ["Input.Confirmation"] = "une phrase assez longue",
        });

        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        var link = new Uri((await factory.ReadMailsAsync()).Single(m => m.To.Contains(email)).Link("/compte/confirmer-email")!).PathAndQuery;
        var confirmed = await EigWebFactory.GetDocumentAsync(client, link);
        Assert.Equal("/compte/connexion?ReturnUrl=%2Fespace-candidat", confirmed.QuerySelector("main a.fr-btn")!.GetAttribute("href"));
    }

    [Fact]
    public async Task AForeignReturnUrl_IsDropped_TheButtonGoesToThePlainLoginPage()
    {
        using var client = factory.NewClient();
        var email = $"etranger-{Guid.NewGuid():N}@exemple.fr";
        (await EigWebFactory.PostFormAsync(client, "/compte/inscription", new Dictionary<string, string>
        {
            ["Input.Profil"] = Roles.Porteur,
            ["Input.NomComplet"] = "Hedy Lamarr",
            ["Input.Email"] = email,
            ["Input.Password"] = "une phrase assez longue",
            ["Input.Confirmation"] = "une phrase assez longue",
        })).Dispose();
        var link = new Uri((await factory.ReadMailsAsync()).Single(m => m.To.Contains(email)).Link("/compte/confirmer-email")!).PathAndQuery;

        var confirmed = await EigWebFactory.GetDocumentAsync(client, link + "&returnUrl=https%3A%2F%2Fevil.example%2F");

        Assert.Equal("/compte/connexion", confirmed.QuerySelector("main a.fr-btn")!.GetAttribute("href"));
    }
}
