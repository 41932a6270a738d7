using Eig.Web.Infrastructure.Cli;

namespace Eig.Web.Infrastructure.Aap;

/// <summary>The call for projects' services: dossier access rules, PDFs, mails, reminders, and its back-office entry.</summary>
public sealed class AapModule : IFeatureModule
{
    public void AddServices(IServiceCollection services, IConfiguration config)
    {
        services.AddScoped<DossierAcces>();
        services.AddScoped<AapMails>();
        services.AddScoped<Relances>();
        services.AddScoped<Messagerie>();
        services.AddSingleton<AapPdf>();

        // The module is instantiated once per process, but services are added once per app (tests build many).
        lock (Pages.Admin.IndexModel.Rubriques)
        {
            if (!Pages.Admin.IndexModel.Rubriques.Any(r => r.Lien == "/admin/appels-a-projets"))
            {
                Pages.Admin.IndexModel.Rubriques.Add(("Appels à projets", "/admin/appels-a-projets", "Appels, grilles, soutenances et jurys."));
                Pages.Admin.IndexModel.Rubriques.Add(("Dossiers", "/admin/dossiers", "Instruire, affecter, classer, exporter."));
            }
        }
        OperatorCommands.Register("aap-relances",
            "envoie les relances dues : évaluations proches de l'échéance, soutenances du lendemain (à lancer chaque jour)",
            async (sp, _) =>
            {
                var (evaluations, soutenances) = await sp.GetRequiredService<Relances>().EnvoyerAsync(CancellationToken.None);
                Console.WriteLine($"{evaluations} relance(s) d'évaluation, {soutenances} rappel(s) de soutenance.");
                return 0;
            });
    }
}
