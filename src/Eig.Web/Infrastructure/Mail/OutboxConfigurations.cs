using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Eig.Web.Infrastructure.Mail;

public class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> b)
    {
        b.ToTable("Outbox");
        b.Property(m => m.A).HasMaxLength(256);
        b.Property(m => m.Sujet).HasMaxLength(300);
        b.Property(m => m.DerniereErreur).HasMaxLength(2000);
        b.HasIndex(m => new { m.EnvoyeLe, m.ProchaineTentative });
        b.Property(m => m.ObjetType).HasMaxLength(40);
        b.Property(m => m.EnTetes).HasMaxLength(2000);
        b.HasIndex(m => new { m.ObjetType, m.ObjetId });
        b.HasMany(m => m.PiecesJointes).WithOne().HasForeignKey(p => p.OutboxMessageId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class OutboxAttachmentConfiguration : IEntityTypeConfiguration<OutboxAttachment>
{
    public void Configure(EntityTypeBuilder<OutboxAttachment> b)
    {
        b.ToTable("OutboxPiecesJointes");
        b.Property(p => p.NomFichier).HasMaxLength(255);
        b.Property(p => p.TypeMime).HasMaxLength(100);
    }
}
