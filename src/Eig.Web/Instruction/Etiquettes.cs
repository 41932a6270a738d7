using Eig.Web.Infrastructure.Audit;
using Eig.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Instruction;

/// <summary>A label staff define (name and colour) and put on dossiers and candidatures to sort their work.</summary>
public class Etiquette
{
    public const int LongueurNom = 40;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public string Nom { get; private set; } = "";
    /// <summary>One of <see cref="CouleursEtiquette.Toutes"/>: a DSFR illustrative colour (<c>fr-tag--{couleur}</c>).</summary>
    public string Couleur { get; private set; } = CouleursEtiquette.ParDefaut;
    public DateTime CreeLe { get; set; }

    public static Etiquette Creer(string? nom, string? couleur, DateTime maintenant)
    {
        var e = new Etiquette { CreeLe = maintenant };
        e.Modifier(nom, couleur);
        return e;
    }

    public void Modifier(string? nom, string? couleur)
    {
        nom = nom?.Trim() ?? "";
        if (nom.Length == 0) throw new DomainException("Donnez un nom à l'étiquette.");
        if (nom.Length > LongueurNom) throw new DomainException($"Le nom ne doit pas dépasser {LongueurNom} caractères.");
        if (!CouleursEtiquette.Existe(couleur)) throw new DomainException("Choisissez une couleur dans la liste.");
        Nom = nom;
        Couleur = couleur!;
    }
}

/// <summary>A label put on one dossier or one candidature.</summary>
public class EtiquettePosee : IRattache
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid EtiquetteId { get; set; }
    public Guid? DossierId { get; set; }
    public Guid? CandidatureId { get; set; }
    public Guid ParId { get; set; }
    public DateTime Le { get; set; }
}

/// <summary>The DSFR's illustrative colours, as its tags and badges take them (<c>fr-tag--green-menthe</c>).</summary>
public static class CouleursEtiquette
{
    public const string ParDefaut = "blue-ecume";

    public static IReadOnlyList<(string Cle, string Libelle)> Toutes { get; } =
    [
        ("green-tilleul-verveine", "Vert tilleul verveine"), ("green-bourgeon", "Vert bourgeon"), ("green-emeraude", "Vert émeraude"),
        ("green-menthe", "Vert menthe"), ("green-archipel", "Vert archipel"), ("blue-ecume", "Bleu écume"), ("blue-cumulus", "Bleu cumulus"),
        ("purple-glycine", "Violet glycine"), ("pink-macaron", "Rose macaron"), ("pink-tuile", "Rose tuile"), ("yellow-tournesol", "Jaune tournesol"),
        ("yellow-moutarde", "Jaune moutarde"), ("orange-terre-battue", "Orange terre battue"), ("brown-cafe-creme", "Brun café crème"),
        ("brown-caramel", "Brun caramel"), ("brown-opera", "Brun opéra"), ("beige-gris-galet", "Beige gris galet"),
    ];

    public static bool Existe(string? cle) => Toutes.Any(c => c.Cle == cle);

    public static string Libelle(string cle) => Toutes.FirstOrDefault(c => c.Cle == cle).Libelle ?? cle;
}

/// <summary>Labels: defined, changed and deleted on their staff page, put on and taken off items. Audited; the caller saves.</summary>
public sealed class EtiquettesEquipe(EigDbContext db, IClock clock, IAuditLog audit)
{
    public sealed record Vue(Guid Id, string Nom, string Couleur);

    public Task<List<Vue>> ToutesAsync(CancellationToken ct = default) =>
        db.Etiquettes.OrderBy(e => e.Nom).Select(e => new Vue(e.Id, e.Nom, e.Couleur)).ToListAsync(ct);

    public IQueryable<EtiquettePosee> De(Cible c) => c.Genre == GenreCible.Dossier
        ? db.EtiquettesPosees.Where(p => p.DossierId == c.Id)
        : db.EtiquettesPosees.Where(p => p.CandidatureId == c.Id);

    public Task<List<Vue>> PoseesAsync(Cible c, CancellationToken ct = default) =>
        (from p in De(c) join e in db.Etiquettes on p.EtiquetteId equals e.Id orderby e.Nom select new Vue(e.Id, e.Nom, e.Couleur)).ToListAsync(ct);

