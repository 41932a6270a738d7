using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Eig.Web.Nouveautes;

public class ConsultationConfiguration : IEntityTypeConfiguration<Consultation>
{
    public void Configure(EntityTypeBuilder<Consultation> b)
    {
        b.ToTable("Consultations");
        // One row per person and item; the (Objet, ObjetId) pair points at several tables, like the audit's.
        b.HasKey(c => new { c.UtilisateurId, c.Objet, c.ObjetId });
        b.Property(c => c.Objet).HasMaxLength(Consultation.LongueurObjet);
        b.HasOne<Comptes.Utilisateur>().WithMany().HasForeignKey(c => c.UtilisateurId).OnDelete(DeleteBehavior.Cascade);
    }
}
