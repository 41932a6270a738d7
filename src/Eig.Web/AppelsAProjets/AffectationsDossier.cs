using Eig.Web.Evaluations;
using Eig.Web.Infrastructure.Audit;
using Eig.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.AppelsAProjets;

/// <summary>Assigning evaluators to a dossier, from its page or in bulk from the list: who may be assigned, the
/// conflicts of interest found before it (an assignment despite one takes a reason), the mail to the evaluator.</summary>
public sealed class AffectationsDossier(EigDbContext db, IClock clock, IAuditLog audit, AapMails mails, DossierAcces acces)
{
    public sealed record Evaluateur(Guid Id, string Nom, string Email, string Organisation);

    public Task<List<Evaluateur>> EvaluateursAsync(CancellationToken ct = default)
    {
        var roleId = db.Roles.Where(r => r.Name == Comptes.Roles.Evaluateur).Select(r => r.Id);
        return db.Users.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && roleId.Contains(ur.RoleId)))
            .Select(u => new Evaluateur(u.Id, u.NomComplet, u.Email!, u.Organisation)).ToListAsync(ct);
    }

    /// <summary>The conflicts found between <paramref name="evaluateurs"/> and the dossier, by evaluator: the address
    /// or declared organisation rules (<see cref="ConflitsTrouves"/>), or a conflict they declared on another dossier
    /// of the same administration.</summary>
    public async Task<Dictionary<Guid, string>> ConflitsAsync(DossierProjet d, IReadOnlyCollection<Evaluateur> evaluateurs, CancellationToken ct = default)
    {
        var adresses = await acces.AdressesAsync(d.Id, ct);
        var administration = d.Administration.Trim().ToLower();
        var declares = await (from a in db.Affectations
                              where a.Objet == ObjetsEvalues.DossierProjet && a.Etat == EtatAffectation.Conflit && a.ObjetId != d.Id
                              join x in db.DossiersProjets on a.ObjetId equals x.Id
                              where x.Administration.ToLower() == administration
                              select a.EvaluateurId).Distinct().ToListAsync(ct);
        var conflits = new Dictionary<Guid, string>();
        foreach (var e in evaluateurs)
        {
            if (ConflitsTrouves.Motif(e.Email, e.Organisation, d.Administration, adresses) is { } motif) conflits[e.Id] = motif;
            else if (declares.Contains(e.Id)) conflits[e.Id] = "a déclaré un conflit d'intérêts sur un autre dossier de cette administration";
        }
        return conflits;
    }

    /// <summary>Assigns <paramref name="evaluateurId"/>; refuses (<see cref="DomainException"/>, nothing changed) an
    /// unknown evaluator, one already assigned or who declared a conflict on it, a dossier not in instruction, and a
    /// conflict found without <paramref name="motifMalgreConflit"/>. Audited, the evaluator mailed; the caller saves.</summary>
    public async Task<Affectation> AffecterAsync(DossierProjet d, AppelAProjets appel, Guid? evaluateurId, string? motifMalgreConflit, Guid par,
        CancellationToken ct = default, IReadOnlyList<Evaluateur>? evaluateurs = null)
    {
        evaluateurs ??= await EvaluateursAsync(ct);
        var e = evaluateurs.FirstOrDefault(x => x.Id == evaluateurId) ?? throw new DomainException("Choisissez un évaluateur ou une évaluatrice.");
        if (d.Etat is not (EtatDossier.EnInstruction or EtatDossier.PreSelectionne))
            throw new DomainException("On affecte des évaluateurs à un dossier en instruction ou pré-sélectionné.");
        if (await db.Affectations.AnyAsync(a => a.Objet == ObjetsEvalues.DossierProjet && a.ObjetId == d.Id && a.EvaluateurId == e.Id, ct))
            throw new DomainException($"{Libelle(e)} est déjà affecté·e à ce dossier, ou y a déclaré un conflit d'intérêts.");
        var motif = motifMalgreConflit?.Trim() ?? "";
        if (motif.Length > Affectation.LongueurMotif)
            throw new DomainException($"Le motif ne doit pas dépasser {Affectation.LongueurMotif} caractères.");
        var conflit = (await ConflitsAsync(d, [e], ct)).GetValueOrDefault(e.Id);
        if (conflit is not null && motif.Length == 0)
            throw new DomainException($"Conflit d'intérêts possible ({conflit}) : indiquez pourquoi vous l'affectez malgré tout.");
        var grille = appel.GrilleId ?? (await GrilleDeSelection.DeLAppelAsync(db, appel, ct)).Id;
        var aff = Affectation.Creer(ObjetsEvalues.DossierProjet, d.Id, grille, e.Id, par, clock.UtcNow, appel.DelaiEvaluationJours);
        db.Affectations.Add(aff);
        audit.Enregistrer("dossier.affecter", "DossierProjet", d.Id.ToString(),
            conflit is null ? Libelle(e) : $"{Libelle(e)} malgré un conflit possible ({conflit}) : {motif}");
        mails.Affectation(e.Email, d, aff);
        return aff;
    }

    public static string Libelle(Evaluateur e) => string.IsNullOrWhiteSpace(e.Nom) ? e.Email : $"{e.Nom} ({e.Email})";
}
