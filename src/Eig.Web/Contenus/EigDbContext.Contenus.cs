using Eig.Web.Contenus;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Infrastructure.Database;

public partial class EigDbContext
{
    public DbSet<PageContenu> Pages => Set<PageContenu>();
    public DbSet<Article> Articles => Set<Article>();
    public DbSet<Personne> Personnes => Set<Personne>();
    public DbSet<Taxon> Taxons => Set<Taxon>();
    public DbSet<AbonneNewsletter> AbonnesNewsletter => Set<AbonneNewsletter>();
    public DbSet<MessageContact> MessagesContact => Set<MessageContact>();
    public DbSet<Revision> Revisions => Set<Revision>();
    public DbSet<Media> Medias => Set<Media>();
    public DbSet<Redirection> Redirections => Set<Redirection>();
}
