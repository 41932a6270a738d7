namespace Eig.Web.Courriers;

/// <summary>Writing to people: the automatic mails' templates staff edit, the composer to a group, the newsletter.</summary>
public sealed class CourriersModule : IFeatureModule
{
    public void AddServices(IServiceCollection services, IConfiguration config) { }

    public IEnumerable<RubriqueAdmin> Rubriques =>
    [
        new("Modèles de courriels", "/admin/courriels/modeles", "Relire et modifier les courriels automatiques, par appel si besoin ; versions et aperçu."),
    ];
}
