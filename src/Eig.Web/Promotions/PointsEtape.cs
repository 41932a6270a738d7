using Eig.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Promotions;

/// <summary>How the team feels about the défi at a check-in; staff read the ones needing help first.</summary>
public enum Meteo
{
    Bien = 0,
    Vigilance = 1,
    BesoinAide = 2,
}

/// <summary>A short periodic check-in by a défi's team: progress, difficulties, help wanted.</summary>
public class PointEtape
{
    public const int Longueur = 2000;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid DefiId { get; set; }
    public Guid AuteurId { get; set; }
    public string AuteurNom { get; set; } = "";
    public DateTime DeposeLe { get; set; }
    public Meteo Meteo { get; set; }
    public string Avancement { get; set; } = "";
    public string Difficultes { get; set; } = "";
    public string AideSouhaitee { get; set; } = "";

    public static string Libelle(Meteo m) => m switch
    {
        Meteo.Bien => "Tout avance",
        Meteo.Vigilance => "Points de vigilance",
        _ => "Besoin d'aide",
    };

    public static PointEtape Deposer(Guid defiId, Guid auteurId, string auteurNom, Meteo meteo, string? avancement, string? difficultes, string? aide, DateTime maintenant)
    {
        if (!Enum.IsDefined(meteo)) throw new DomainException("Dites comment avance le défi.");
        var a = avancement?.Trim() ?? "";
        if (a.Length == 0) throw new DomainException("Décrivez l'avancement depuis le dernier point.");
        var d = difficultes?.Trim() ?? "";
        var h = aide?.Trim() ?? "";
        if (a.Length > Longueur || d.Length > Longueur || h.Length > Longueur)
            throw new DomainException($"Chaque rubrique du point d'étape tient en {Longueur} caractères au plus.");
        return new PointEtape { DefiId = defiId, AuteurId = auteurId, AuteurNom = auteurNom, Meteo = meteo, Avancement = a, Difficultes = d, AideSouhaitee = h, DeposeLe = maintenant };
    }
}

/// <summary>Who sees a défi's team space: staff, the team (accepted offers) and the administration's side (the
/// laureate dossier's porteur, the referent of its posts). Anyone else gets a 404.</summary>
public static class AccesDefi
{
    public enum Qualite { Aucune, Equipe, Sponsor, Staff }

    public static async Task<Qualite> QualiteAsync(EigDbContext db, Guid defiId, Guid utilisateurId, bool staff, CancellationToken ct = default)
    {
        if (await db.MembresEquipes.AnyAsync(m => m.DefiId == defiId && m.UtilisateurId == utilisateurId, ct)) return Qualite.Equipe;
        var dossier = await db.Defis.Where(d => d.Id == defiId).Select(d => d.DossierId).FirstOrDefaultAsync(ct);
        if (dossier is { } id && await db.DossiersProjets.AnyAsync(x => x.Id == id && x.PorteurId == utilisateurId, ct)) return Qualite.Sponsor;
        if (await db.PostesOuverts.AnyAsync(p => p.DefiId == defiId && p.ReferentId == utilisateurId, ct)) return Qualite.Sponsor;
        return staff && await db.Defis.AnyAsync(d => d.Id == defiId, ct) ? Qualite.Staff : Qualite.Aucune;
    }

    /// <summary>The défis where the person is in the team or on the administration's side.</summary>
    public static IQueryable<Defi> DefisDe(EigDbContext db, Guid utilisateurId) =>
        db.Defis.Where(d => db.MembresEquipes.Any(m => m.DefiId == d.Id && m.UtilisateurId == utilisateurId)
                            || db.PostesOuverts.Any(p => p.DefiId == d.Id && p.ReferentId == utilisateurId)
                            || (d.DossierId != null && db.DossiersProjets.Any(x => x.Id == d.DossierId && x.PorteurId == utilisateurId)));

    /// <summary>Days without a check-in after which staff see a team as silent (about one a fortnight is expected).</summary>
    public const int JoursSansNouvelles = 30;

    /// <summary>Staff's list order: help wanted first, then vigilance, then défis silent for too long, then the rest.</summary>
    public static int Priorite(Meteo? derniere, DateTime? deposeLe, DateTime maintenant) => derniere switch
    {
        Meteo.BesoinAide => 0,
        Meteo.Vigilance => 1,
        _ when SansNouvelles(deposeLe, maintenant) => 2,
        _ => 3,
    };

    public static bool SansNouvelles(DateTime? deposeLe, DateTime maintenant) =>
        deposeLe is null || deposeLe < maintenant.AddDays(-JoursSansNouvelles);
}
