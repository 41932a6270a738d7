namespace Eig.Web.Courriers;

/// <summary>Writing to people: the automatic mails' templates staff edit, the composer to a group, the newsletter.</summary>
public sealed class CourriersModule : IFeatureModule
{
    public void AddServices(IServiceCollection services, IConfiguration config) => services.AddScoped<Publipostage>();

    public IEnumerable<RubriqueAdmin> Rubriques =>
    [
        new("Écrire à un groupe", "/admin/courriels/ecrire", "Un courriel aux porteurs de dossiers, aux candidats, aux EIG d'une promotion ou la lettre d'information aux abonnés ; aperçu et nombre avant l'envoi."),
        new("Modèles de courriels", "/admin/courriels/modeles", "Relire et modifier les courriels automatiques, par appel si besoin ; versions et aperçu."),
    ];
}
