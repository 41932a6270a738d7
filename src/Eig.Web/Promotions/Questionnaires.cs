using Eig.Web.Comptes;
using Eig.Web.Infrastructure.Audit;
using Eig.Web.Infrastructure.Database;
using Eig.Web.Infrastructure.Mail;
using Eig.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Promotions;

/// <summary>Who a mailed outcome form asks: an EIG about their own path, or a défi's sponsor about the défi.</summary>
public enum QualiteRepondant { Eig = 0, Sponsor = 1 }

/// <summary>
/// One mailed request for an outcome: a personal link whose token answers for exactly one outcome (an EIG's own, or
/// the défi of a sponsor), valid <see cref="Questionnaires.JoursDeValidite"/> days and once. Only the token's hash
/// is stored, as for invitations.
/// </summary>
public class DemandeResultat
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid PromotionId { get; set; }
    public QualiteRepondant Qualite { get; set; }
    /// <summary>The défi the request is about (a sponsor's) or the défi the EIG was in (for staff's list).</summary>
    public Guid DefiId { get; set; }
    /// <summary>The EIG as the site knows them; null for a sponsor.</summary>
    public Guid? PersonneId { get; set; }
    public Guid UtilisateurId { get; set; }
    public string Nom { get; set; } = "";
    public string Email { get; set; } = "";
    public string TokenHash { get; set; } = "";
    public DateTime EnvoyeeLe { get; set; }
    public DateTime ExpireLe { get; set; }
    public DateTime? RepondueLe { get; set; }
    public Guid EnvoyeeParId { get; set; }

    public bool Repondue => RepondueLe is not null;
    public bool Expiree(DateTime maintenant) => RepondueLe is null && maintenant >= ExpireLe;

    /// <summary>Marks the link as used; refuses a used or expired one.</summary>
    public void Repondre(DateTime maintenant)
    {
        if (Repondue) throw new DomainException("Ce lien a déjà servi : votre réponse est enregistrée.");
        if (Expiree(maintenant)) throw new DomainException("Ce lien a expiré.");
        RepondueLe = maintenant;
    }
}

/// <summary>
/// The outcome forms staff mail at the end of a promotion: to each EIG of its défis (with an account) and to each
/// défi's sponsor (the laureate dossier's porteur, else the referent of its posts). Sending skips those whose outcome
/// is already known and replaces a pending link by a new one. Answers go through <see cref="Resultats"/>, as staff's.
/// </summary>
public sealed class Questionnaires(EigDbContext db, IOutbox outbox, MailTemplates mails, IAuditLog audit)
{
    public const int JoursDeValidite = 30;
    public const string Chemin = "/promotions/questionnaire";

    /// <summary>Someone the form is for, with the state of their answer.</summary>
    public sealed record Repondant(QualiteRepondant Qualite, Guid DefiId, string Defi, Guid? PersonneId, Guid? UtilisateurId,
        string Nom, string? Email, bool IssueConnue, DemandeResultat? Demande);

