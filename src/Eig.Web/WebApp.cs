using Eig.Web.Infrastructure.Planification;
using System.Threading.RateLimiting;
using Eig.Web.Infrastructure.Database;
using Eig.Web.Infrastructure.Fichiers;
using Eig.Web.Infrastructure.Http;
using Eig.Web.Comptes;
using Eig.Web.Infrastructure.Audit;
using Eig.Web.Infrastructure.Demo;
using Eig.Web.Infrastructure.Mail;
using Eig.Web.Infrastructure.Observabilite;
using Eig.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Eig.Web;

/// <summary>Builds the web application. Kept apart from Program.cs so that the operator verbs and the tests
/// share exactly the same services.</summary>
public static class WebApp
{
    public const string PolicyStaff = "staff";
    public const string PolicyEvaluateur = "evaluateur";
    public const string PolicyJury = "jury";
    public const string PolicyPorteur = "porteur";
    public const string PolicyCandidat = "candidat";
    public const string RateLimitForms = "formulaires";
    public const string PolicyConnecteSansDeuxiemeFacteur = "connecte-sans-2fa";
    public const string TempDataCookie = "eig.msg";

    /// <param name="withPipeline">false for the operator verbs: same services, no HTTP pipeline (nor static assets).</param>
    public static WebApplication Build(string[] args, bool withPipeline = true)
    {
        var builder = WebApplication.CreateBuilder(args);
        ConfigureLogging(builder);
        AddServices(builder.Services, builder.Configuration, builder.Environment);
        var app = builder.Build();
        if (withPipeline) ConfigurePipeline(app);
        return app;
    }

