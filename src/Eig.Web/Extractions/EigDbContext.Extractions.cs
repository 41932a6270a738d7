using Eig.Web.Extractions;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Infrastructure.Database;

public partial class EigDbContext
{
    public DbSet<ExportPrepare> ExportsPrepares => Set<ExportPrepare>();
}
