using Eig.Web.Appels;
using Eig.Web.AppelsAProjets;
using Eig.Web.Candidatures;
using Eig.Web.Infrastructure.Audit;
using Eig.Web.Comptes;
using Eig.Web.Promotions;
using Eig.Web.Promotions;
using Eig.Web.Infrastructure.Mail;
using Eig.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Infrastructure.Database;

/// <summary>The one DbContext. Features add their DbSets in a partial file of their own (EigDbContext.&lt;Feature&gt;.cs)
/// and their mappings as IEntityTypeConfiguration classes in each feature folder (AppelsAProjets/, Candidatures/, …).</summary>
public partial class EigDbContext(DbContextOptions<EigDbContext> options)
    : IdentityDbContext<Utilisateur, Role, Guid>(options)
{
    public DbSet<Invitation> Invitations => Set<Invitation>();
    public DbSet<AuditEntry> Audit => Set<AuditEntry>();
    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<Promotion> Promotions => Set<Promotion>();
    public DbSet<AppelAProjets> AppelsAProjets => Set<AppelAProjets>();
    public DbSet<AppelACandidatures> AppelsACandidatures => Set<AppelACandidatures>();
    public DbSet<Defi> Defis => Set<Defi>();
    public DbSet<Planification.EtatTache> Taches => Set<Planification.EtatTache>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(EigDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every instant is UTC. SQLite gives DateTime back as "unspecified"; PostgreSQL refuses anything but UTC.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
        // Enums are stored by name: readable in exports and safe when members are reordered.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
    }
}