    private static void ConfigureLogging(WebApplicationBuilder builder)
    {
        if (builder.Configuration.GetValue("Logging:Json", false))
        {
            builder.Logging.ClearProviders();
            // Each entry with its instant (UTC, ISO 8601): without a format the JSON formatter writes none.
            builder.Logging.AddJsonConsole(o => { o.UseUtcTimestamp = true; o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ"; });
        }
        // The console's lines written by batches (JournalParLots), with the console logger's formatters and options.
        foreach (var console in builder.Services.Where(d => d.ServiceType == typeof(ILoggerProvider) && d.ImplementationType == typeof(Microsoft.Extensions.Logging.Console.ConsoleLoggerProvider)).ToList())
            builder.Services.Remove(console);
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<ILoggerProvider, JournalParLots>());
    }

    public static void AddServices(IServiceCollection services, IConfiguration config, IWebHostEnvironment env)
    {
        services.AddSingleton<IClock, SystemClock>();
        services.AddEigDatabase(config);
        services.AddHttpContextAccessor();
        services.AddScoped<IAuditLog, AuditLog>();
        services.AddEigMail(config);
        services.AddFichiers(config);
        services.AddRequetesRobustes(config);
        services.AddEigPlanification(config);
        services.AddScoped<DemoSeeder>();
        foreach (var module in Infrastructure.FeatureModules.All)
            module.AddServices(services, config);

        services.AddIdentity<Utilisateur, Role>(o =>
            {
                o.SignIn.RequireConfirmedEmail = true;
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 12;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireDigit = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                // Wrong passwords no longer lock an account (anyone could lock staff out): FreinConnexion delays them.
                // Wrong second-factor codes still do, since they need the password first.
                o.Lockout.AllowedForNewUsers = true;
                o.Tokens.AuthenticatorTokenProvider = TotpUsageUnique.Nom;
            })
            .AddEntityFrameworkStores<EigDbContext>()
            .AddSignInManager<EigSignInManager>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<TotpUsageUnique>(TotpUsageUnique.Nom)
            .AddPasswordValidator<MotsDePasseCourants>()
            .AddErrorDescriber<FrenchIdentityErrorDescriber>();

        // Outside development every cookie is Secure and __Host- prefixed (HTTPS only, this host only, path /).
        var cookiesSurs = bool.TryParse(config["Cookies:Securises"], out var surs) ? surs : !env.IsDevelopment();
        string NomCookie(string nom) => cookiesSurs ? "__Host-" + nom : nom;
        var politique = cookiesSurs ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/compte/connexion";
            o.LogoutPath = "/compte/deconnexion";
            o.AccessDeniedPath = "/erreur/403";
            o.Cookie.Name = NomCookie("eig.auth");
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = politique;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            // Instead of Identity's stamp check every few minutes (whose refresh also dropped amr=mfa): the session
            // and the security stamp are checked on every request, and the principal is never rebuilt.
            o.Events.OnValidatePrincipal = SessionsServeur.ValiderAsync;
            // A signed-in person without the right role gets a real 403 (rendered by /erreur/403), not a redirect.
            o.Events.OnRedirectToAccessDenied = ctx =>
            {
                ctx.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        ProConnect.Ajouter(services, config);
        services.AddScoped<ConnexionsProConnect>();
        services.AddScoped<DonneesPersonnelles>();

        foreach (var (schema, nom) in new[] { (IdentityConstants.TwoFactorUserIdScheme, "eig.2fa"), (IdentityConstants.TwoFactorRememberMeScheme, "eig.2fa-appareil"), (IdentityConstants.ExternalScheme, "eig.externe") })
            services.Configure<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(schema, o =>
            {
                o.Cookie.Name = NomCookie(nom);
                o.Cookie.SecurePolicy = politique;
                o.Cookie.Path = "/";
            });
        services.AddSingleton<FreinConnexion>();
        services.AddScoped<HachageFactice>();
        services.AddMotsDePasseEnAttente();
        services.TryAddSingleton(TimeProvider.System);
        // The key ring in the database: every instance behind a load balancer reads the same keys, so a cookie or
        // token issued by one is accepted by the others.
        // Encrypted with the configured certificate (ClesAuRepos), so that a backup of the database alone signs nothing.
        services.AddDataProtection().SetApplicationName("eig-platform").PersistKeysToDbContext<EigDbContext>().ProtegerLesCles(config);

        // Every policy requires the second factor of staff sessions (DeuxiemeFacteurRequirement): the back office, but
        // also /jury, /evaluation and any page a staff member can reach, whatever its folder.
        services.AddAuthorizationBuilder()
            .AddPolicy(PolicyStaff, PolitiquesAcces.Roles(Roles.Staff))
            .AddPolicy(PolicyEvaluateur, PolitiquesAcces.Roles(Roles.Evaluateur, Roles.Staff))
            .AddPolicy(PolicyJury, PolitiquesAcces.Roles(Roles.Jury, Roles.Staff))
            .AddPolicy(PolicyPorteur, PolitiquesAcces.Roles(Roles.Porteur))
            .AddPolicy(PolicyCandidat, PolitiquesAcces.Roles(Roles.Candidat))
            .AddPolicy(PolicyConnecteSansDeuxiemeFacteur, PolitiquesAcces.ConnecteSansDeuxiemeFacteur())
            .SetDefaultPolicy(PolitiquesAcces.Connecte())
            // Every page is private unless it says otherwise.
            .SetFallbackPolicy(PolitiquesAcces.Connecte());
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, StaffSecondFactorRedirect>();

        services.AddRazorPages(o =>
            {
                o.Conventions.AuthorizeFolder("/Admin", PolicyStaff);
                o.Conventions.AuthorizeFolder("/Evaluation", PolicyEvaluateur);
                o.Conventions.AuthorizeFolder("/Jury", PolicyJury);
                o.Conventions.AuthorizeFolder("/EspacePorteur", PolicyPorteur);
                o.Conventions.AuthorizeFolder("/EspaceCandidat", PolicyCandidat);
                o.Conventions.AllowAnonymousToFolder("/Public");
                o.Conventions.AllowAnonymousToFolder("/Erreur");
            })
            .AddMvcOptions(o =>
            {
                o.Filters.Add(new Microsoft.AspNetCore.Mvc.AutoValidateAntiforgeryTokenAttribute());
                o.Filters.Add(new Pages.FormulaireRefuseFilter());
            });
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddRouting(o => { o.LowercaseUrls = true; o.LowercaseQueryStrings = false; });
        services.Configure<Microsoft.AspNetCore.Mvc.CookieTempDataProviderOptions>(o =>
        {
            o.Cookie.Name = NomCookie(TempDataCookie);
            o.Cookie.SecurePolicy = politique;
        });
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = NomCookie("eig.af");
            o.Cookie.SecurePolicy = politique;
            o.HeaderName = null;
        });

        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Every 429 says when to come back (the window's remaining time, rounded up to the second).
            // The per-address window says it in its lease; the bulkhead's queue (no such metadata) is full for a moment only.
            o.OnRejected = (ctx, _) =>
            {
                var secondes = ctx.Lease.TryGetMetadata(MetadataName.RetryAfter, out var attente)
                    ? Math.Max(1, (int)Math.Ceiling(attente.TotalSeconds))
                    : TravauxLourds.Concerne(ctx.HttpContext) ? TravauxLourds.AttenteSecondes : 60;
                ctx.HttpContext.Response.Headers.RetryAfter = secondes.ToString(System.Globalization.CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
            // Before any per-address limit: the heavy pages wait for a turn (Infrastructure/Http/TravauxLourds.cs).
            o.GlobalLimiter = TravauxLourds.Limiteur(config);
            // No body here: the status-code pages answer with the French /erreur/429 page.
            // Only POSTs count: reading a form is free, sending it is limited per client address.
            o.AddPolicy(RateLimitForms, http =>
                HttpMethods.IsPost(http.Request.Method)
                    ? RateLimitPartition.GetFixedWindowLimiter(
                        http.Connection.RemoteIpAddress?.ToString() ?? "inconnu",
                        _ => new FixedWindowRateLimiterOptions
                        {
                            PermitLimit = config.GetValue("RateLimit:FormsPerMinute", 10),
                            Window = TimeSpan.FromMinutes(1),
                            QueueLimit = 0,
                        })
                    : RateLimitPartition.GetNoLimiter("lecture"));
        });

        Infrastructure.Observabilite.Telemetrie.Ajouter(services, config);
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("base-de-donnees");
        services.AddHsts(o => { o.MaxAge = TimeSpan.FromDays(365); o.IncludeSubDomains = true; });
    }

    private static void ConfigurePipeline(WebApplication app)
    {
        using (var scope = app.Services.CreateScope()) scope.ServiceProvider.GetRequiredService<HachageFactice>().Preparer();
        ClesAuRepos.Avertir(app.Configuration, app.Environment, app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(ClesAuRepos.Journal));
        if (ProxiesConnus.Options(app.Configuration) is { } proxies) app.UseForwardedHeaders(proxies);
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }
        app.UseJournalRequetes();
        // A kept public page goes out here, right after its log line's start: the middlewares below run when it is
        // rendered, and their headers (security, compression) are kept with it (Contenus/Site/CachePublic.cs).
        Contenus.Site.CachePagesExtensions.UseCachePages(app);
        app.UseExceptionHandler("/erreur/500");
        app.UseStatusCodePagesWithReExecute("/erreur/{0}");
        app.UseSecurityHeaders();
        app.UseVerbesConnus();
        // The former site's addresses answer 301 before routing (Content/Site/RedirectionsAnciennes.cs); a change of
        // the redirects empties the pages' cache, so that a kept page never hides a new redirect.
        app.UseMiddleware<Contenus.Site.RedirectionsMiddleware>();
        // Below the cache, so that a cached public page is stored compressed and served as is. Only the pages the
        // cache may hold (no personal data, no antiforgery token): compressing secrets next to what a visitor
        // types is how BREACH reads them.
        app.UseWhen(ctx => Contenus.Site.CachePublicPolicy.Cachable(ctx.Request), b => b.UseResponseCompression());
        app.MapStaticAssets().AllowAnonymous();
        app.UseProtectionMetriques();
        app.UseRouting();
        app.UseFormulairesRobustes(RequetesRobustes.CorpsMax(app.Configuration));
        app.UseRoutePourLeJournal();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();

        app.MapHealthChecks("/sante", new Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions
        {
            ResponseWriter = async (ctx, report) =>
            {
                ctx.Response.ContentType = "application/json; charset=utf-8";
                await ctx.Response.WriteAsJsonAsync(new
                {
                    statut = report.Status == Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy ? "ok" : "ko",
                    verifications = report.Entries.ToDictionary(e => e.Key, e => e.Value.Status.ToString()),
                });
            },
        }).AllowAnonymous();
        app.MapPrometheusScrapingEndpoint(Infrastructure.Observabilite.Telemetrie.CheminMetriques).AllowAnonymous();
        foreach (var module in Infrastructure.FeatureModules.All) module.MapEndpoints(app);
        app.MapRazorPages();
        // Unknown addresses are a 404 for everyone, not a redirect to the login page.
        app.MapFallback("{*chemin}", ctx => { ctx.Response.StatusCode = StatusCodes.Status404NotFound; return Task.CompletedTask; })
            .AllowAnonymous();
    }

    /// <summary>Applies migrations and, when configured (the embedded default), seeds the demo data.</summary>
    public static async Task PrepareAsync(WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EigDbContext>();
        await DatabaseMigrator.ApplyAsync(db);
        if (app.Configuration.GetValue("Demo:Seed", false))
        {
            var seeder = scope.ServiceProvider.GetRequiredService<DemoSeeder>();
            var created = await seeder.SeedAsync();
            foreach (var (email, role, password) in created)
                app.Logger.LogWarning("Compte de démonstration créé — {Role} : {Email} / {Password}", role, email, password);
        }
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            foreach (var url in app.Urls)
                Console.WriteLine($"EIG est prêt : ouvrez {url}");
        });
    }
}
