using Eig.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.AppelsAProjets;

/// <summary>What a porteur's home says about each of their dossiers: where it stands, what they have to do next and by
/// when, the team's messages still waiting for an answer, the soutenance.</summary>
public sealed class SuiviPorteur(EigDbContext db, DossierAcces acces, IClock clock)
{
    /// <summary>The next step of a dossier, said for the porteur; <paramref name="Lien"/> opens where it is done;
    /// <paramref name="AFaire"/> when the move is theirs (not the team's or the jury's).</summary>
    public sealed record Etape(string Texte, string Lien, bool AFaire, DateTime? Echeance);

    public sealed record Ligne(Guid Id, string Reference, string Titre, string Appel, EtatDossier Etat, DateTime ModifieLe,
        Etape Prochaine, int MessagesSansReponse, DateTime? Soutenance);

    public async Task<List<Ligne>> DossiersAsync(Guid porteurId, CancellationToken ct)
    {
        var dossiers = await acces.DuPorteur(porteurId).AsNoTracking().OrderByDescending(d => d.ModifieLe).ToListAsync(ct);
        var ids = dossiers.Select(d => d.Id).ToList();
        var appelIds = dossiers.Select(d => d.AppelId).Distinct().ToList();
        var appels = await db.AppelsAProjets.AsNoTracking().Where(a => appelIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct);
        var creneaux = await db.CreneauxSoutenance.AsNoTracking().Where(c => c.DossierId != null && ids.Contains(c.DossierId.Value))
            .ToDictionaryAsync(c => c.DossierId!.Value, c => c.Debut, ct);
        var libres = await db.CreneauxSoutenance.AsNoTracking().Where(c => c.DossierId == null && appelIds.Contains(c.AppelId) && c.Debut > clock.UtcNow)
            .Select(c => c.AppelId).Distinct().ToListAsync(ct);
        // A team message is waiting for an answer when the porteur's side has not written since.
        var messages = await db.MessagesDossiers.AsNoTracking().Where(m => ids.Contains(m.DossierId))
            .Select(m => new { m.DossierId, m.DeLEquipe, m.Le }).ToListAsync(ct);

        var lignes = new List<Ligne>();
        foreach (var d in dossiers)
        {
            var appel = appels[d.AppelId];
            var dernierPorteur = messages.Where(m => m.DossierId == d.Id && !m.DeLEquipe).Select(m => (DateTime?)m.Le).Max();
            var sansReponse = messages.Count(m => m.DossierId == d.Id && m.DeLEquipe && (dernierPorteur is null || m.Le > dernierPorteur));
            DateTime? soutenance = creneaux.TryGetValue(d.Id, out var debut) ? debut : null;
            lignes.Add(new Ligne(d.Id, d.Reference, string.IsNullOrWhiteSpace(d.Titre) ? "Sans titre" : d.Titre, appel.Titre, d.Etat,
                d.ModifieLe, ProchaineEtape(d, appel, soutenance, libres.Contains(appel.Id), clock.UtcNow), sansReponse, soutenance));
        }
        return lignes;
    }

    public static Etape ProchaineEtape(DossierProjet d, AppelAProjets appel, DateTime? soutenance, bool creneauxLibres, DateTime maintenant)
    {
        var fiche = $"/espace-porteur/dossiers/{d.Id}";
        DateTime? cloture = appel.Cloture is { } c ? Fr.VersUtc(c.ToDateTime(new TimeOnly(23, 59))) : null;
        return d.Etat switch
        {
            EtatDossier.Brouillon => new("Compléter puis déposer le dossier", fiche, true, cloture),
            EtatDossier.CorrectionsDemandees => new("Apporter les corrections demandées, puis redéposer le dossier", fiche, true, cloture),
            EtatDossier.Depose => new("L'équipe du programme va ouvrir l'instruction du dossier", fiche, false, null),
            EtatDossier.EnInstruction => new("Le comité d'évaluation examine le dossier (deux à trois semaines)", fiche, false, null),
            EtatDossier.PreSelectionne or EtatDossier.Soutenance when soutenance is { } s =>
                new($"Présenter le projet en soutenance le {Fr.DateHeure(s)}", fiche + "/soutenance", s > maintenant, s),
            // Without a slot: never booked, or cancelled (the dossier went back to pre-selected): the porteur books one.
            EtatDossier.PreSelectionne or EtatDossier.Soutenance when creneauxLibres =>
                new("Réserver un créneau de soutenance", fiche + "/soutenance", true, null),
            EtatDossier.PreSelectionne => new("L'équipe va publier les créneaux de soutenance", fiche + "/soutenance", false, null),
            // Called to a soutenance without a slot (a cancellation recorded before it sent the dossier back to
            // pre-selected): the team publishes another or proposes a date, and writes to the porteur.
            EtatDossier.Soutenance => new("L'équipe va vous proposer un autre créneau de soutenance", fiche + "/soutenance", false, null),
            EtatDossier.Laureat => new("Recruter vos EIG : les candidatures proposées pour votre défi", "/espace-porteur/recrutement", true, null),
            _ => new("La décision est publiée : lisez-la sur le dossier", fiche, false, null),
        };
    }
}
