using Eig.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Infrastructure.Database;

public partial class EigDbContext
{
    public DbSet<SessionConnexion> SessionsConnexion => Set<SessionConnexion>();
}
