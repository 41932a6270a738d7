using Eig.Web.Infrastructure.Conservation;
using Eig.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Evenements;

/// <summary>Webinars and calls with the team: what they keep about the people who register or book.</summary>
public sealed class EvenementsModule : IFeatureModule
{
    public void AddServices(IServiceCollection services, IConfiguration config) => services.AddScoped<RendezVousEquipe>();

    public IEnumerable<Infrastructure.Mail.ModeleCourriel> Courriels => ModelesEvenements.Tous;

    public IEnumerable<RegleConservation> Conservation =>
    [
        new("evenements", 60, "Participants aux webinaires et aux rendez-vous avec l'équipe", "nom, adresse électronique, objet du rendez-vous",
            "organiser l'événement ou l'appel, prévenir d'un changement", 12,
            mois => $"{ReglesConservation.Mois(mois)} après l'événement ou le rendez-vous, puis effacés automatiquement",
            async (sp, limite, ct) =>
            {
                var db = sp.GetRequiredService<EigDbContext>();
                var inscriptions = await db.InscriptionsEvenements
                    .Where(i => db.Evenements.Any(e => e.Id == i.EvenementId && e.Debut < limite)).ExecuteDeleteAsync(ct);
                var reservations = await db.ReservationsCreneaux
                    .Where(r => db.CreneauxAppel.Any(c => c.Id == r.CreneauId && c.Debut < limite)).ExecuteDeleteAsync(ct);
                return inscriptions + reservations;
            }),
    ];
}
