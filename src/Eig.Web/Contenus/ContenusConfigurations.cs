using Eig.Web.Contenus;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Eig.Web.Contenus;

public class PageContenuConfiguration : IEntityTypeConfiguration<PageContenu>
{
    public void Configure(EntityTypeBuilder<PageContenu> b)
    {
        b.ToTable("Pages");
        b.Property(p => p.Fichier).HasMaxLength(300);
        b.Property(p => p.Adresse).HasMaxLength(300);
        b.Property(p => p.Titre).HasMaxLength(300);
        b.Property(p => p.Layout).HasMaxLength(40);
        b.Property(p => p.DescriptionSeo).HasMaxLength(400);
        b.Property(p => p.ImageOg).HasMaxLength(500);
        b.Property(p => p.Version).IsConcurrencyToken();
        b.HasIndex(p => p.Fichier).IsUnique();
        b.HasIndex(p => new { p.Adresse, p.Statut });
    }
}

public class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> b)
    {
        b.ToTable("Articles");
        b.Property(a => a.Fichier).HasMaxLength(300);
        b.Property(a => a.Slug).HasMaxLength(200);
        b.Property(a => a.Titre).HasMaxLength(300);
        b.Property(a => a.Auteur).HasMaxLength(200);
        b.Property(a => a.Description).HasMaxLength(1000);
        b.Property(a => a.Image).HasMaxLength(500);
        b.Property(a => a.Categories).HasMaxLength(1000);
        b.Property(a => a.ArticlesLies).HasMaxLength(500);
        b.Property(a => a.Version).IsConcurrencyToken();
        b.HasIndex(a => a.Slug).IsUnique();
        b.HasIndex(a => a.Fichier).IsUnique();
        b.HasIndex(a => new { a.Statut, a.Date });
    }
}

public class PersonneConfiguration : IEntityTypeConfiguration<Personne>
{
    public void Configure(EntityTypeBuilder<Personne> b)
    {
        b.ToTable("Personnes");
        b.Property(p => p.Fichier).HasMaxLength(300);
        b.Property(p => p.Slug).HasMaxLength(200);
        b.Property(p => p.Nom).HasMaxLength(200);
        b.Property(p => p.Poste).HasMaxLength(300);
        b.Property(p => p.Description).HasMaxLength(2000);
        b.Property(p => p.Promotions).HasMaxLength(200);
        b.Property(p => p.Defis).HasMaxLength(2000);
        b.Property(p => p.Expertises).HasMaxLength(2000);
        b.Property(p => p.Image).HasMaxLength(500);
        b.Property(p => p.LinkedIn).HasMaxLength(500);
        b.Property(p => p.GitHub).HasMaxLength(500);
        b.Property(p => p.Version).IsConcurrencyToken();
        b.HasIndex(p => p.Slug).IsUnique();
        b.HasIndex(p => p.Fichier).IsUnique();
        b.HasIndex(p => new { p.Role, p.ConsentementProfilPublic });
    }
}

public class TaxonConfiguration : IEntityTypeConfiguration<Taxon>
{
    public void Configure(EntityTypeBuilder<Taxon> b)
    {
        b.ToTable("Taxons");
        b.Property(t => t.Fichier).HasMaxLength(300);
        b.Property(t => t.Slug).HasMaxLength(200);
        b.Property(t => t.Nom).HasMaxLength(200);
        b.Property(t => t.Description).HasMaxLength(2000);
        b.HasIndex(t => new { t.Type, t.Slug }).IsUnique();
        b.HasIndex(t => t.Fichier).IsUnique();
    }
}

public class AbonneNewsletterConfiguration : IEntityTypeConfiguration<AbonneNewsletter>
{
    public void Configure(EntityTypeBuilder<AbonneNewsletter> b)
    {
        b.ToTable("AbonnesNewsletter");
        b.Property(a => a.Email).HasMaxLength(256);
        b.Property(a => a.JetonConfirmationHash).HasMaxLength(100);
        b.Property(a => a.JetonDesinscriptionHash).HasMaxLength(100);
        b.Property(a => a.Origine).HasMaxLength(40);
        // A second signup of the same address finds this row instead of adding one.
        b.HasIndex(a => a.Email).IsUnique();
    }
}

public class MessageContactConfiguration : IEntityTypeConfiguration<MessageContact>
{
    public void Configure(EntityTypeBuilder<MessageContact> b)
    {
        b.ToTable("MessagesContact");
        b.Property(m => m.Nom).HasMaxLength(200);
        b.Property(m => m.Email).HasMaxLength(256);
        b.Property(m => m.Objet).HasMaxLength(200);
        b.Property(m => m.Message).HasMaxLength(5000);
        b.HasIndex(m => m.RecuLe);
    }
}

public class RevisionConfiguration : IEntityTypeConfiguration<Revision>
{
    public void Configure(EntityTypeBuilder<Revision> b)
    {
        b.ToTable("Revisions");
        b.Property(r => r.Collection).HasMaxLength(20);
        b.Property(r => r.Motif).HasMaxLength(200);
        b.Property(r => r.Auteur).HasMaxLength(256);
        b.HasIndex(r => new { r.Collection, r.ObjetId, r.CreeLe });
    }
}

public class MediaConfiguration : IEntityTypeConfiguration<Media>
{
    public void Configure(EntityTypeBuilder<Media> b)
    {
        b.ToTable("Medias");
        b.Property(m => m.Nom).HasMaxLength(200);
        b.Property(m => m.TypeMime).HasMaxLength(100);
        b.Property(m => m.TexteAlternatif).HasMaxLength(300);
        b.HasIndex(m => m.Nom).IsUnique();
    }
}

public class RedirectionConfiguration : IEntityTypeConfiguration<Redirection>
{
    public void Configure(EntityTypeBuilder<Redirection> b)
    {
        b.ToTable("Redirections");
        b.Property(r => r.Source).HasMaxLength(Redirection.Longueur);
        b.Property(r => r.Cible).HasMaxLength(Redirection.Longueur);
        b.HasIndex(r => r.Source).IsUnique();
    }
}