    /// <summary>The labels of several items at once (a page of a list), by item id.</summary>
    public async Task<Dictionary<Guid, List<Vue>>> ParObjetAsync(GenreCible genre, IReadOnlyCollection<Guid> ids, CancellationToken ct = default)
    {
        var posees = genre == GenreCible.Dossier
            ? db.EtiquettesPosees.Where(p => p.DossierId != null && ids.Contains(p.DossierId.Value)).Select(p => new { Objet = p.DossierId!.Value, p.EtiquetteId })
            : db.EtiquettesPosees.Where(p => p.CandidatureId != null && ids.Contains(p.CandidatureId.Value)).Select(p => new { Objet = p.CandidatureId!.Value, p.EtiquetteId });
        var lignes = await (from p in posees join e in db.Etiquettes on p.EtiquetteId equals e.Id select new { p.Objet, e.Id, e.Nom, e.Couleur }).ToListAsync(ct);
        return lignes.GroupBy(l => l.Objet).ToDictionary(g => g.Key, g => g.OrderBy(l => l.Nom).Select(l => new Vue(l.Id, l.Nom, l.Couleur)).ToList());
    }

    public async Task<Etiquette> CreerAsync(string? nom, string? couleur, CancellationToken ct = default)
    {
        var e = Etiquette.Creer(nom, couleur, clock.UtcNow);
        await NomLibreAsync(e.Nom, null, ct);
        db.Etiquettes.Add(e);
        audit.Enregistrer("etiquette.creer", "Etiquette", e.Id.ToString(), $"{e.Nom} ({e.Couleur})");
        return e;
    }

    public async Task ModifierAsync(Etiquette e, string? nom, string? couleur, CancellationToken ct = default)
    {
        e.Modifier(nom, couleur);
        await NomLibreAsync(e.Nom, e.Id, ct);
        audit.Enregistrer("etiquette.modifier", "Etiquette", e.Id.ToString(), $"{e.Nom} ({e.Couleur})");
    }

    /// <summary>Deleting a label takes it off every item (the database cascades).</summary>
    public void Supprimer(Etiquette e)
    {
        db.Etiquettes.Remove(e);
        audit.Enregistrer("etiquette.supprimer", "Etiquette", e.Id.ToString(), e.Nom);
    }

    public async Task PoserAsync(Cible c, Guid? etiquetteId, Guid par, CancellationToken ct = default)
    {
        var e = etiquetteId is { } id ? await db.Etiquettes.FirstOrDefaultAsync(x => x.Id == id, ct) : null;
        if (e is null) throw new DomainException("Choisissez une étiquette.");
        if (await De(c).AnyAsync(p => p.EtiquetteId == e.Id, ct))
            throw new DomainException($"L'étiquette « {e.Nom} » est déjà posée.");
        db.EtiquettesPosees.Add(new EtiquettePosee { EtiquetteId = e.Id, DossierId = c.DossierId, CandidatureId = c.CandidatureId, ParId = par, Le = clock.UtcNow });
        audit.Enregistrer("etiquette.poser", c.ObjetAudit, c.Id.ToString(), e.Nom);
    }

    public async Task RetirerAsync(Cible c, Guid etiquetteId, CancellationToken ct = default)
    {
        var p = await De(c).FirstOrDefaultAsync(x => x.EtiquetteId == etiquetteId, ct)
            ?? throw new DomainException("Cette étiquette n'est pas posée.");
        db.EtiquettesPosees.Remove(p);
        var nom = await db.Etiquettes.Where(x => x.Id == etiquetteId).Select(x => x.Nom).FirstAsync(ct);
        audit.Enregistrer("etiquette.retirer", c.ObjetAudit, c.Id.ToString(), nom);
    }

    private async Task NomLibreAsync(string nom, Guid? sauf, CancellationToken ct)
    {
        var bas = nom.ToLower();
        if (await db.Etiquettes.AnyAsync(x => x.Nom.ToLower() == bas && x.Id != sauf, ct))
            throw new DomainException($"Une étiquette « {nom} » existe déjà.");
    }
}
