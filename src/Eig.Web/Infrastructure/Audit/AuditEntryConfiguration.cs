using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Eig.Web.Infrastructure.Audit;

public class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.ToTable("Audit");
        b.Property(a => a.ActeurEmail).HasMaxLength(256);
        b.Property(a => a.Action).HasMaxLength(100);
        b.Property(a => a.Objet).HasMaxLength(100);
        b.Property(a => a.ObjetId).HasMaxLength(100);
        b.Property(a => a.Details).HasMaxLength(4000);
        b.Property(a => a.AdresseIp).HasMaxLength(64);
        b.HasIndex(a => a.At);
        b.HasIndex(a => new { a.Objet, a.ObjetId });
    }
}
