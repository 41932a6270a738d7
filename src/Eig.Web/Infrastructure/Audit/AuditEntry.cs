namespace Eig.Web.Infrastructure.Audit;

/// <summary>One line of the audit trail: who did what, to what, when. Written in the same transaction as the change.</summary>
public class AuditEntry
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public DateTime At { get; set; }
    public Guid? ActeurId { get; set; }
    public string ActeurEmail { get; set; } = "";
    public string Action { get; set; } = "";
    public string? Objet { get; set; }
    public string? ObjetId { get; set; }
    public string? Details { get; set; }
    public string? AdresseIp { get; set; }
}
