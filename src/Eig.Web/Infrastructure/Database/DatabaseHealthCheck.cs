using Eig.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Eig.Web.Infrastructure.Database;

/// <summary>/sante answers healthy only when the database answers a real query.</summary>
public sealed class DatabaseHealthCheck(EigDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        try
        {
            await db.Promotions.AnyAsync(ct);
            return HealthCheckResult.Healthy();
        }
        catch (Exception ex)
        {
            return HealthCheckResult.Unhealthy("Base de données injoignable", ex);
        }
    }
}
