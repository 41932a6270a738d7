using Eig.Web.AppelsAProjets;
using Eig.Web.Candidatures;
using Eig.Web.Comptes;
using Eig.Web.Infrastructure.Audit;
using Eig.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Instruction;

/// <summary>A staff member follows a dossier or a candidature: it shows in their "suivis par moi".</summary>
public class Suiveur : IRattache
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid? DossierId { get; set; }
    public Guid? CandidatureId { get; set; }
    public Guid UtilisateurId { get; set; }
    public DateTime DepuisLe { get; set; }
}

/// <summary>Which items of a list to show, by who follows them.</summary>
public enum FiltreSuivi { Tous, Moi, Personne }

public sealed record Collegue(Guid Id, string Nom, string Email)
{
    /// <summary>Name and address: two colleagues may share a name.</summary>
    public string Libelle => string.IsNullOrWhiteSpace(Nom) ? Email : $"{Nom} ({Email})";
}

/// <summary>Who follows what, and the moves on it: follow, stop following, hand over to a colleague. Each move is
/// audited; the caller saves.</summary>
public sealed class SuiviEquipe(EigDbContext db, IClock clock, IAuditLog audit)
{
    public static IReadOnlyList<(FiltreSuivi Cle, string Libelle)> Filtres { get; } =
        [(FiltreSuivi.Tous, "Tous"), (FiltreSuivi.Moi, "Suivis par moi"), (FiltreSuivi.Personne, "À suivre (suivis par personne)")];

    /// <summary>A filed dossier or candidature: drafts belong to their authors only.</summary>
    public Task<bool> ExisteAsync(Cible c, CancellationToken ct = default) => c.Genre == GenreCible.Dossier
        ? db.DossiersProjets.AnyAsync(d => d.Id == c.Id && d.Etat != EtatDossier.Brouillon, ct)
        : db.Candidatures.AnyAsync(k => k.Id == c.Id && k.Etat != EtatCandidature.Brouillon, ct);

    public IQueryable<Suiveur> De(Cible c) => c.Genre == GenreCible.Dossier
        ? db.Suiveurs.Where(s => s.DossierId == c.Id)
        : db.Suiveurs.Where(s => s.CandidatureId == c.Id);

    public async Task<List<Collegue>> SuiveursAsync(Cible c, CancellationToken ct = default) =>
        await (from s in De(c) join u in db.Users on s.UtilisateurId equals u.Id orderby u.NomComplet, u.Email
               select new Collegue(u.Id, u.NomComplet, u.Email!)).ToListAsync(ct);

    /// <summary>Who follows each item of a page of a list, by item id.</summary>
    public async Task<Dictionary<Guid, List<Collegue>>> ParObjetAsync(GenreCible genre, IReadOnlyCollection<Guid> ids, CancellationToken ct = default)
    {
        var suivis = genre == GenreCible.Dossier
            ? db.Suiveurs.Where(s => s.DossierId != null && ids.Contains(s.DossierId.Value)).Select(s => new { Objet = s.DossierId!.Value, s.UtilisateurId })
            : db.Suiveurs.Where(s => s.CandidatureId != null && ids.Contains(s.CandidatureId.Value)).Select(s => new { Objet = s.CandidatureId!.Value, s.UtilisateurId });
        var lignes = await (from s in suivis join u in db.Users on s.UtilisateurId equals u.Id select new { s.Objet, u.Id, u.NomComplet, u.Email }).ToListAsync(ct);
        return lignes.GroupBy(l => l.Objet).ToDictionary(g => g.Key, g => g.OrderBy(l => l.NomComplet).Select(l => new Collegue(l.Id, l.NomComplet, l.Email!)).ToList());
    }

    /// <summary>Every staff account, by name.</summary>
    public async Task<List<Collegue>> EquipeAsync(CancellationToken ct = default)
    {
        var roleId = await db.Roles.Where(r => r.Name == Roles.Staff).Select(r => r.Id).FirstOrDefaultAsync(ct);
        return await (from ur in db.UserRoles where ur.RoleId == roleId
                      join u in db.Users on ur.UserId equals u.Id
                      orderby u.NomComplet, u.Email
                      select new Collegue(u.Id, u.NomComplet, u.Email!)).ToListAsync(ct);
    }

    public async Task SuivreAsync(Cible c, Guid moi, CancellationToken ct = default)
    {
        if (await De(c).AnyAsync(s => s.UtilisateurId == moi, ct))
            throw new DomainException(c.Genre == GenreCible.Dossier ? "Vous suivez déjà ce dossier." : "Vous suivez déjà cette candidature.");
        Ajouter(c, moi);
        audit.Enregistrer("suivi.suivre", c.ObjetAudit, c.Id.ToString());
    }

