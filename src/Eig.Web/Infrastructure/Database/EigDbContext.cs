using Eig.Web.Appels;
using Eig.Web.AppelsAProjets;
using Eig.Web.Candidatures;
using Eig.Web.Infrastructure.Audit;
using Eig.Web.Comptes;
using Eig.Web.Promotions;
using Eig.Web.Infrastructure.Mail;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Infrastructure.Database;

/// <summary>The one model. Features add their DbSets in a partial file of their own (EigDbContext.&lt;Feature&gt;.cs)
/// and their mappings as IEntityTypeConfiguration classes in each feature folder (AppelsAProjets/, Candidatures/, …).
/// The code asks for an EigDbContext; what it gets is the provider's own type (<see cref="SqliteEigDbContext"/> or
/// <see cref="PostgreSqlEigDbContext"/>), because EF Core keeps one set of migrations per context type
/// (DatabaseSetup chooses it from Database:Provider).</summary>
public abstract partial class EigDbContext(DbContextOptions options)
    : IdentityDbContext<Utilisateur, Role, Guid>(options), IDataProtectionKeyContext
{
    public DbSet<Invitation> Invitations => Set<Invitation>();
    public DbSet<AuditEntry> Audit => Set<AuditEntry>();
    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();
    /// <summary>The data-protection key ring (PersistKeysToDbContext), shared by every instance.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<Promotion> Promotions => Set<Promotion>();
    public DbSet<AppelAProjets> AppelsAProjets => Set<AppelAProjets>();
    public DbSet<AppelACandidatures> AppelsACandidatures => Set<AppelACandidatures>();
    public DbSet<Defi> Defis => Set<Defi>();
    public DbSet<Planification.EtatTache> Taches => Set<Planification.EtatTache>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        // Every reference between records is a foreign key, except two kinds on purpose: columns naming who did
        // something (…ParId, AuteurId, ActeurId), because the record outlives the account (a candidate may erase
        // theirs), and the (Objet, ObjetId) pairs of assignments, revisions and the audit, which point at several tables.
        builder.ApplyConfigurationsFromAssembly(typeof(EigDbContext).Assembly);
    }

    /// <summary>Saves, and in the same transaction keeps what is derived from the saved rows: each dossier's review
    /// summary (<see cref="SyntheseEvaluations"/>). A save that touches no submitted review is the plain one.</summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var dossiers = await SyntheseEvaluations.ConcernesAsync(this, cancellationToken);
        if (dossiers.Count == 0)
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        var propre = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            // Changes accepted only once the summary is written too: a failure leaves the tracker as it was.
            var n = await base.SaveChangesAsync(false, cancellationToken);
            await SyntheseEvaluations.RecalculerAsync(this, dossiers, cancellationToken);
            if (propre is not null) await propre.CommitAsync(cancellationToken);
            if (acceptAllChangesOnSuccess) ChangeTracker.AcceptAllChanges();
            return n;
        }
        finally
        {
            if (propre is not null) await propre.DisposeAsync();
        }
    }

    /// <summary>The synchronous save goes through the same path (nothing in the service uses it).</summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every instant is UTC. SQLite gives DateTime back as "unspecified"; PostgreSQL refuses anything but UTC.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
        // Enums are stored by name: readable in exports and safe when members are reordered.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
    }
}
