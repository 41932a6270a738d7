using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Eig.Web.Comptes;

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
