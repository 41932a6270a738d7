using Eig.Web.Evenements;
using Eig.Web.Infrastructure.Audit;
using Eig.Web.Infrastructure.Calendrier;
using Eig.Web.Infrastructure.Database;
using Eig.Web.Infrastructure.Mail;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Promotions;

/// <summary>
/// A promotion's support programme: collective seminars, team coaching and peer-learning sessions, as events of
/// <see cref="Evenements"/> tied to the promotion. Its EIG (the teams of its défis) and its sponsors (the
/// administration's side of each défi, as <see cref="AccesDefi"/> knows it) are invited by mail with an .ics,
/// register and unregister from their défi space; staff mark attendance once the session has started.
/// Saves nothing itself.
/// </summary>
public sealed class ProgrammeAccompagnement(EigDbContext db, IOutbox outbox, MailTemplates mails, IAuditLog audit)
{
    public const string Chemin = "/espace-defi/programme";

    public static readonly TypeEvenement[] Types = [TypeEvenement.Seminaire, TypeEvenement.Coaching, TypeEvenement.Codeveloppement];

    public sealed record Invite(Guid UtilisateurId, string Nom, string Email, bool Eig);

    /// <summary>The promotions whose sessions a person may attend: those of the défis they work on.</summary>
    public static IQueryable<Guid> PromotionsDe(EigDbContext db, Guid utilisateurId) =>
        AccesDefi.DefisDe(db, utilisateurId).Select(d => d.PromotionId).Distinct();

