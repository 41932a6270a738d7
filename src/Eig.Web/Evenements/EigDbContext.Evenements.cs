using Eig.Web.Evenements;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Infrastructure.Database;

public partial class EigDbContext
{
    public DbSet<Evenement> Evenements => Set<Evenement>();
    public DbSet<InscriptionEvenement> InscriptionsEvenements => Set<InscriptionEvenement>();
    public DbSet<CreneauAppel> CreneauxAppel => Set<CreneauAppel>();
    public DbSet<ReservationCreneau> ReservationsCreneaux => Set<ReservationCreneau>();
}
