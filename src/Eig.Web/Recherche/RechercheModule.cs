namespace Eig.Web.Recherche;

/// <summary>Staff's search across the platform (<c>/admin/recherche</c>), reached from the box on the back office's home.</summary>
public sealed class RechercheModule : IFeatureModule
{
    public void AddServices(IServiceCollection services, IConfiguration config) => services.AddScoped<RechercheEquipe>();
}
