using Eig.Web.Infrastructure.Database;
using Eig.Web.Infrastructure.Planification;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Infrastructure.Conservation;

/// <summary>The retention rules of the platform itself (accounts, audit trail) and the daily job applying every
/// feature's rules.</summary>
public sealed class ConservationModule : IFeatureModule
{
    public void AddServices(IServiceCollection services, IConfiguration config)
    {
        services.Configure<ConservationOptions>(config.GetSection("Conservation"));
        services.AddScoped<ReglesConservation>();
    }

    public IEnumerable<RegleConservation> Conservation =>
    [
        new("comptes", 10, "Titulaires d'un compte", "nom, adresse électronique, mot de passe chiffré",
            "accéder à son espace, sécuriser le compte", 0, _ => "jusqu'à la suppression du compte, depuis son espace"),
        new("audit", 90, "Toute personne agissant sur la plateforme", "journal des connexions et des actions (adresse, date, action)",
            "sécurité du service, traçabilité des décisions", 36,
            mois => $"{ReglesConservation.Mois(mois)}, puis effacé automatiquement",
            async (sp, limite, ct) => await sp.GetRequiredService<EigDbContext>().Audit.Where(a => a.At < limite).ExecuteDeleteAsync(ct)),
    ];

    public IEnumerable<TachePlanifiee> Taches =>
    [
        new("conservation", "Effacement des données personnelles arrivées au terme de leur durée de conservation",
            Horaire.ChaqueJourA(4, 0),
            (sp, ct) => sp.GetRequiredService<ReglesConservation>().AppliquerAsync(sp.GetRequiredService<IClock>().UtcNow, ct)),
    ];
}
