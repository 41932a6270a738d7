using Eig.Web.Promotions;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Infrastructure.Database;

public partial class EigDbContext
{
    public DbSet<PhasePromotion> PhasesPromotions => Set<PhasePromotion>();
    public DbSet<ResultatDefi> ResultatsDefis => Set<ResultatDefi>();
    public DbSet<ResultatEig> ResultatsEig => Set<ResultatEig>();
    public DbSet<PointEtape> PointsEtape => Set<PointEtape>();
    public DbSet<Jalon> Jalons => Set<Jalon>();
    public DbSet<DemandeResultat> DemandesResultats => Set<DemandeResultat>();
    public DbSet<DocumentPromotion> DocumentsPromotions => Set<DocumentPromotion>();
}
