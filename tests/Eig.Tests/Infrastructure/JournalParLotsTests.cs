using System.Text.Json;
using Eig.Web.Infrastructure.Observabilite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace Eig.Tests.Infrastructure;

/// <summary>The console log written by batches: the request lines in the order they were logged, with every field of
/// the JSON format, nothing lost at the stop; an error goes out without waiting for the next batch.</summary>
public class JournalParLotsTests
{
    private static ConsoleFormatter FormatJson()
    {
        var services = new ServiceCollection().AddLogging(b => b.AddJsonConsole(o => o.UseUtcTimestamp = true)).BuildServiceProvider();
        return services.GetServices<ConsoleFormatter>().Single(f => f.Name == ConsoleFormatterNames.Json);
    }

    /// <summary>What the writer thread and the stop write to; read from the test thread.</summary>
    private sealed class Sortie : StringWriter
    {
        private readonly Lock _verrou = new();
        public override void Write(System.Text.StringBuilder? value) { lock (_verrou) base.Write(value); }
        public override void Flush() { lock (_verrou) Vidages++; }
        public int Vidages { get; private set; }
        public string Texte() { lock (_verrou) return ToString(); }
    }

    [Fact]
    public void UnLotDeLignes_EcritDansLOrdre_AvecChaqueChamp_EtToutALArret()
    {
        var sortie = new Sortie();
        // A period no test waits for: what is written comes from the threshold or from the stop.
        var journal = new JournalParLots(FormatJson(), () => sortie, TimeSpan.FromHours(1));
        var logger = journal.CreateLogger(JournalRequetes.Categorie);
        const int n = 2500;
        Parallel.For(0, 4, t =>
        {
            for (var i = t; i < n; i += 4) JournalRequetes.Ligne(logger, "GET", $"/defis/{i}", 200, 1.5, t == 0 ? "u-1" : null, $"trace-{i}");
        });
        journal.Dispose();

        var lignes = sortie.Texte().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(n, lignes.Length);
        Assert.True(sortie.Vidages >= 1, "la sortie est vidée à l'arrêt");
        var parFil = new Dictionary<int, int>();
        foreach (var ligne in lignes)
        {
            using var json = JsonDocument.Parse(ligne);
            var racine = json.RootElement;
            Assert.Equal(JournalRequetes.Categorie, racine.GetProperty("Category").GetString());
            Assert.Equal("Information", racine.GetProperty("LogLevel").GetString());
            var etat = racine.GetProperty("State");
            Assert.Equal("GET", etat.GetProperty("Method").GetString());
            var i = int.Parse(etat.GetProperty("Route").GetString()!["/defis/".Length..]);
            Assert.Equal(200, etat.GetProperty("Status").GetInt32());
            Assert.Equal(1.5, etat.GetProperty("DurationMs").GetDouble());
            Assert.Equal($"trace-{i}", etat.GetProperty("TraceId").GetString());
            Assert.Equal(i % 4 == 0 ? "u-1" : null, etat.GetProperty("UserId").GetString());
            Assert.Equal($"GET /defis/{i} 200 1.5 {(i % 4 == 0 ? "u-1" : "(null)")} trace-{i}", racine.GetProperty("Message").GetString());
            // Each thread's lines come out in the order that thread logged them.
            var fil = i % 4;
            Assert.True(!parFil.TryGetValue(fil, out var precedente) || precedente < i, $"ligne {i} après {precedente}");
            parFil[fil] = i;
        }
    }

    [Fact]
    public void PeuDeLignes_AttendentLeLot_UneErreurPartTout_DeSuite()
    {
        var sortie = new Sortie();
        var journal = new JournalParLots(FormatJson(), () => sortie, TimeSpan.FromHours(1));
        try
        {
            var logger = journal.CreateLogger("Eig.Test");
            logger.LogInformation("premiere");
            Thread.Sleep(200);
            Assert.Equal("", sortie.Texte());

            logger.LogError(new InvalidOperationException("panne"), "echec {Reference}", "abc");
            var attente = System.Diagnostics.Stopwatch.StartNew();
            while (!sortie.Texte().Contains("echec") && attente.Elapsed < TimeSpan.FromSeconds(10)) Thread.Sleep(20);
            var lignes = sortie.Texte().Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(2, lignes.Length);
            Assert.Contains("premiere", lignes[0]);
            Assert.Contains("panne", lignes[1]);
        }
        finally { journal.Dispose(); }
    }

    [Fact]
    public void LeService_EcritSaConsoleParLots_SansLeJournalConsoleDeDotnet()
    {
        using var app = Eig.Web.WebApp.Build(["--Logging:Json=true"], withPipeline: false);
        var fournisseurs = app.Services.GetServices<ILoggerProvider>().ToList();
        Assert.Single(fournisseurs.OfType<JournalParLots>());
        Assert.DoesNotContain(fournisseurs, f => f is ConsoleLoggerProvider);
    }
}
