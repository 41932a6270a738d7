using Microsoft.EntityFrameworkCore;
using Eig.Web.AppelsAProjets;
using Eig.Web.Evaluations;

namespace Eig.Web.Infrastructure.Database;

public partial class EigDbContext
{
    // Evaluation machinery, shared with the call for candidates.
    public DbSet<Grille> Grilles => Set<Grille>();
    public DbSet<Critere> Criteres => Set<Critere>();
    public DbSet<Affectation> Affectations => Set<Affectation>();
    public DbSet<Evaluation> Evaluations => Set<Evaluation>();
    public DbSet<NoteCritere> NotesCriteres => Set<NoteCritere>();

    // Call for projects.
    public DbSet<DossierProjet> DossiersProjets => Set<DossierProjet>();
    public DbSet<ChangementEtatDossier> ChangementsEtatDossiers => Set<ChangementEtatDossier>();
    public DbSet<CoEditeur> CoEditeurs => Set<CoEditeur>();
    public DbSet<FichierAap> FichiersAap => Set<FichierAap>();
    public DbSet<MessageDossier> MessagesDossiers => Set<MessageDossier>();
    public DbSet<CreneauSoutenance> CreneauxSoutenance => Set<CreneauSoutenance>();
    public DbSet<SessionJury> SessionsJury => Set<SessionJury>();
    public DbSet<MembreJury> MembresJury => Set<MembreJury>();
    public DbSet<PointOrdreDuJour> PointsOrdreDuJour => Set<PointOrdreDuJour>();
    public DbSet<ProfilOctroye> ProfilsOctroyes => Set<ProfilOctroye>();
}
