using Eig.Web.AppelsAProjets;
using Eig.Web.Candidatures;
using Eig.Web.Comptes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Eig.Web.Instruction;

internal static class Rattachement
{
    /// <summary>A row hangs on exactly one dossier or one candidature, and goes with it.</summary>
    public static void Configurer<T>(EntityTypeBuilder<T> b, string table) where T : class, IRattache
    {
        b.HasOne<DossierProjet>().WithMany().HasForeignKey(x => x.DossierId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Candidature>().WithMany().HasForeignKey(x => x.CandidatureId).OnDelete(DeleteBehavior.Cascade);
        b.ToTable(table, t => t.HasCheckConstraint($"CK_{table}_Cible",
            "(\"DossierId\" IS NULL) <> (\"CandidatureId\" IS NULL)"));
    }
}

public class SuiveurConfiguration : IEntityTypeConfiguration<Suiveur>
{
    public void Configure(EntityTypeBuilder<Suiveur> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        Rattachement.Configurer(b, "Suiveurs");
        b.HasOne<Utilisateur>().WithMany().HasForeignKey(x => x.UtilisateurId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.DossierId, x.UtilisateurId }).IsUnique();
        b.HasIndex(x => new { x.CandidatureId, x.UtilisateurId }).IsUnique();
        b.HasIndex(x => x.UtilisateurId);
    }
}

public class EtiquetteConfiguration : IEntityTypeConfiguration<Etiquette>
{
    public void Configure(EntityTypeBuilder<Etiquette> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        b.ToTable("Etiquettes");
        b.Property(x => x.Nom).HasMaxLength(Etiquette.LongueurNom);
        b.Property(x => x.Couleur).HasMaxLength(40);
        b.HasIndex(x => x.Nom).IsUnique();
    }
}

public class EtiquettePoseeConfiguration : IEntityTypeConfiguration<EtiquettePosee>
{
    public void Configure(EntityTypeBuilder<EtiquettePosee> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        Rattachement.Configurer(b, "EtiquettesPosees");
        b.HasOne<Etiquette>().WithMany().HasForeignKey(x => x.EtiquetteId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.DossierId, x.EtiquetteId }).IsUnique();
        b.HasIndex(x => new { x.CandidatureId, x.EtiquetteId }).IsUnique();
        b.HasIndex(x => x.EtiquetteId);
    }
}

public class AnnotationConfiguration : IEntityTypeConfiguration<Annotation>
{
    public void Configure(EntityTypeBuilder<Annotation> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        Rattachement.Configurer(b, "Annotations");
        b.Property(x => x.AuteurNom).HasMaxLength(256);
        b.Property(x => x.Texte).HasMaxLength(Annotation.LongueurTexte);
        b.HasIndex(x => x.DossierId);
        b.HasIndex(x => x.CandidatureId);
    }
}
