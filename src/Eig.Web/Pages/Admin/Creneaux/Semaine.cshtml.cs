using Eig.Web.Candidatures;
using Eig.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Pages.Admin.Creneaux;

/// <summary>Staff's week of slots, Monday to Sunday in Paris: first and mission interviews, soutenances, calls with
/// the team, free or booked, with who booked and, for an interview to come, a link to move it.</summary>
public class SemaineModel(EigDbContext db, IClock clock) : PageModel
{
    /// <summary>Any day of the week to show (Paris); this week when absent.</summary>
    [BindProperty(SupportsGet = true, Name = "semaine")] public DateOnly? Jour { get; set; }

    public sealed record Ligne(DateTime Debut, DateTime Fin, string Quoi, string? Qui, string? LienQui, string? Deplacer);

    public DateOnly Lundi { get; private set; }
    /// <summary>Whether there is something to see before or after this week: the weeks between this one and the
    /// earliest and latest slots, never an endless run of empty weeks.</summary>
    public bool AvecPrecedente { get; private set; }
    public bool AvecSuivante { get; private set; }
    public DateOnly Precedente => Lundi.AddDays(-7);
    public DateOnly Suivante => Lundi.AddDays(7);
    public List<(DateOnly Jour, List<Ligne> Lignes)> Jours { get; } = [];
    public int Total { get; private set; }

    public static string Lien(DateOnly lundi) => $"/admin/creneaux?semaine={lundi:yyyy-MM-dd}";

    public async Task OnGetAsync(CancellationToken ct)
    {
        var maintenant = clock.UtcNow;
        var jour = Jour ?? DateOnly.FromDateTime(Fr.EnHeureDeParis(maintenant));
        Lundi = jour.AddDays(-(((int)jour.DayOfWeek + 6) % 7));
        var de = Fr.VersUtc(Lundi.ToDateTime(TimeOnly.MinValue));
        var a = Fr.VersUtc(Lundi.AddDays(7).ToDateTime(TimeOnly.MinValue));

        var entretiens = await (from c in db.Creneaux.AsNoTracking()
                                where c.Debut >= de && c.Debut < a
                                join k in db.Candidatures on c.CandidatureId equals k.Id into reservees
                                from k in reservees.DefaultIfEmpty()
                                select new
                                {
                                    c.Id, c.Debut, c.Fin, c.Type, c.CandidatureId, Prenom = k == null ? null : k.Prenom, Nom = k == null ? null : k.Nom,
                                    Profil = db.ProfilsRecherches.Where(p => p.Id == c.ProfilId).Select(p => p.Libelle).FirstOrDefault(),
                                    Defi = db.Defis.Where(d => d.Id == c.DefiId).Select(d => d.Titre).FirstOrDefault(),
                                }).ToListAsync(ct);
        var soutenances = await (from c in db.CreneauxSoutenance.AsNoTracking()
                                 where c.Debut >= de && c.Debut < a
                                 join d in db.DossiersProjets on c.DossierId equals d.Id into reserves
                                 from d in reserves.DefaultIfEmpty()
                                 select new { c.Id, c.Debut, c.DureeMinutes, c.DossierId, Numero = d == null ? 0 : d.Numero, Administration = d == null ? null : d.Administration })
                                .ToListAsync(ct);
        var appels = await (from c in db.CreneauxAppel.AsNoTracking()
                            where c.Debut >= de && c.Debut < a
                            join r in db.ReservationsCreneaux on c.Id equals r.CreneauId into reservations
                            from r in reservations.DefaultIfEmpty()
                            select new { c.Debut, Nom = r == null ? null : r.Nom }).ToListAsync(ct);

        var cetteSemaine = DateOnly.FromDateTime(Fr.EnHeureDeParis(maintenant));
        cetteSemaine = cetteSemaine.AddDays(-(((int)cetteSemaine.DayOfWeek + 6) % 7));
        AvecPrecedente = Lundi > cetteSemaine || await db.Creneaux.AnyAsync(c => c.Debut < de, ct)
            || await db.CreneauxSoutenance.AnyAsync(c => c.Debut < de, ct) || await db.CreneauxAppel.AnyAsync(c => c.Debut < de, ct);
        AvecSuivante = Lundi < cetteSemaine || await db.Creneaux.AnyAsync(c => c.Debut >= a, ct)
            || await db.CreneauxSoutenance.AnyAsync(c => c.Debut >= a, ct) || await db.CreneauxAppel.AnyAsync(c => c.Debut >= a, ct);

        var lignes = new List<Ligne>();
        lignes.AddRange(entretiens.Select(e => new Ligne(e.Debut, e.Fin,
            e.Type == TypeEntretien.Mission ? $"Entretien de mission — {e.Defi}" : $"Premier entretien — {e.Profil}",
            e.CandidatureId is null ? null : $"{e.Prenom} {e.Nom}",
            e.CandidatureId is { } cid ? $"/admin/candidatures/{cid}" : null,
            e.CandidatureId is not null && e.Debut > maintenant ? $"/admin/candidatures/creneaux/{e.Id}/deplacer" : null)));
        lignes.AddRange(soutenances.Select(s => new Ligne(s.Debut, s.Debut.AddMinutes(s.DureeMinutes), "Soutenance",
            s.DossierId is null ? null : $"AAP-{s.Numero:0000} — {s.Administration}", s.DossierId is { } did ? $"/admin/dossiers/{did}" : null,
            s.DossierId is not null && s.Debut > maintenant ? $"/admin/soutenances/{s.Id}/deplacer" : null)));
        lignes.AddRange(appels.Select(c => new Ligne(c.Debut, c.Debut.AddMinutes(Evenements.CreneauAppel.DureeMinutes), "Échange avec l'équipe", c.Nom, null, null)));
        Total = lignes.Count;
        for (var i = 0; i < 7; i++)
        {
            var d = Lundi.AddDays(i);
            Jours.Add((d, lignes.Where(l => DateOnly.FromDateTime(Fr.EnHeureDeParis(l.Debut)) == d).OrderBy(l => l.Debut).ThenBy(l => l.Quoi, StringComparer.Ordinal).ToList()));
        }
    }
}