    public async Task<IReadOnlyList<Repondant>> RepondantsAsync(Guid promotionId, CancellationToken ct = default)
    {
        var defis = await db.Defis.AsNoTracking().Where(d => d.PromotionId == promotionId).OrderBy(d => d.Titre)
            .Select(d => new { d.Id, d.Titre, d.DossierId, d.SponsorNom }).ToListAsync(ct);
        var ids = defis.Select(d => d.Id).ToList();
        var membres = await db.MembresEquipes.AsNoTracking().Where(m => ids.Contains(m.DefiId) && m.PersonneId != null)
            .OrderBy(m => m.NomComplet).Select(m => new { m.DefiId, m.PersonneId, m.UtilisateurId, m.NomComplet }).ToListAsync(ct);
        var dossiers = defis.Select(d => d.DossierId).OfType<Guid>().ToList();
        var porteurs = await db.DossiersProjets.AsNoTracking().Where(x => dossiers.Contains(x.Id)).ToDictionaryAsync(x => x.Id, x => x.PorteurId, ct);
        var referents = (await db.PostesOuverts.AsNoTracking().Where(p => ids.Contains(p.DefiId)).OrderBy(p => p.Id)
                .Select(p => new { p.DefiId, p.ReferentId }).ToListAsync(ct))
            .GroupBy(p => p.DefiId).ToDictionary(g => g.Key, g => g.First().ReferentId);
        Guid? SponsorDe(Guid defiId, Guid? dossierId) =>
            dossierId is { } d && porteurs.TryGetValue(d, out var p) ? p : referents.TryGetValue(defiId, out var r) ? r : null;
        var comptes = membres.Select(m => m.UtilisateurId).OfType<Guid>()
            .Concat(defis.Select(d => SponsorDe(d.Id, d.DossierId)).OfType<Guid>()).Distinct().ToList();
        var utilisateurs = await db.Users.AsNoTracking().Where(u => comptes.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => new { u.Email, u.NomComplet }, ct);
        var personnes = membres.Select(m => m.PersonneId!.Value).ToList();
        var eigConnus = (await db.ResultatsEig.AsNoTracking().Where(r => personnes.Contains(r.PersonneId)).Select(r => r.PersonneId).ToListAsync(ct)).ToHashSet();
        var defisConnus = (await db.ResultatsDefis.AsNoTracking().Where(r => ids.Contains(r.DefiId)).Select(r => r.DefiId).ToListAsync(ct)).ToHashSet();
        // The latest request of each person for each outcome.
        var demandes = (await db.DemandesResultats.AsNoTracking().Where(x => x.PromotionId == promotionId).ToListAsync(ct))
            .GroupBy(x => (x.Qualite, x.PersonneId, x.DefiId)).ToDictionary(g => g.Key, g => g.MaxBy(x => x.EnvoyeeLe));

        var liste = new List<Repondant>();
        foreach (var d in defis)
        {
            var sponsor = SponsorDe(d.Id, d.DossierId);
            var u = sponsor is { } s ? utilisateurs.GetValueOrDefault(s) : null;
            var nom = d.SponsorNom.Length > 0 ? d.SponsorNom : u?.NomComplet ?? "Sponsor non désigné";
            liste.Add(new Repondant(QualiteRepondant.Sponsor, d.Id, d.Titre, null, sponsor, nom, u?.Email, defisConnus.Contains(d.Id),
                demandes.GetValueOrDefault((QualiteRepondant.Sponsor, (Guid?)null, d.Id))));
        }
        // An EIG in two défis of the promotion has one career: asked once, about the first défi.
        foreach (var m in membres.GroupBy(m => m.PersonneId).Select(g => g.First()))
        {
            var u = m.UtilisateurId is { } id ? utilisateurs.GetValueOrDefault(id) : null;
            var defi = defis.First(d => d.Id == m.DefiId);
            var demande = demandes.Where(x => x.Key.Qualite == QualiteRepondant.Eig && x.Key.PersonneId == m.PersonneId)
                .Select(x => x.Value).MaxBy(x => x?.EnvoyeeLe);
            liste.Add(new Repondant(QualiteRepondant.Eig, m.DefiId, defi.Titre, m.PersonneId, m.UtilisateurId, m.NomComplet, u?.Email,
                eigConnus.Contains(m.PersonneId!.Value), demande));
        }
        return liste;
    }

