using Eig.Web.Infrastructure.Mail;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Infrastructure.Database;

public partial class EigDbContext
{
    public DbSet<VersionModeleCourriel> ModelesCourriels => Set<VersionModeleCourriel>();
}
