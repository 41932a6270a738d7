using Eig.Web.Appels;
using Eig.Web.AppelsAProjets;
using Eig.Web.Candidatures;
using Eig.Web.Infrastructure.Audit;
using Eig.Web.Comptes;
using Eig.Web.Promotions;
using Eig.Web.Infrastructure.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Eig.Web.Infrastructure.Database;

public class UtilisateurConfiguration : IEntityTypeConfiguration<Utilisateur>
{
    public void Configure(EntityTypeBuilder<Utilisateur> b)
    {
        b.Property(u => u.NomComplet).HasMaxLength(200);
        b.Property(u => u.Organisation).HasMaxLength(Utilisateur.LongueurOrganisation);
    }
}

public class InvitationConfiguration : IEntityTypeConfiguration<Invitation>
{
    public void Configure(EntityTypeBuilder<Invitation> b)
    {
        b.ToTable("Invitations");
        b.Property(i => i.Email).HasMaxLength(256);
        b.Property(i => i.Role).HasMaxLength(40);
        b.Property(i => i.TokenHash).HasMaxLength(100);
        b.HasIndex(i => i.TokenHash).IsUnique();
    }
}

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

public class AppelAProjetsConfiguration : IEntityTypeConfiguration<AppelAProjets>
{
    public void Configure(EntityTypeBuilder<AppelAProjets> b)
    {
        b.ToTable("AppelsAProjets");
        b.Property(a => a.Titre).HasMaxLength(Appel.LongueurTitre);
        b.HasOne<Promotion>().WithMany().HasForeignKey(a => a.PromotionId).OnDelete(DeleteBehavior.Restrict);
    }
}

public class AppelACandidaturesConfiguration : IEntityTypeConfiguration<AppelACandidatures>
{
    public void Configure(EntityTypeBuilder<AppelACandidatures> b)
    {
        b.ToTable("AppelsACandidatures");
        b.Property(a => a.Titre).HasMaxLength(Appel.LongueurTitre);
        b.HasOne<Promotion>().WithMany().HasForeignKey(a => a.PromotionId).OnDelete(DeleteBehavior.Restrict);
    }
}
