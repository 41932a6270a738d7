using System.Net;
using Eig.Tests.Support;
using Eig.Web.Comptes;
using Eig.Web.Infrastructure;
using Eig.Web.Infrastructure.Planification;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Eig.Tests.Infrastructure.Planification;

/// <summary>The service's own scheduler: jobs run when due, once across instances sharing a database, and staff see
/// and start them from the back office.</summary>
public class PlanificateurTests : IAsyncLifetime
{
    private sealed class Horloge(DateTime t) : IClock
    {
        public DateTime UtcNow { get; set; } = t;
    }

    private readonly EigWebFactory _f = new();
    public ValueTask InitializeAsync() => ValueTask.CompletedTask;
    public ValueTask DisposeAsync() => _f.DisposeAsync();

    private Planificateur Instance(IClock horloge) =>
        new(_f.Services.GetRequiredService<IServiceScopeFactory>(), horloge,
            Options.Create(new PlanificationOptions { BailMinutes = 15 }), NullLogger<Planificateur>.Instance);

    [Fact]
    public void Modules_DeclareRemindersAndPurge()
    {
        Assert.Contains(Planificateur.Taches, t => t.Nom == "aap-relances");
        Assert.Contains(Planificateur.Taches, t => t.Nom == "purge-candidatures");
        Assert.Equal(Planificateur.Taches.Count, Planificateur.Taches.Select(t => t.Nom).Distinct().Count());
    }

    [Fact]
    public async Task ExecuterDues_RunsOnlyWhenDue_ThenSchedulesTheNextDay()
    {
        // 1 December 2026, 06:00 UTC = 07:00 in Paris: the 08:00 reminders are not due yet.
        var horloge = new Horloge(new DateTime(2026, 12, 1, 6, 0, 0, DateTimeKind.Utc));
        var p = Instance(horloge);
        Assert.Empty(await p.ExecuterDuesAsync());
        var etat = await _f.WithDbAsync(db => db.Taches.AsNoTracking().SingleAsync(t => t.Nom == "aap-relances"));
        Assert.Equal(new DateTime(2026, 12, 1, 7, 0, 0, DateTimeKind.Utc), etat.ProchaineExecution);

        horloge.UtcNow = new DateTime(2026, 12, 1, 7, 0, 30, DateTimeKind.Utc);
        Assert.Contains("aap-relances", await p.ExecuterDuesAsync());
        etat = await _f.WithDbAsync(db => db.Taches.AsNoTracking().SingleAsync(t => t.Nom == "aap-relances"));
        Assert.True(etat.DernierSucces);
        Assert.Equal("0\u00a0relance d'évaluation, 0\u00a0rappel de soutenance", etat.DernierResultat);
        Assert.Equal(new DateTime(2026, 12, 2, 7, 0, 0, DateTimeKind.Utc), etat.ProchaineExecution);
        Assert.Null(etat.BailJusquA);
        Assert.Equal(1, etat.Executions);

        // Run again the same minute: nothing is due any more.
        Assert.DoesNotContain("aap-relances", await p.ExecuterDuesAsync());
        Assert.True(await _f.WithDbAsync(db => db.Audit.AnyAsync(a => a.Action == "tache.executee" && a.ObjetId == "aap-relances")));
    }

    [Fact]
    public async Task TwoInstances_OnOneDatabase_RunEachDueJobOnce()
    {
        var debut = new DateTime(2026, 12, 1, 6, 0, 0, DateTimeKind.Utc);
        await Instance(new Horloge(debut)).ExecuterDuesAsync();
        var tard = new Horloge(debut.AddDays(1));   // every daily job is due
        var a = Instance(tard);
        var b = Instance(tard);
        var resultats = await Task.WhenAll(a.ExecuterDuesAsync(), b.ExecuterDuesAsync(), a.ExecuterDuesAsync(), b.ExecuterDuesAsync());
        var executees = resultats.SelectMany(r => r).ToList();
        Assert.Equal(Planificateur.Taches.Select(t => t.Nom).Order(), executees.Order());
        var etats = await _f.WithDbAsync(db => db.Taches.AsNoTracking().ToListAsync());
        Assert.All(etats, e => Assert.Equal(1, e.Executions));
    }

