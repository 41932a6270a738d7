using Eig.Web.Candidatures;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Infrastructure.Database;

public partial class EigDbContext
{
    public DbSet<ProfilRecherche> ProfilsRecherches => Set<ProfilRecherche>();
    public DbSet<SprintRecrutement> SprintsRecrutement => Set<SprintRecrutement>();
    public DbSet<ReglementAppel> ReglementsAppels => Set<ReglementAppel>();
    public DbSet<Candidature> Candidatures => Set<Candidature>();
    public DbSet<JalonCandidature> JalonsCandidatures => Set<JalonCandidature>();
    public DbSet<CvCandidature> CvCandidatures => Set<CvCandidature>();
    public DbSet<Creneau> Creneaux => Set<Creneau>();
    public DbSet<PosteOuvert> PostesOuverts => Set<PosteOuvert>();
    public DbSet<Proposition> Propositions => Set<Proposition>();
    public DbSet<Offre> Offres => Set<Offre>();
    public DbSet<MembreEquipe> MembresEquipes => Set<MembreEquipe>();
}
