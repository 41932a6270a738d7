using Microsoft.EntityFrameworkCore;

namespace Eig.Web.AppelsAProjets;

/// <summary>The call for projects' services: dossier access rules, PDFs, mails, reminders, and its back-office entry.</summary>
public sealed class AapModule : IFeatureModule
{
    public void AddServices(IServiceCollection services, IConfiguration config)
    {
        services.AddScoped<DossierAcces>();
        services.AddScoped<AapMails>();
        services.AddScoped<PublicationJury>();
        services.AddScoped<Relances>();
        services.AddScoped<Messagerie>();
        services.AddScoped<SuiviPorteur>();
        services.AddScoped<PiecesDossier>();
        services.AddSingleton<AapPdf>();
    }

    public IEnumerable<Infrastructure.Mail.ModeleCourriel> Courriels => ModelesAap.Tous;

    public IEnumerable<RubriqueAdmin> Rubriques =>
    [
        new("Appels à projets", "/admin/appels-a-projets", "Appels, grilles, soutenances et jurys."),
        new("Dossiers", "/admin/dossiers", "Instruire, affecter, classer, exporter."),
    ];

    public IEnumerable<VerbeOperateur> Verbes =>
    [
        new VerbeOperateur("aap-relances",
            "envoie les relances dues : évaluations proches de l'échéance, soutenances du lendemain (à lancer chaque jour)",
            async (sp, _) =>
            {
                var (evaluations, soutenances) = await sp.GetRequiredService<Relances>().EnvoyerAsync(CancellationToken.None);
                Console.WriteLine($"{Fr.Nombre(evaluations, "relance", "relances")} d'évaluation, {Fr.Nombre(soutenances, "rappel", "rappels")} de soutenance.");
                return 0;
            }),
    ];

    public IEnumerable<Infrastructure.Planification.TachePlanifiee> Taches =>
    [
        new("aap-relances", "Relances des évaluations proches de l'échéance et rappels des soutenances du lendemain",
            Infrastructure.Planification.Horaire.ChaqueJourA(8, 0),
            async (sp, ct) =>
            {
                var (evaluations, soutenances) = await sp.GetRequiredService<Relances>().EnvoyerAsync(ct);
                return $"{Fr.Nombre(evaluations, "relance d'évaluation", "relances d'évaluation")}, {Fr.Nombre(soutenances, "rappel de soutenance", "rappels de soutenance")}";
            }),
    ];

    public IEnumerable<Infrastructure.Conservation.RegleConservation> Conservation =>
    [
        new("dossiers", 20, "Porteurs de projet", "dossier de l'administration, pièces jointes, échanges avec l'équipe, évaluations",
            "instruire l'appel à projets, garder trace de la sélection", 60,
            mois => $"{Infrastructure.Conservation.ReglesConservation.Mois(mois)} après la décision (archives de la sélection)"),
        new("dossiers-brouillons", 21, "Porteurs de projet", "dossier commencé mais jamais déposé, avec ses pièces jointes",
            "permettre de reprendre un dossier en cours", 12,
            mois => $"{Infrastructure.Conservation.ReglesConservation.Mois(mois)} après sa dernière modification, puis effacé automatiquement",
            async (sp, limite, ct) =>
            {
                var db = sp.GetRequiredService<Infrastructure.Database.EigDbContext>();
                var abandonnes = await db.DossiersProjets.Where(d => d.Etat == EtatDossier.Brouillon && d.ModifieLe < limite).ToListAsync(ct);
                db.DossiersProjets.RemoveRange(abandonnes);
                await db.SaveChangesAsync(ct);
                return abandonnes.Count;
            }),
    ];
}
