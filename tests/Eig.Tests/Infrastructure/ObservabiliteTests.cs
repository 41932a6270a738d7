using System.Net;
using System.Text.RegularExpressions;
using Eig.Tests.Pages.Candidatures;
using Eig.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Eig.Tests.Infrastructure;

/// <summary>What an operator sees: one log line per request, one error entry per failure with the reference the 500
/// page shows, the Prometheus endpoint behind its token, Retry-After on a 429.</summary>
/// <remarks>Alone, not beside the other classes: OpenTelemetry listens to every meter of the process by its name, so
/// another test's running service would put its own outbox in these figures.</remarks>
[Collection(nameof(MetriquesDuProcessus))]
public partial class ObservabiliteTests
{
    private const string Jeton = "jeton-des-metriques-de-test";

    private static (EigWebFactory Factory, JournalCapture Journal, WebApplicationFactoryWrapper App) Demarrer(int formsPerMinute = 10_000)
    {
        var journal = new JournalCapture();
        var factory = new EigWebFactory
        {
            FormsPerMinute = formsPerMinute,
            Settings = { ["Logging:LogLevel:Eig.Requetes"] = "Information", ["Observabilite:JetonMetriques"] = Jeton },
        };
        // Only the capture: the console would print these requests and the error with its stack into the CI output.
        return (factory, journal, new WebApplicationFactoryWrapper(factory.WithWebHostBuilder(b => b.ConfigureLogging(l => l.ClearProviders().AddProvider(journal)))));
    }

    /// <summary>The derived factory (with the log capture) and its clients.</summary>
    public sealed class WebApplicationFactoryWrapper(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> app) : IAsyncDisposable
    {
        public HttpClient Client() => app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        public IServiceProvider Services => app.Services;
        public ValueTask DisposeAsync() => app.DisposeAsync();
    }

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex TraceId();

    [Fact]
    public async Task UneLigneParRequete_AvecMethodeRouteStatutDureeUtilisateurEtTrace()
    {
        var (factory, journal, app) = Demarrer();
        await using var _ = factory;
        await using var __ = app;

        var r = await app.Client().GetAsync("/evenements");

        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var ligne = Assert.Single(journal.Entrees, e => e.Categorie == "Eig.Requetes" && Equals(e.Valeurs["Route"], "/evenements"));
        Assert.Equal(LogLevel.Information, ligne.Niveau);
        Assert.Equal("GET", ligne.Valeurs["Method"]);
        Assert.Equal(200, ligne.Valeurs["Status"]);
        Assert.IsType<double>(ligne.Valeurs["DurationMs"]);
        Assert.True(ligne.Valeurs.ContainsKey("UserId"));
        Assert.Matches(TraceId(), (string)ligne.Valeurs["TraceId"]!);

        // Answered before routing (here the scrape endpoint's guard), then by the status page: named by its own path.
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Client().GetAsync("/metrics")).StatusCode);
        var refus = Assert.Single(journal.Entrees, e => e.Categorie == "Eig.Requetes" && Equals(e.Valeurs["Status"], 401));
        Assert.Equal("/metrics", refus.Valeurs["Route"]);
    }

    [Fact]
    public async Task Erreur500_LaPageDonneUneReference_QuOnRetrouveDansLUniqueEntreeDErreur()
    {
        var (factory, journal, app) = Demarrer();
        await using var _ = factory;
        await using var __ = app;
        Assert.Equal(HttpStatusCode.OK, (await app.Client().GetAsync("/evenements")).StatusCode);
        // The database loses a table: the next read of it fails for real.
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Eig.Web.Infrastructure.Database.EigDbContext>();
            await db.Database.ExecuteSqlRawAsync("DROP TABLE \"InscriptionsEvenements\"");
            await db.Database.ExecuteSqlRawAsync("DROP TABLE \"Evenements\"");
        }
        journal.Entrees.Clear();

        var r = await app.Client().GetAsync("/evenements");

        Assert.Equal(HttpStatusCode.InternalServerError, r.StatusCode);
        var page = await EigWebFactory.ParseAsync(r);
        var reference = page.QuerySelector("#reference-erreur code")!.TextContent;
        Assert.Matches(TraceId(), reference);
        var erreur = Assert.Single(journal.Entrees, e => e.Niveau >= LogLevel.Error);
        Assert.Contains(reference, erreur.Message);
        Assert.NotNull(erreur.Exception);
        var ligne = Assert.Single(journal.Entrees, e => e.Categorie == "Eig.Requetes");
        Assert.Equal(500, ligne.Valeurs["Status"]);
        Assert.Equal(reference, ligne.Valeurs["TraceId"]);
        Assert.Equal("/evenements", ligne.Valeurs["Route"]);
    }

    [Fact]
    public async Task Metriques_SeulementAvecLeJeton_EtAvecLesMetriquesMetier()
    {
        await using var factory = new EigWebFactory { Settings = { ["Observabilite:JetonMetriques"] = Jeton } };
        // A candidature filed through its page: the business counter counts it.
        var appel = await factory.AppelOuvertAsync();
        var client = await factory.ClientAsync(await factory.CreateUserAsync(Eig.Web.Comptes.Roles.Candidat));
        AacKit.AssertRedirect(await EigWebFactory.PostFormAsync(client, "/espace-candidat/candidature", AacKit.FormulaireComplet(appel),
            file: ("Input.Cv", "cv.pdf", AacKit.Pdf)), "/espace-candidat");

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/metrics")).StatusCode);
        var faux = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        faux.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", Jeton + "x");
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(faux)).StatusCode);
        var requete = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        requete.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", Jeton);
        var r = await client.SendAsync(requete);

        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var texte = await r.Content.ReadAsStringAsync();
        // Only the business series, so that a failure shows them rather than the scrape's first bytes.
        var metier = string.Join("\n", texte.Split('\n').Where(l => l.StartsWith("eig_", StringComparison.Ordinal)));
        // The receipt waits in the outbox (the sender is off in tests).
        Assert.Matches(@"(?m)^eig_mails_en_attente(\{[^}]*\})? 1( |$)", metier);
        Assert.Matches(@"(?m)^eig_mails_en_echec(\{[^}]*\})? 0( |$)", metier);
        Assert.Matches(@"(?m)^eig_depots_total\{[^}]*objet=""candidature""[^}]*\} 1( |$)", metier);
        Assert.Contains("http_server_request_duration_seconds", texte);

        await using var sansJeton = new EigWebFactory();
        Assert.Equal(HttpStatusCode.NotFound, (await sansJeton.NewClient().GetAsync("/metrics")).StatusCode);
    }

    [Fact]
    public async Task Trop_DeRequetes_429AvecRetryAfter()
    {
        await using var factory = new EigWebFactory { FormsPerMinute = 1 };
        var client = factory.NewClient();
        var champs = new Dictionary<string, string> { ["Input.Email"] = "personne@exemple.fr", ["Input.Password"] = "pas-le-bon-mot-de-passe" };
        await EigWebFactory.PostFormAsync(client, "/compte/connexion", champs);

        var r = await EigWebFactory.PostFormAsync(client, "/compte/connexion", champs);

        Assert.Equal(HttpStatusCode.TooManyRequests, r.StatusCode);
        var secondes = int.Parse(r.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(secondes, 1, 60);
        Assert.Contains($"Patientez {secondes} secondes", (await EigWebFactory.ParseAsync(r)).Body!.TextContent);
    }
}

[CollectionDefinition(nameof(MetriquesDuProcessus), DisableParallelization = true)]
public sealed class MetriquesDuProcessus;