    /// <summary>Mails a personal link to everyone of the promotion whose outcome is not known yet and who has an
    /// address; a pending link is replaced by the new one. Returns how many mails left. Saves nothing itself.</summary>
    public async Task<int> EnvoyerAsync(Promotion promotion, Guid parId, DateTime maintenant, CancellationToken ct = default)
    {
        var envoyes = 0;
        foreach (var r in await RepondantsAsync(promotion.Id, ct))
        {
            if (r.IssueConnue || r.UtilisateurId is not { } utilisateurId || string.IsNullOrEmpty(r.Email)) continue;
            var anciennes = await db.DemandesResultats.Where(x => x.PromotionId == promotion.Id && x.Qualite == r.Qualite && x.RepondueLe == null
                && (r.Qualite == QualiteRepondant.Eig ? x.PersonneId == r.PersonneId : x.DefiId == r.DefiId)).ToListAsync(ct);
            db.DemandesResultats.RemoveRange(anciennes);
            var jeton = Passwords.Generate(32);
            var demande = new DemandeResultat
            {
                PromotionId = promotion.Id, Qualite = r.Qualite, DefiId = r.DefiId, PersonneId = r.PersonneId, UtilisateurId = utilisateurId,
                Nom = r.Nom, Email = r.Email, TokenHash = InvitationTokens.Hash(jeton), EnvoyeeLe = maintenant,
                ExpireLe = maintenant.AddDays(JoursDeValidite), EnvoyeeParId = parId,
            };
            db.DemandesResultats.Add(demande);
            outbox.Ajouter(r.Email, Mail(promotion, r, mails.Lien($"{Chemin}?jeton={jeton}"), demande.ExpireLe));
            audit.Enregistrer("resultat.questionnaire-envoye", "DemandeResultat", demande.Id.ToString(), $"{r.Qualite} — {r.Defi}");
            envoyes++;
        }
        return envoyes;
    }

    private MailContent Mail(Promotion promotion, Repondant r, string url, DateTime expireLe) =>
        mails.Rendre(r.Qualite == QualiteRepondant.Eig ? ModelesPromotions.QuestionnaireEig : ModelesPromotions.QuestionnaireSponsor,
            new Dictionary<string, string?>
            {
                ["nom"] = r.Nom, ["promotion"] = promotion.Titre, ["defi"] = r.Defi, ["expiration"] = Fr.Date(expireLe), ["lien"] = url,
            }, objetType: "Promotion", objetId: promotion.Id);

    /// <summary>The request a token opens, used or not, expired or not; null for an unknown token.</summary>
    public Task<DemandeResultat?> TrouverAsync(string? jeton, CancellationToken ct = default) =>
        string.IsNullOrWhiteSpace(jeton) || jeton.Length > 100
            ? Task.FromResult<DemandeResultat?>(null)
            : db.DemandesResultats.FirstOrDefaultAsync(x => x.TokenHash == InvitationTokens.Hash(jeton.Trim()), ct);

    /// <summary>Records the EIG's own answer: the outcome written is the request's person's, whatever the form says.</summary>
    public async Task RepondreEigAsync(DemandeResultat demande, IssueEig issue, string? ou, DateOnly? date, DateTime maintenant, CancellationToken ct = default)
    {
        if (demande.Qualite != QualiteRepondant.Eig || demande.PersonneId is not { } personneId) throw new DomainException("Ce lien ne concerne pas un parcours d'EIG.");
        var resultat = Resultats.PourEig(personneId, issue, ou, date, SourceResultat.Personne, demande.UtilisateurId, maintenant);
        demande.Repondre(maintenant);
        var ancien = await db.ResultatsEig.FirstOrDefaultAsync(x => x.PersonneId == personneId, ct);
        if (ancien is not null) db.ResultatsEig.Remove(ancien);
        db.ResultatsEig.Add(resultat);
        audit.Enregistrer("eig.resultat", "Personne", personneId.ToString(), $"{issue} (réponse au questionnaire)", demande.UtilisateurId, demande.Email);
    }

    /// <summary>Records the sponsor's answer about the request's défi, and that one only.</summary>
    public async Task RepondreSponsorAsync(DemandeResultat demande, IssueDefi issue, DateOnly date, string? lien, string? commentaire, DateTime maintenant, CancellationToken ct = default)
    {
        if (demande.Qualite != QualiteRepondant.Sponsor) throw new DomainException("Ce lien ne concerne pas l'issue d'un défi.");
        var resultat = Resultats.PourDefi(demande.DefiId, issue, date, lien, commentaire, SourceResultat.Personne, demande.UtilisateurId, maintenant);
        demande.Repondre(maintenant);
        db.ResultatsDefis.RemoveRange(await db.ResultatsDefis.Where(x => x.DefiId == demande.DefiId).ToListAsync(ct));
        db.ResultatsDefis.Add(resultat);
        audit.Enregistrer("defi.resultat", "Defi", demande.DefiId.ToString(), $"{issue} (réponse au questionnaire)", demande.UtilisateurId, demande.Email);
    }
}
