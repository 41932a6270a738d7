using Eig.Web.Infrastructure.Audit;
using Eig.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Eig.Web.Infrastructure.Planification;

public sealed class PlanificationOptions
{
    /// <summary>Off in tests (they run jobs by calling <see cref="Planificateur.ExecuterDuesAsync"/>).</summary>
    public bool Active { get; set; } = true;
    public double IntervalleSecondes { get; set; } = 60;
    /// <summary>How long a lease lasts: longer than any job, shorter than the wait after a crash.</summary>
    public double BailMinutes { get; set; } = 15;
}

/// <summary>
/// Runs the feature modules' jobs inside the service, so that nothing depends on a cron outside it. Each job has a row
/// in <c>Taches</c>; an instance runs a due job only after taking its lease with one conditional update, so two
/// instances on one database never run the same job at the same time. The operator verbs stay for hand runs.
/// </summary>
public sealed class Planificateur(IServiceScopeFactory scopes, IClock clock, IOptions<PlanificationOptions> options,
    ILogger<Planificateur> logger) : BackgroundService
{
    private readonly string _instance = Tronquer($"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}", 120);

    public static IReadOnlyList<TachePlanifiee> Taches { get; } =
        FeatureModules.All.SelectMany(m => m.Taches).OrderBy(t => t.Nom, StringComparer.Ordinal).ToList();

    public static TachePlanifiee? Trouver(string nom) => Taches.FirstOrDefault(t => t.Nom == nom);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Active) return;
        var attente = TimeSpan.FromSeconds(Math.Max(1, options.Value.IntervalleSecondes));
        while (!stoppingToken.IsCancellationRequested)
        {
            try { await ExecuterDuesAsync(stoppingToken); }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Échec du passage du planificateur.");
            }
            try { await Task.Delay(attente, stoppingToken); }
            catch (OperationCanceledException) { break; }
        }
    }

    /// <summary>One pass: every job whose time has come and whose lease is free is run. Returns the names run.</summary>
    public async Task<IReadOnlyList<string>> ExecuterDuesAsync(CancellationToken ct = default)
    {
        await InitialiserAsync(ct);
        var executees = new List<string>();
        foreach (var tache in Taches)
            if (await ExecuterSiDueAsync(tache, forcer: false, ct))
                executees.Add(tache.Nom);
        return executees;
    }

    /// <summary>Runs one job now (the staff page's button), unless another instance holds it. False when it was busy.</summary>
    public async Task<bool> LancerMaintenantAsync(string nom, CancellationToken ct = default)
    {
        var tache = Trouver(nom) ?? throw new DomainException("Cette tâche n'existe pas.");
        await InitialiserAsync(ct);
        return await ExecuterSiDueAsync(tache, forcer: true, ct);
    }

    /// <summary>A row per declared job, with its first run computed from its schedule. Two instances starting together
    /// may both insert: the loser's insert fails on the key and is ignored.</summary>
    private async Task InitialiserAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EigDbContext>();
        var connues = await db.Taches.Select(t => t.Nom).ToListAsync(ct);
        foreach (var tache in Taches.Where(t => !connues.Contains(t.Nom)))
        {
            db.Taches.Add(new EtatTache { Nom = tache.Nom, ProchaineExecution = tache.Horaire.Suivante(clock.UtcNow) });
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateException) { db.ChangeTracker.Clear(); }
        }
    }

    private async Task<bool> ExecuterSiDueAsync(TachePlanifiee tache, bool forcer, CancellationToken ct)
    {
        var maintenant = clock.UtcNow;
        var bail = maintenant.AddMinutes(options.Value.BailMinutes);
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EigDbContext>();
        var prise = await db.Taches
            .Where(t => t.Nom == tache.Nom && (forcer || t.ProchaineExecution <= maintenant)
                        && (t.BailJusquA == null || t.BailJusquA < maintenant))
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.BailJusquA, bail).SetProperty(t => t.Detenteur, _instance)
                .SetProperty(t => t.DernierDebut, maintenant), ct);
        if (prise == 0) return false;

        bool succes;
        string resultat;
        try
        {
            using var scopeTache = scopes.CreateScope();
            resultat = await tache.Executer(scopeTache.ServiceProvider, ct);
            succes = true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "La tâche {Tache} a échoué.", tache.Nom);
            resultat = $"Échec : {ex.Message}";
            succes = false;
        }
        var fin = clock.UtcNow;
        if (resultat.Length > EtatTache.LongueurResultat) resultat = resultat[..EtatTache.LongueurResultat];
        var prochaine = tache.Horaire.Suivante(forcer ? maintenant : Max(maintenant, fin));
        await db.Taches.Where(t => t.Nom == tache.Nom && t.Detenteur == _instance)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.BailJusquA, (DateTime?)null).SetProperty(t => t.Detenteur, (string?)null)
                .SetProperty(t => t.DerniereFin, fin).SetProperty(t => t.DernierSucces, succes)
                .SetProperty(t => t.DernierResultat, resultat).SetProperty(t => t.ProchaineExecution, prochaine)
                .SetProperty(t => t.Executions, t => t.Executions + 1), ct);
        var audit = scope.ServiceProvider.GetRequiredService<IAuditLog>();
        audit.Enregistrer(succes ? "tache.executee" : "tache.echec", "Tache", tache.Nom, resultat);
        await db.SaveChangesAsync(ct);
        return true;
    }

    private static string Tronquer(string s, int n) => s.Length <= n ? s : s[..n];

    private static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;
}

public static class PlanificationSetup
{
    public static IServiceCollection AddEigPlanification(this IServiceCollection services, IConfiguration config)
    {
        services.Configure<PlanificationOptions>(config.GetSection("Planification"));
        services.AddSingleton<Planificateur>();
        services.AddHostedService(sp => sp.GetRequiredService<Planificateur>());
        return services;
    }
}
