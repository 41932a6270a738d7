using System.Net;
using System.Runtime.CompilerServices;
using System.Security.Claims;
using Eig.Web.Infrastructure.Database;
using Eig.Web.Comptes;
using Eig.Web.Infrastructure.Mail;
using Eig.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Eig.Tests.Support;

/// <summary>A person the tests created, with what is needed to sign in as them.</summary>
public sealed record TestUser(Guid Id, string Email, string Password, string Role, string? AuthenticatorKey);

/// <summary>
/// The real application (Program, the same services and pipeline) on a database of its own, mails written as .eml
/// files to a temp folder and sent only when a test asks, no demo data, environment "Testing".
/// Set the init properties before the first client is created.
/// </summary>
public partial class EigWebFactory : WebApplicationFactory<Program>
{
    public const string DefaultPassword = "mot-de-passe-de-test-42";
    public static readonly Uri BaseUri = new("http://localhost");

    private TestDatabase? _database;
    private readonly ConditionalWeakTable<HttpClient, CookieContainer> _cookies = new();
    private int _userCounter;

    static EigWebFactory()
    {
        // Hundreds of hosts live in one test process; each physical file provider (configuration reload, the web
        // root's asp-append-version) would hold an inotify instance, and Linux allows 128 per user by default, after
        // which pages answer 500. Polling watchers use none; the tests never change a file under a running host.
        Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "1");
    }

    public EigWebFactory()
    {
        ClientOptions.AllowAutoRedirect = false;
        MailFolder = Path.Combine(Path.GetTempPath(), "eig-tests-mails", Guid.NewGuid().ToString("N"));
    }

    /// <summary>A database owned by someone else (e.g. two instances sharing one key ring); the factory leaves it
    /// in place on dispose. Unset: a fresh one, created on first use and dropped with the factory.</summary>
    public TestDatabase? SharedDatabase { get; init; }

    public TestDatabase Database => SharedDatabase ?? (_database ??= TestDatabase.Create());

    public string MailFolder { get; }

    /// <summary>Form POSTs allowed per minute and client address; lower it in rate-limit tests.</summary>
    public int FormsPerMinute { get; init; } = 10_000;

    /// <summary>Any other configuration key for this factory (e.g. <c>Mail:Mode</c>).</summary>
    public Dictionary<string, string?> Settings { get; init; } = [];

    /// <summary>The clock of the cookie handler, the sign-in checks and the second factor; set a
    /// <see cref="HorlogeDeTest"/> to move time in a test.</summary>
    public TimeProvider? Horloge { get; init; }

    /// <summary>The host environment; "Testing" unless a test checks what production does.</summary>
    public string Environnement { get; init; } = "Testing";

    /// <summary>Replaces or decorates services after the app registered its own.</summary>
    public Action<IServiceCollection>? ServicesDeTest { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environnement);
        // The build's compressed copies of wwwroot (obj/…/compressed: gzip, and brotli when published) are reached only
        // through its static web assets manifest, which ASP.NET Core reads by itself in Development only. Without this,
        // every stylesheet and script asked for compressed, as a browser asks, answered 200 with an empty body: the
        // browser tests ran without DSFR's CSS and JS (seen 2 December: site.css's rules absent from the page).
        builder.UseStaticWebAssets();
        builder.ConfigureTestServices(services =>
        {
            if (Horloge is not null) services.AddSingleton(Horloge);
            // The client address TestServer leaves empty: a test may set it with the X-Test-Client header.
            services.AddSingleton<IStartupFilter, AdresseClienteDeTest>();
            ServicesDeTest?.Invoke(services);
        });
        // UseSetting (not ConfigureAppConfiguration): WebApp.AddServices reads Database/Mail keys while the services
        // are being registered, and only host settings are visible that early with the minimal hosting model.
        foreach (var (key, value) in AllSettings())
            builder.UseSetting(key, value);
    }

    private IEnumerable<KeyValuePair<string, string?>> AllSettings()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Mail:Mode"] = "Pickup",
            ["Mail:PickupDirectory"] = MailFolder,
            ["Mail:SenderEnabled"] = "false",
            ["Planification:Active"] = "false",
            ["Demo:Seed"] = "false",
            // TestServer speaks HTTP: Secure, __Host- cookies only where a test asks for production's (see CookiesTests).
            ["Cookies:Securises"] = "false",
            ["RateLimit:FormsPerMinute"] = FormsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
            // The bulkhead of the heavy pages lets the race tests (20 sign-ups, 10 filings at once) race for real;
            // TravauxLourdsTests sets it low to see requests queue.
            ["Charge:TravauxLourds:Simultanes"] = "64",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
            // Keys are kept unencrypted in the test database on purpose; the warning says so for every factory.
            ["Logging:LogLevel:Microsoft.AspNetCore.DataProtection"] = "Error",
            // …and the start-up's critical entry about it in a "Production" factory stays off the console (ClesAuReposTests reads it).
            ["Logging:Console:LogLevel:Eig.Securite.Cles"] = "None",
            // EF logs, as an error, its probe of __EFMigrationsHistory on every fresh PostgreSQL database.
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command"] = "Critical",
            // Quiet test output: the one line per request (ObservabiliteTests turns it back on and reads it), and
            // what TestServer cannot do (request body limits) or has not got (published static assets).
            ["Logging:LogLevel:Eig.Requetes"] = "Warning",
            ["Logging:LogLevel:Microsoft.AspNetCore.Mvc.Filters"] = "Error",
            ["Logging:LogLevel:Microsoft.AspNetCore.Routing.EndpointRoutingMiddleware"] = "Error",
            ["Logging:LogLevel:Microsoft.AspNetCore.StaticAssets"] = "Error",
            // EF's query-shape advice and the tests that post a forged temp-data cookie on purpose.
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Query"] = "Error",
            ["Logging:LogLevel:Microsoft.AspNetCore.Mvc.ViewFeatures.CookieTempDataProvider"] = "Error",
            // The SIRET lookup's tests make the directory fail on purpose (it logs a warning per failure).
            ["Logging:LogLevel:Eig.Web.AppelsAProjets.RechercheEntreprises"] = "Error",
        };
        foreach (var (k, v) in Database.Settings()) settings[k] = v;
        foreach (var (k, v) in Settings) settings[k] = v;
        return settings;
    }

    /// <summary>A client that keeps its cookies (so that <see cref="SignInAsAsync"/> can add the auth cookie) and
    /// does not follow redirects: tests assert on the 302 and its Location.</summary>
    public HttpClient NewClient(Uri? baseUri = null)
    {
        var cookies = new CookieContainer();
        var client = CreateDefaultClient(baseUri ?? BaseUri, new CookieContainerHandler(cookies));
        _cookies.Add(client, cookies);
        return client;
    }

    public CookieContainer CookiesOf(HttpClient client) =>
        _cookies.TryGetValue(client, out var c) ? c
            : throw new InvalidOperationException("Ce client ne vient pas de EigWebFactory.NewClient().");

    /// <summary>Creates a confirmed account with a role and a known password. Staff get an authenticator key and
    /// two-factor enabled unless <paramref name="twoFactor"/> says otherwise.</summary>
    public async Task<TestUser> CreateUserAsync(string role, string? email = null, string password = DefaultPassword, bool? twoFactor = null)
    {
        email ??= $"{role}-{Interlocked.Increment(ref _userCounter)}-{Guid.NewGuid().ToString("N")[..6]}@exemple.fr";
        using var scope = Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Utilisateur>>();
        var user = new Utilisateur
        {
            Id = Guid.CreateVersion7(), UserName = email, Email = email, EmailConfirmed = true,
            NomComplet = "Camille Test", CreeLe = DateTime.UtcNow,
        };
        Check(await users.CreateAsync(user, password), "CreateAsync");
        Check(await users.AddToRoleAsync(user, role), "AddToRoleAsync");
        string? key = null;
        if (twoFactor ?? role == Roles.Staff)
        {
            Check(await users.ResetAuthenticatorKeyAsync(user), "ResetAuthenticatorKeyAsync");
            key = await users.GetAuthenticatorKeyAsync(user);
            Check(await users.SetTwoFactorEnabledAsync(user, true), "SetTwoFactorEnabledAsync");
        }
        return new TestUser(user.Id, email, password, role, key);
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException($"{what} : " + string.Join("; ", result.Errors.Select(e => $"{e.Code} {e.Description}")));
    }

    /// <summary>
    /// Signs a client in without the login pages: builds the principal exactly as Identity does (claims factory,
    /// security stamp) and writes it into the real auth cookie with the app's own ticket format. For staff,
    /// <paramref name="secondFactor"/> adds the <c>amr=mfa</c> claim that Identity's two-factor sign-in adds.
    /// The login pages themselves are tested through <see cref="LoginAsync"/>.
    /// </summary>
    public async Task SignInAsAsync(HttpClient client, TestUser user, bool secondFactor = true)
    {
        var (name, value) = await AuthCookieAsync(user, secondFactor);
        CookiesOf(client).Add(BaseUri, new Cookie(name, value, "/"));
    }

    /// <summary>The name and value of a real auth cookie for <paramref name="user"/> (see <see cref="SignInAsAsync"/>);
    /// browser tests put it in a browser context.</summary>
    public async Task<(string Name, string Value)> AuthCookieAsync(TestUser user, bool secondFactor = true)
    {
        using var scope = Services.CreateScope();
        var sp = scope.ServiceProvider;
        var users = sp.GetRequiredService<UserManager<Utilisateur>>();
        var entity = await users.FindByIdAsync(user.Id.ToString()) ?? throw new InvalidOperationException($"{user.Email} introuvable");
        var principal = await sp.GetRequiredService<IUserClaimsPrincipalFactory<Utilisateur>>().CreateAsync(entity);
        var identity = (ClaimsIdentity)principal.Identity!;
        identity.AddClaim(new Claim("amr", secondFactor && user.AuthenticatorKey is not null ? "mfa" : "pwd"));
        var scheme = IdentityConstants.ApplicationScheme;
        var options = sp.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(scheme);
        var now = (Horloge ?? TimeProvider.System).GetUtcNow();
        var session = await SessionsServeur.OuvrirAsync(sp.GetRequiredService<EigDbContext>(), entity.Id,
            secondFactor && user.AuthenticatorKey is not null, now.UtcDateTime, null);
        var properties = new AuthenticationProperties { IssuedUtc = now, ExpiresUtc = now.AddHours(1) };
        properties.Items[SessionsServeur.Cle] = session.Id.ToString();
        var ticket = new AuthenticationTicket(principal, properties, scheme);
        return (options.Cookie.Name!, options.TicketDataFormat.Protect(ticket));
    }

    /// <summary>Sends what the outbox holds (the background sender is off in tests) and reads every .eml written
    /// to the pickup folder, oldest first.</summary>
    public async Task<IReadOnlyList<SentMail>> ReadMailsAsync()
    {
        await Services.GetRequiredService<OutboxSender>().SendPendingAsync();
        return MailReader.ReadFolder(MailFolder);
    }

    /// <summary>A DbContext in its own scope, for arranging data and asserting on it.</summary>
    public async Task<T> WithDbAsync<T>(Func<EigDbContext, Task<T>> action)
    {
        using var scope = Services.CreateScope();
        return await action(scope.ServiceProvider.GetRequiredService<EigDbContext>());
    }

    public async Task WithDbAsync(Func<EigDbContext, Task> action)
    {
        using var scope = Services.CreateScope();
        await action(scope.ServiceProvider.GetRequiredService<EigDbContext>());
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_database is not null) await _database.DisposeAsync();
        try { if (Directory.Exists(MailFolder)) Directory.Delete(MailFolder, true); } catch (IOException) { }
    }
}
