namespace Eig.Web.Infrastructure.Aap;

/// <summary>The call for projects' services: dossier access rules, PDFs, reminders.</summary>
public sealed class AapModule : IFeatureModule
{
    public void AddServices(IServiceCollection services, IConfiguration config)
    {
        services.AddScoped<DossierAcces>();
        services.AddScoped<AapMails>();
        services.AddSingleton<AapPdf>();
    }
}
