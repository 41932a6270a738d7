using Eig.Web.Nouveautes;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Infrastructure.Database;

public partial class EigDbContext
{
    public DbSet<Consultation> Consultations => Set<Consultation>();
}