    public async Task NePlusSuivreAsync(Cible c, Guid moi, CancellationToken ct = default)
    {
        var s = await De(c).FirstOrDefaultAsync(x => x.UtilisateurId == moi, ct)
            ?? throw new DomainException(c.Genre == GenreCible.Dossier ? "Vous ne suivez pas ce dossier." : "Vous ne suivez pas cette candidature.");
        db.Suiveurs.Remove(s);
        audit.Enregistrer("suivi.ne-plus-suivre", c.ObjetAudit, c.Id.ToString());
    }

    /// <summary>Hands the item over: <paramref name="vers"/>, a staff colleague, follows it; <paramref name="de"/>
    /// stops following it (whether or not they followed it: staff may pass on an item nobody had taken).</summary>
    public async Task TransfererAsync(Cible c, Guid de, Guid? vers, CancellationToken ct = default)
    {
        if (vers is null)
            throw new DomainException("Choisissez la personne de l'équipe à qui le confier.");
        if (vers == de)
            throw new DomainException("Choisissez une autre personne que vous.");
        var collegue = (await EquipeAsync(ct)).FirstOrDefault(x => x.Id == vers)
            ?? throw new DomainException("Cette personne ne fait pas partie de l'équipe du programme.");
        var suiveurs = await De(c).ToListAsync(ct);
        db.Suiveurs.RemoveRange(suiveurs.Where(s => s.UtilisateurId == de));
        if (suiveurs.All(s => s.UtilisateurId != collegue.Id)) Ajouter(c, collegue.Id);
        audit.Enregistrer("suivi.transferer", c.ObjetAudit, c.Id.ToString(), $"à {collegue.Email}");
    }

    private void Ajouter(Cible c, Guid utilisateur) => db.Suiveurs.Add(new Suiveur
    {
        DossierId = c.DossierId, CandidatureId = c.CandidatureId, UtilisateurId = utilisateur, DepuisLe = clock.UtcNow,
    });
}

/// <summary>What the dossier and candidature pages show of staff's work on the item, and the fields of its forms
/// (the follow, label and note forms post to <c>/admin/suivi/…</c>, which re-renders them with their errors).</summary>
public sealed class VueSuivi
{
    public required Cible Cible { get; init; }
    public required string Titre { get; init; }
    public required Guid Moi { get; init; }
    public required IReadOnlyList<Collegue> Suiveurs { get; init; }
    public required IReadOnlyList<Collegue> Collegues { get; init; }
    public required IReadOnlyList<EtiquettesEquipe.Vue> Posees { get; init; }
    public required IReadOnlyList<EtiquettesEquipe.Vue> Disponibles { get; init; }
    public required IReadOnlyList<Annotation> Annotations { get; init; }

    public bool JeSuis => Suiveurs.Any(s => s.Id == Moi);
    public string CeLa => Cible.Genre == GenreCible.Dossier ? "ce dossier" : "cette candidature";

    [System.ComponentModel.DataAnnotations.Display(Name = "Transférer à", Description = "La personne choisie le suivra à votre place.")]
    public Guid? VersId { get; set; }
    [System.ComponentModel.DataAnnotations.Display(Name = "Ajouter une étiquette")]
    public Guid? EtiquetteId { get; set; }
    [System.ComponentModel.DataAnnotations.Display(Name = "Note interne", Description = "Visible de l'équipe du programme seulement : ni le porteur ou la personne candidate, ni les évaluateurs, ni le jury ne la voient.")]
    [System.ComponentModel.DataAnnotations.StringLength(Annotation.LongueurTexte)]
    public string? Texte { get; set; }
}

public sealed class VuesSuivi(EigDbContext db, SuiviEquipe suivis, EtiquettesEquipe etiquettes, AnnotationsEquipe annotations)
{
    /// <summary>The view of a filed item, or null when there is none (unknown, or a draft).</summary>
    public async Task<VueSuivi?> ChargerAsync(Cible c, Guid moi, CancellationToken ct = default)
    {
        var titre = c.Genre == GenreCible.Dossier
            ? (await db.DossiersProjets.Where(d => d.Id == c.Id && d.Etat != EtatDossier.Brouillon).Select(d => new { d.Numero, d.Titre }).FirstOrDefaultAsync(ct)) is { } d
                ? $"AAP-{d.Numero:0000} — {d.Titre}" : null
            : await db.Candidatures.Where(k => k.Id == c.Id && k.Etat != EtatCandidature.Brouillon).Select(k => "Candidature de " + k.Prenom + " " + k.Nom).FirstOrDefaultAsync(ct);
        if (titre is null) return null;
        var posees = await etiquettes.PoseesAsync(c, ct);
        return new VueSuivi
        {
            Cible = c, Titre = titre, Moi = moi,
            Suiveurs = await suivis.SuiveursAsync(c, ct),
            Collegues = (await suivis.EquipeAsync(ct)).Where(x => x.Id != moi).ToList(),
            Posees = posees,
            Disponibles = (await etiquettes.ToutesAsync(ct)).Where(e => posees.All(p => p.Id != e.Id)).ToList(),
            Annotations = await annotations.ListeAsync(c, ct),
        };
    }
}
