using Eig.Web.Appels;
using Eig.Web.AppelsAProjets;
using Eig.Web.Candidatures;
using Eig.Web.Infrastructure.Audit;
using Eig.Web.Comptes;
using Eig.Web.Promotions;
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

public class PromotionConfiguration : IEntityTypeConfiguration<Promotion>
{
    public void Configure(EntityTypeBuilder<Promotion> b)
    {
        b.ToTable("Promotions");
        b.Property(p => p.Libelle).HasMaxLength(60);
        b.HasIndex(p => new { p.Numero, p.Libelle }).IsUnique();
        b.Ignore(p => p.Nom);
        b.Ignore(p => p.Titre);
        b.Ignore(p => p.Cle);
    }
}

public class AppelAProjetsConfiguration : IEntityTypeConfiguration<AppelAProjets>
{
    public void Configure(EntityTypeBuilder<AppelAProjets> b)
    {
        b.ToTable("AppelsAProjets");
        b.Property(a => a.Titre).HasMaxLength(200);
        b.HasOne<Promotion>().WithMany().HasForeignKey(a => a.PromotionId).OnDelete(DeleteBehavior.Restrict);
    }
}

public class AppelACandidaturesConfiguration : IEntityTypeConfiguration<AppelACandidatures>
{
    public void Configure(EntityTypeBuilder<AppelACandidatures> b)
    {
        b.ToTable("AppelsACandidatures");
        b.Property(a => a.Titre).HasMaxLength(200);
        b.HasOne<Promotion>().WithMany().HasForeignKey(a => a.PromotionId).OnDelete(DeleteBehavior.Restrict);
    }
}

public class DefiConfiguration : IEntityTypeConfiguration<Defi>
{
    public void Configure(EntityTypeBuilder<Defi> b)
    {
        b.ToTable("Defis");
        b.Property(d => d.Titre).HasMaxLength(200);
        b.Property(d => d.Slug).HasMaxLength(200);
        b.Property(d => d.Resume).HasMaxLength(2000);
        b.Property(d => d.Administration).HasMaxLength(200);
        b.HasIndex(d => d.Slug).IsUnique();
        // The public site's fields (issue 3).
        b.Property(d => d.Fichier).HasMaxLength(300);
        b.Property(d => d.Lieu).HasMaxLength(200);
        b.Property(d => d.Ville).HasMaxLength(200);
        b.Property(d => d.Themes).HasMaxLength(2000);
        b.Property(d => d.Expertises).HasMaxLength(2000);
        b.Property(d => d.Promotions).HasMaxLength(200);
        b.Property(d => d.Image).HasMaxLength(500);
        b.Property(d => d.StartupUrl).HasMaxLength(500);
        b.Property(d => d.CodeSourceUrl).HasMaxLength(500);
        b.Property(d => d.SiteWeb).HasMaxLength(500);
        b.Property(d => d.Version).IsConcurrencyToken();
        b.HasOne<Promotion>().WithMany().HasForeignKey(d => d.PromotionId).OnDelete(DeleteBehavior.Restrict);
    }
}
