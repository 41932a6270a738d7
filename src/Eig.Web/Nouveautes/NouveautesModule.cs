namespace Eig.Web.Nouveautes;

public sealed class NouveautesModule : Infrastructure.IFeatureModule
{
    public void AddServices(IServiceCollection services, IConfiguration config) => services.AddScoped<SuiviDesNouveautes>();
}
