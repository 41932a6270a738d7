using Eig.Web.AppelsAProjets;
using Eig.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Pages.Jury;

/// <summary>The jury member's home: the sessions I sit on (staff: every session), the coming ones first, each with its
/// agenda (dossier, soutenance time, decision recorded or not) and what is left to decide.</summary>
public class IndexModel(EigDbContext db, IClock clock) : PageModel
{
    public sealed record Point(Guid DossierId, string Reference, string Titre, string Administration, DateTime? Soutenance, EtatDossier? Decision);
    public sealed record Ligne(Guid Id, string Titre, DateOnly Date, EtatSessionJury Etat, List<Point> Points)
    {
        public int ADecider => Etat == EtatSessionJury.Publiee ? 0 : Points.Count(p => p.Decision is null);
    }

    public List<Ligne> AVenir { get; private set; } = [];
    public List<Ligne> Passees { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var sessions = await JuryAcces.Visibles(db, User).AsNoTracking().Include(s => s.OrdreDuJour)
            .OrderBy(s => s.Date).ToListAsync(ct);
        var dossierIds = sessions.SelectMany(s => s.OrdreDuJour).Select(p => p.DossierId).Distinct().ToList();
        var dossiers = await db.DossiersProjets.AsNoTracking().Where(d => dossierIds.Contains(d.Id))
            .Select(d => new { d.Id, d.Numero, d.Titre, d.Administration }).ToDictionaryAsync(d => d.Id, ct);
        var creneaux = await db.CreneauxSoutenance.AsNoTracking().Where(c => c.DossierId != null && dossierIds.Contains(c.DossierId.Value))
            .ToDictionaryAsync(c => c.DossierId!.Value, c => c.Debut, ct);
        var lignes = sessions.Select(s => new Ligne(s.Id, s.Titre, s.Date, s.Etat, s.OrdreDuJour.OrderBy(p => p.Ordre)
            .Where(p => dossiers.ContainsKey(p.DossierId))
            .Select(p =>
            {
                var d = dossiers[p.DossierId];
                return new Point(d.Id, $"AAP-{d.Numero:0000}", string.IsNullOrWhiteSpace(d.Titre) ? "Sans titre" : d.Titre, d.Administration,
                    creneaux.TryGetValue(d.Id, out var debut) ? debut : null, p.Decision);
            }).ToList())).ToList();
        var aujourdhui = DateOnly.FromDateTime(Fr.EnHeureDeParis(clock.UtcNow));
        // A session still waiting for its decisions stays in front, even once its date has passed.
        AVenir = lignes.Where(l => l.Date >= aujourdhui || l.Etat != EtatSessionJury.Publiee).ToList();
        Passees = lignes.Except(AVenir).OrderByDescending(l => l.Date).ToList();
    }
}
