using Eig.Web.Instruction;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Infrastructure.Database;

public partial class EigDbContext
{
    // Staff's work on dossiers and candidatures: who follows what, labels, private notes.
    public DbSet<Suiveur> Suiveurs => Set<Suiveur>();
    public DbSet<Etiquette> Etiquettes => Set<Etiquette>();
    public DbSet<EtiquettePosee> EtiquettesPosees => Set<EtiquettePosee>();
    public DbSet<Annotation> Annotations => Set<Annotation>();
}
