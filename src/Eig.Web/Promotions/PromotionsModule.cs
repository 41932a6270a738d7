namespace Eig.Web.Promotions;

/// <summary>Running a promotion: its phases, the laureates that become défis, the teams, the outcomes and the
/// figures computed from them.</summary>
public sealed class PromotionsModule : IFeatureModule
{
    public void AddServices(IServiceCollection services, IConfiguration config)
    {
        services.AddScoped<Laureats>();
        services.AddScoped<Equipes>();
        services.AddScoped<Indicateurs>();
        services.AddScoped<CalendrierPublic>();
    }

    public IEnumerable<RubriqueAdmin> Rubriques =>
    [
        new("Promotions", "/admin/promotions", "Promotions, phases, défis, équipes et résultats."),
    ];
}
