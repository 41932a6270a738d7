using System.Security.Claims;
using Eig.Web.Infrastructure.Database;
using Eig.Web.Infrastructure.Audit;
using Eig.Web.Infrastructure.Security;

namespace Eig.Web.Infrastructure.Audit;

/// <summary>Adds a line to the audit trail in the current unit of work: it is saved with the change it describes,
/// or not at all.</summary>
public interface IAuditLog
{
    void Enregistrer(string action, string? objet = null, string? objetId = null, string? details = null,
        Guid? acteurId = null, string? acteurEmail = null);
}

public sealed class AuditLog(EigDbContext db, IClock clock, IHttpContextAccessor http) : IAuditLog
{
    public void Enregistrer(string action, string? objet = null, string? objetId = null, string? details = null,
        Guid? acteurId = null, string? acteurEmail = null)
    {
        var ctx = http.HttpContext;
        var user = ctx?.User;
        if (acteurId is null && user?.UtilisateurId() is { } id && id != Guid.Empty)
            acteurId = id;
        acteurEmail ??= user?.FindFirstValue(ClaimTypes.Email) ?? user?.Identity?.Name ?? (ctx is null ? "opérateur" : "anonyme");
        db.Audit.Add(new AuditEntry
        {
            At = clock.UtcNow,
            ActeurId = acteurId,
            ActeurEmail = acteurEmail,
            Action = action,
            Objet = objet,
            ObjetId = objetId,
            Details = details is { Length: > 4000 } ? details[..4000] : details,
            AdresseIp = ctx?.Connection.RemoteIpAddress?.ToString(),
        });
    }
}
