using Eig.Web.Infrastructure.Planification;

namespace Eig.Web.Extractions;

/// <summary>Full exports for the team (CSV, XLSX, the attachments' archive) and the job that prepares the large ones.</summary>
public sealed class ExtractionsModule : IFeatureModule
{
    public void AddServices(IServiceCollection services, IConfiguration config) => services.AddScoped<ExportsEnArrierePlan>();

    public IEnumerable<RubriqueAdmin> Rubriques =>
    [
        new("Exports", "/admin/exports", "Dossiers, évaluations, candidatures, vivier, entretiens, offres, événements : en CSV ou XLSX ; pièces jointes en ZIP."),
    ];

    public IEnumerable<Infrastructure.Mail.ModeleCourriel> Courriels => [ExportsEnArrierePlan.ExportPret];

    public IEnumerable<TachePlanifiee> Taches =>
    [
        new("exports", "Préparation des exports demandés en arrière-plan (volumineux, pièces jointes), courriel quand ils sont prêts",
            Horaire.Toutes(TimeSpan.FromMinutes(1)),
            (sp, ct) => sp.GetRequiredService<ExportsEnArrierePlan>().PreparerAsync(ct)),
    ];
}