    /// <summary>The promotion's EIG and sponsors with an account, each once.</summary>
    public async Task<IReadOnlyList<Invite>> InvitesAsync(Guid promotionId, CancellationToken ct = default)
    {
        var defis = db.Defis.Where(d => d.PromotionId == promotionId);
        var eig = await db.MembresEquipes.Where(m => m.UtilisateurId != null && defis.Any(d => d.Id == m.DefiId))
            .Select(m => m.UtilisateurId!.Value).ToListAsync(ct);
        var porteurs = await db.DossiersProjets.Where(x => defis.Any(d => d.DossierId == x.Id)).Select(x => x.PorteurId).ToListAsync(ct);
        var referents = await db.PostesOuverts.Where(p => defis.Any(d => d.Id == p.DefiId)).Select(p => p.ReferentId).ToListAsync(ct);
        var ids = eig.Concat(porteurs).Concat(referents).Distinct().ToList();
        var comptes = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id) && u.Email != null)
            .Select(u => new { u.Id, u.NomComplet, u.Email }).ToListAsync(ct);
        return comptes.Select(u => new Invite(u.Id, u.NomComplet, u.Email!, eig.Contains(u.Id)))
            .OrderBy(i => i.Nom, StringComparer.Create(Fr.Culture, true)).ToList();
    }

    /// <summary>Creates a session of the promotion and invites its EIG and sponsors. Returns the number invited.</summary>
    public async Task<(Evenement Session, int Invites)> CreerAsync(Promotion promotion, TypeEvenement type, string titre, string description,
        DateTime debut, int duree, string lieu, int capacite, DateTime maintenant, CancellationToken ct = default)
    {
        if (!Types.Contains(type)) throw new DomainException("Choisissez le type de séance.");
        if (debut <= maintenant) throw new DomainException("La séance doit avoir lieu dans le futur.");
        var e = new Evenement
        {
            Type = type, PromotionId = promotion.Id, Titre = titre, Description = description, Debut = debut, DureeMinutes = duree,
            Lien = lieu, Capacite = capacite, Publie = true,
        };
        db.Evenements.Add(e);
        var invites = await InvitesAsync(promotion.Id, ct);
        var ics = Ics.Evenement(Uid(e), e.Debut, e.Fin, e.Titre, $"{Evenement.Libelle(type)} — {promotion.Titre}\n\n{e.Description}", e.Lien, maintenant);
        foreach (var i in invites)
            outbox.Ajouter(i.Email, mails.Rendre(ModelesPromotions.InvitationSeance, new Dictionary<string, string?>
                {
                    ["nom"] = i.Nom, ["promotion"] = promotion.Titre, ["seance"] = e.Titre, ["type"] = Evenement.Libelle(type).ToLower(Fr.Culture),
                    ["date"] = Fr.Date(e.Debut), ["creneau"] = Fr.Creneau(e.Debut, e.DureeMinutes), ["lieu"] = e.Lien, ["lien"] = mails.Lien(Chemin),
                }, objetType: "Evenement", objetId: e.Id),
                new OutboxAttachment { NomFichier = "invitation.ics", TypeMime = "text/calendar", Contenu = ics });
        audit.Enregistrer("promotion.seance.creer", "Evenement", e.Id.ToString(), $"{promotion.Titre} — {e.Titre} — {Fr.Nombre(invites.Count, "invitation", "invitations")}");
        return (e, invites.Count);
    }

    public static string Uid(Evenement e) => $"evenement-{e.Id}@eig.numerique.gouv.fr";

    /// <summary>The session if the person may attend it (a session of one of their promotions), else null. Not
    /// tracked: its seats change through <see cref="Places"/> only.</summary>
    public Task<Evenement?> SeancePourAsync(Guid evenementId, Guid utilisateurId, CancellationToken ct = default) =>
        db.Evenements.AsNoTracking().FirstOrDefaultAsync(e => e.Id == evenementId && e.PromotionId != null
                                               && PromotionsDe(db, utilisateurId).Contains(e.PromotionId.Value), ct);

    /// <summary>Registers the person: the event's rules (not started, not full) and one seat taken in the database.
    /// Call inside a transaction. Registering twice does nothing.</summary>
    public async Task InscrireAsync(Evenement e, Guid utilisateurId, DateTime maintenant, CancellationToken ct = default)
    {
        if (await db.InscriptionsEvenements.AnyAsync(i => i.EvenementId == e.Id && i.UtilisateurId == utilisateurId, ct)) return;
        e.Inscrire(maintenant);
        if (!await Places.PrendreAsync(db, e.Id, ct)) throw new DomainException("Cette séance est complète.");
        var u = await db.Users.AsNoTracking().Where(x => x.Id == utilisateurId).Select(x => new { x.NomComplet, x.Email }).FirstAsync(ct);
        db.InscriptionsEvenements.Add(new InscriptionEvenement
        {
            EvenementId = e.Id, UtilisateurId = utilisateurId, Nom = u.NomComplet, Email = (u.Email ?? "").ToLowerInvariant(), InscritLe = maintenant,
        });
        audit.Enregistrer("promotion.seance.inscription", "Evenement", e.Id.ToString(), e.Titre);
    }

    /// <summary>Gives the seat back, until the session starts. Call inside a transaction.</summary>
    public async Task DesinscrireAsync(Evenement e, Guid utilisateurId, DateTime maintenant, CancellationToken ct = default)
    {
        if (maintenant >= e.Debut) throw new DomainException("La séance a commencé : il n'est plus possible de s'en désinscrire.");
        var inscription = await db.InscriptionsEvenements.FirstOrDefaultAsync(i => i.EvenementId == e.Id && i.UtilisateurId == utilisateurId, ct);
        if (inscription is null) return;
        db.InscriptionsEvenements.Remove(inscription);
        await Places.RendreAsync(db, e.Id, ct);
        audit.Enregistrer("promotion.seance.desinscription", "Evenement", e.Id.ToString(), e.Titre);
    }

    /// <summary>Staff mark who came, once the session has started: every registration gets present or absent.</summary>
    public async Task MarquerPresencesAsync(Evenement e, IReadOnlySet<Guid> presents, DateTime maintenant, CancellationToken ct = default)
    {
        if (maintenant < e.Debut) throw new DomainException("Les présences se notent une fois la séance commencée.");
        var inscriptions = await db.InscriptionsEvenements.Where(i => i.EvenementId == e.Id).ToListAsync(ct);
        foreach (var i in inscriptions) i.Present = presents.Contains(i.Id);
        audit.Enregistrer("promotion.seance.presences", "Evenement", e.Id.ToString(), $"{Fr.Nombre(presents.Count(p => inscriptions.Any(i => i.Id == p)), "présent", "présents")} sur {Fr.Entier(inscriptions.Count)}");
    }
}