    [Fact]
    public async Task LeaseOfACrashedInstance_ExpiresThenTheJobRuns()
    {
        var debut = new DateTime(2026, 12, 1, 12, 0, 0, DateTimeKind.Utc);
        await Instance(new Horloge(debut)).ExecuterDuesAsync();
        // An instance took the lease and died: its lease runs for 15 minutes after the job fell due.
        await _f.WithDbAsync(async db =>
        {
            var etat = await db.Taches.SingleAsync(t => t.Nom == "aap-relances");
            etat.ProchaineExecution = debut;
            etat.BailJusquA = debut.AddMinutes(15);
            etat.Detenteur = "instance-morte";
            await db.SaveChangesAsync();
        });
        Assert.DoesNotContain("aap-relances", await Instance(new Horloge(debut.AddMinutes(5))).ExecuterDuesAsync());
        Assert.False(await Instance(new Horloge(debut.AddMinutes(5))).LancerMaintenantAsync("aap-relances"));
        Assert.Contains("aap-relances", await Instance(new Horloge(debut.AddMinutes(16))).ExecuterDuesAsync());
    }

    [Theory]
    // Winter: 08:00 in Paris is 07:00 UTC; summer: 06:00 UTC.
    [InlineData("2027-01-15T12:00:00Z", 8, 0, "2027-01-16T07:00:00Z")]
    [InlineData("2027-07-15T12:00:00Z", 8, 0, "2027-07-16T06:00:00Z")]
    // The night summer time starts (28 March 2027, 02:00 → 03:00): 03:30 is already summer time.
    [InlineData("2027-03-27T12:00:00Z", 3, 30, "2027-03-28T01:30:00Z")]
    // 02:30 does not exist that night: the job runs at 03:30, summer time, rather than never.
    [InlineData("2027-03-27T12:00:00Z", 2, 30, "2027-03-28T01:30:00Z")]
    // The night winter time returns (31 October 2027, 03:00 → 02:00): 03:30 is winter time.
    [InlineData("2027-10-30T12:00:00Z", 3, 30, "2027-10-31T02:30:00Z")]
    public void Quotidien_FollowsParisTimeAcrossDaylightSaving(string apres, int heure, int minute, string attendu)
    {
        var suivante = Horaire.ChaqueJourA(heure, minute).Suivante(DateTime.Parse(apres).ToUniversalTime());
        Assert.Equal(DateTime.Parse(attendu).ToUniversalTime(), suivante);
        Assert.Equal(DateTimeKind.Utc, suivante.Kind);
    }

    [Fact]
    public async Task Staff_FromTheBackOfficeHome_SeeTheJobsAndRunOneNow()
    {
        var staff = await _f.CreateUserAsync(Roles.Staff);
        var client = _f.NewClient();
        await _f.SignInAsAsync(client, staff);

        var accueil = await EigWebFactory.GetDocumentAsync(client, "/admin");
        var lien = accueil.QuerySelectorAll("a").First(a => a.TextContent.Contains("Tâches planifiées")).GetAttribute("href")!;
        var page = await EigWebFactory.GetDocumentAsync(client, lien);
        Assert.Contains("chaque jour à 08h00 (heure de Paris)", page.Body!.TextContent);
        Assert.DoesNotContain("UTC", page.Body.TextContent);

        var reponse = await EigWebFactory.PostFormAsync(client, lien, new Dictionary<string, string> { ["nom"] = "purge-candidatures" });
        Assert.Equal(HttpStatusCode.Redirect, reponse.StatusCode);
        page = await EigWebFactory.GetDocumentAsync(client, reponse.Headers.Location!.OriginalString);
        Assert.Contains("exécutée", page.QuerySelector(".fr-alert")!.TextContent);
        var ligne = page.QuerySelectorAll("tr").First(tr => tr.TextContent.Contains("Effacement des candidatures"));
        Assert.Contains("0\u00a0avis envoyé, 0\u00a0candidature effacée", ligne.TextContent);
        Assert.Contains("réussie", ligne.TextContent);

        var inconnue = await EigWebFactory.PostFormAsync(client, lien, new Dictionary<string, string> { ["nom"] = "nimporte-quoi" });
        Assert.Equal(HttpStatusCode.NotFound, inconnue.StatusCode);
    }
}
