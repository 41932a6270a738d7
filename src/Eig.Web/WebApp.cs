using Eig.Web.Infrastructure.Planification;
using System.Threading.RateLimiting;
using Eig.Web.Infrastructure.Database;
using Eig.Web.Comptes;
using Eig.Web.Infrastructure.Audit;
using Eig.Web.Infrastructure.Demo;
using Eig.Web.Infrastructure.Mail;
using Eig.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

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
            builder.Logging.AddJsonConsole(o => o.UseUtcTimestamp = true);
        }
    }

    public static void AddServices(IServiceCollection services, IConfiguration config, IWebHostEnvironment env)
    {
        services.AddSingleton<IClock, SystemClock>();
        services.AddEigDatabase(config);
        services.AddHttpContextAccessor();
        services.AddScoped<IAuditLog, AuditLog>();
        services.AddEigMail(config);
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
                o.Lockout.AllowedForNewUsers = true;
            })
            .AddEntityFrameworkStores<EigDbContext>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<FrenchIdentityErrorDescriber>();

        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/compte/connexion";
            o.LogoutPath = "/compte/deconnexion";
            o.AccessDeniedPath = "/erreur/403";
            o.Cookie.Name = "eig.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            // A signed-in person without the right role gets a real 403 (rendered by /erreur/403), not a redirect.
            o.Events.OnRedirectToAccessDenied = ctx =>
            {
                ctx.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        services.Configure<SecurityStampValidatorOptions>(o =>
        {
            o.ValidationInterval = TimeSpan.FromMinutes(5);
            // A session opened through ProConnect stays one when the principal is rebuilt (logout goes to ProConnect).
            o.OnRefreshingPrincipal = ctx =>
            {
                if (ctx.CurrentPrincipal?.FindFirst(ProConnect.ClaimIdp) is { } idp && ctx.NewPrincipal?.Identity is System.Security.Claims.ClaimsIdentity id
                    && !id.HasClaim(c => c.Type == ProConnect.ClaimIdp))
                    id.AddClaim(new System.Security.Claims.Claim(idp.Type, idp.Value));
                return Task.CompletedTask;
            };
        });
        ProConnect.Ajouter(services, config);
        services.AddScoped<ConnexionsProConnect>();

        // The key ring in the database: every instance behind a load balancer reads the same keys, so a cookie or
        // token issued by one is accepted by the others.
        services.AddDataProtection().SetApplicationName("eig-platform").PersistKeysToDbContext<EigDbContext>();

        services.AddAuthorizationBuilder()
            // Staff reach the back office only after a second factor (amr=mfa is set by Identity's two-factor sign-in).
            .AddPolicy(PolicyStaff, p => p.RequireRole(Roles.Staff).RequireClaim("amr", "mfa"))
            .AddPolicy(PolicyEvaluateur, p => p.RequireRole(Roles.Evaluateur, Roles.Staff))
            .AddPolicy(PolicyJury, p => p.RequireRole(Roles.Jury, Roles.Staff))
            .AddPolicy(PolicyPorteur, p => p.RequireRole(Roles.Porteur))
            .AddPolicy(PolicyCandidat, p => p.RequireRole(Roles.Candidat))
            // Every page is private unless it says otherwise.
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
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
        services.Configure<Microsoft.AspNetCore.Mvc.CookieTempDataProviderOptions>(o => o.Cookie.Name = TempDataCookie);
        services.AddAntiforgery(o => { o.Cookie.Name = "eig.af"; o.HeaderName = null; });

        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
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

        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("base-de-donnees");
        services.AddHsts(o => { o.MaxAge = TimeSpan.FromDays(365); o.IncludeSubDomains = true; });
    }

    private static void ConfigurePipeline(WebApplication app)
    {
        app.UseForwardedHeaders(new ForwardedHeadersOptions
        {
            ForwardedHeaders = Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedFor
                               | Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedProto,
        });
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }
        app.UseExceptionHandler("/erreur/500");
        app.UseStatusCodePagesWithReExecute("/erreur/{0}");
        app.UseSecurityHeaders();
        // The former site's addresses answer 301 before the cache and routing (Content/Site/RedirectionsAnciennes.cs).
        app.UseMiddleware<Contenus.Site.RedirectionsMiddleware>();
        // Early, so that a cached public page skips routing and authentication; after the security headers, so
        // that a cached copy still carries them. The policy (Contenus/Site/CachePublic.cs) decides from the request.
        app.UseOutputCache();
        // Below the cache, so that a cached public page is stored compressed and served as is. Only the pages the
        // cache may hold (no personal data, no antiforgery token): compressing secrets next to what a visitor
        // types is how BREACH reads them.
        app.UseWhen(ctx => Contenus.Site.CachePublicPolicy.Cachable(ctx.Request), b => b.UseResponseCompression());
        app.MapStaticAssets().AllowAnonymous();
        app.UseRouting();
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
