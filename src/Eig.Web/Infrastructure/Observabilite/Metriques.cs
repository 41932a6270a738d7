using System.Diagnostics.Metrics;
using Eig.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Infrastructure.Observabilite;

/// <summary>The service's business metrics (meter <c>Eig.Web</c>), exported with the others at the Prometheus
/// endpoint: dossiers and candidatures filed, mails waiting and failed in the outbox, the last run of each job.</summary>
public sealed class Metriques : IDisposable
{
    public const string NomMeter = "Eig.Web";
    private readonly Meter _meter;
    private readonly Counter<long> _depots;

    public Metriques(IMeterFactory meters, IServiceScopeFactory scopes)
    {
        _meter = meters.Create(NomMeter);
        _depots = _meter.CreateCounter<long>("eig.depots", unit: "{dépôt}", description: "Dossiers et candidatures déposés");
        _meter.CreateObservableGauge("eig.mails.en_attente", () => Compter(scopes, db => db.Outbox.Count(m => m.EnvoyeLe == null && m.Tentatives < Mail.OutboxMessage.TentativesMax)),
            unit: "{mail}", description: "Mails de la file d'envoi pas encore envoyés");
        _meter.CreateObservableGauge("eig.mails.en_echec", () => Compter(scopes, db => db.Outbox.Count(m => m.EnvoyeLe == null && m.Tentatives >= Mail.OutboxMessage.TentativesMax)),
            unit: "{mail}", description: "Mails abandonnés après leurs essais");
        _meter.CreateObservableGauge("eig.taches.derniere_fin", () => DernieresFins(scopes),
            unit: "s", description: "Fin du dernier passage de chaque tâche planifiée (secondes depuis 1970, UTC)");
    }

    private static IEnumerable<Measurement<long>> DernieresFins(IServiceScopeFactory scopes)
    {
        try
        {
            using var scope = scopes.CreateScope();
            var taches = scope.ServiceProvider.GetRequiredService<EigDbContext>().Set<Planification.EtatTache>().AsNoTracking()
                .Where(t => t.DerniereFin != null).Select(t => new { t.Nom, t.DerniereFin }).ToList();
            return taches.Select(t => new Measurement<long>(new DateTimeOffset(DateTime.SpecifyKind(t.DerniereFin!.Value, DateTimeKind.Utc)).ToUnixTimeSeconds(),
                new KeyValuePair<string, object?>("tache", t.Nom))).ToList();
        }
        catch (Exception)
        {
            return [];
        }
    }

    public void Depot(string quoi) => _depots.Add(1, new KeyValuePair<string, object?>("objet", quoi));

    /// <summary>Synchronous: the exporter calls the gauges on its own thread while it writes the scrape.</summary>
    private static long Compter(IServiceScopeFactory scopes, Func<EigDbContext, int> requete)
    {
        try
        {
            using var scope = scopes.CreateScope();
            return requete(scope.ServiceProvider.GetRequiredService<EigDbContext>());
        }
        catch (Exception)
        {
            return -1; // the database is down: the health check says so; the scrape still answers
        }
    }

    public void Dispose() => _meter.Dispose();
}
