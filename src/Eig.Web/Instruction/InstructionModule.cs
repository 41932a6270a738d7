namespace Eig.Web.Instruction;

/// <summary>Staff's tools at volume on both calls: follow and hand over, labels, private notes.</summary>
public sealed class InstructionModule : IFeatureModule
{
    public void AddServices(IServiceCollection services, IConfiguration config)
    {
        services.AddScoped<SuiviEquipe>();
        services.AddScoped<EtiquettesEquipe>();
        services.AddScoped<AnnotationsEquipe>();
        services.AddScoped<VuesSuivi>();
        services.AddScoped<ConflitsDeclares>();
        services.AddScoped<ActionsEnLot>();
    }

    public IEnumerable<Infrastructure.Mail.ModeleCourriel> Courriels => [ConflitsDeclares.ConflitDeclare];

    public IEnumerable<RubriqueAdmin> Rubriques =>
        [new("Étiquettes", "/admin/etiquettes", "Les étiquettes de couleur que l'équipe pose sur les dossiers et les candidatures.")];
}
