using Eig.Web.AppelsAProjets;
using Eig.Web.Candidatures;
using Eig.Web.Contenus;
using Eig.Web.Contenus.Site;
using Eig.Web.Infrastructure.Audit;
using Eig.Web.Infrastructure.Database;
using Eig.Web.Infrastructure.Mail;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Courriers;

/// <summary>Who a composed mail goes to: the people of dossiers or of candidatures (in a state, with a label), a
/// promotion's EIG, or the newsletter's confirmed subscribers.</summary>
public enum GenreSegment { Dossiers, Candidatures, Eig, Abonnes }

/// <summary>A group of recipients. <see cref="Ids"/>: the dossiers or candidatures chosen in a list (bulk "write a
/// message"), which then replace every other criterion.</summary>
public sealed record Segment(GenreSegment Genre, EtatDossier? EtatDossier = null, EtatCandidature? EtatCandidature = null,
    Guid? EtiquetteId = null, Guid? AppelId = null, Guid? PromotionId = null, IReadOnlyCollection<Guid>? Ids = null);

/// <summary>A record of the group that gets no mail, and why (no address, erased, unknown), shown to staff before they send.</summary>
public sealed record RefusCourriel(Guid Id, string Libelle, string Raison);

/// <summary>One mail of a composed send: its address, the record it is about (its mail history lists it), the values
/// of its placeholders, and for a subscriber the subscription its unsubscribe link ends.</summary>
public sealed record Destinataire(string Email, string Libelle, string? ObjetType, Guid? ObjetId, IReadOnlyDictionary<string, string?> Valeurs,
    Guid? AbonneId = null);

/// <summary>The composer: one text written by staff, with the templates' placeholders, sent through the outbox as
/// one message per recipient, each tied to its record; the newsletter's carry the one-click unsubscribe headers
/// (RFC 2369 and 8058).</summary>
public sealed class Publipostage(EigDbContext db, MailTemplates mails, IOutbox outbox, IAuditLog audit, IDataProtectionProvider dp,
    IConfiguration config, IClock clock)
{
    public const int SujetMax = VersionModeleCourriel.SujetMax, CorpsMax = VersionModeleCourriel.CorpsMax;

    public static string Libelle(GenreSegment g) => g switch
    {
        GenreSegment.Dossiers => "Les porteurs des dossiers",
        GenreSegment.Candidatures => "Les candidats et candidates",
        GenreSegment.Eig => "Les EIG d'une promotion",
        _ => "Les abonnés confirmés de la lettre d'information",
    };

    public static IReadOnlyList<VariableCourriel> Variables(GenreSegment g) => g switch
    {
        GenreSegment.Dossiers => ModeleCourriel.VariablesCommunes(ObjetModele.Dossier),
        GenreSegment.Candidatures => ModeleCourriel.VariablesCommunes(ObjetModele.Candidature),
        GenreSegment.Eig => [new("nom", "le nom de l'EIG", "Camille Martin"), new("defi", "le titre de son défi", "Mieux orienter les demandeurs d'emploi"),
            new("lien", "l'adresse de son espace défi", "https://eig.numerique.gouv.fr/espace-defi")],
        _ => [new("lien", "l'adresse du site", "https://eig.numerique.gouv.fr/")],
    };

    public async Task<List<Destinataire>> DestinatairesAsync(Segment s, CancellationToken ct = default) => (await TrierAsync(s, ct)).Destinataires;

    /// <summary>The recipients of the group, and the records of the group that none of them stands for: a dossier whose
    /// people have no address, an erased candidature, a chosen id that is unknown or still a draft.</summary>
    public async Task<(List<Destinataire> Destinataires, List<RefusCourriel> Refus)> TrierAsync(Segment s, CancellationToken ct = default)
    {
        var refus = new List<RefusCourriel>();
        switch (s.Genre)
        {
            case GenreSegment.Dossiers:
            {
                var q = db.DossiersProjets.AsNoTracking().Where(d => d.Etat != EtatDossier.Brouillon);
                if (s.EtatDossier is { } e) q = q.Where(d => d.Etat == e);
                if (s.AppelId is { } a) q = q.Where(d => d.AppelId == a);
                if (s.EtiquetteId is { } t) q = q.Where(d => db.EtiquettesPosees.Any(p => p.DossierId == d.Id && p.EtiquetteId == t));
                if (s.Ids is { } choisis) q = q.Where(d => choisis.Contains(d.Id));
                var dossiers = await q.OrderBy(d => d.Numero).ToListAsync(ct);
                Inconnus(s.Ids, dossiers.Select(d => d.Id), "Dossier inconnu", "Ce dossier n'existe pas ou n'est pas déposé.", refus);
                var ids = dossiers.Select(d => d.Id).ToList();
                var porteurs = await (from d in db.DossiersProjets where ids.Contains(d.Id)
                                      join u in db.Users on d.PorteurId equals u.Id select new { DossierId = d.Id, u.Email })
                    .Concat(from c in db.CoEditeurs where ids.Contains(c.DossierId)
                            join u in db.Users on c.UtilisateurId equals u.Id select new { c.DossierId, u.Email })
                    .ToListAsync(ct);
                var parDossier = porteurs.Where(p => !string.IsNullOrWhiteSpace(p.Email)).ToLookup(p => p.DossierId, p => p.Email!);
                refus.AddRange(dossiers.Where(d => !parDossier.Contains(d.Id))
                    .Select(d => new RefusCourriel(d.Id, d.Reference, "Ni le porteur ni les co-éditeurs n'ont d'adresse électronique : leur compte a été supprimé.")));
                return (dossiers.SelectMany(d => parDossier[d.Id].Distinct(StringComparer.OrdinalIgnoreCase)
                        .Select(email => new Destinataire(email, $"{d.Reference} — {d.Titre}", nameof(DossierProjet), d.Id,
                            ModelesAap.Valeurs(d, mails.Lien($"/espace-porteur/dossiers/{d.Id}")))))
                    .ToList(), refus);
            }
            case GenreSegment.Candidatures:
            {
                var q = db.Candidatures.AsNoTracking().Where(c => c.Etat != EtatCandidature.Brouillon);
                if (s.EtatCandidature is { } e) q = q.Where(c => c.Etat == e);
                if (s.AppelId is { } a) q = q.Where(c => c.AppelId == a);
                if (s.EtiquetteId is { } t) q = q.Where(c => db.EtiquettesPosees.Any(p => p.CandidatureId == c.Id && p.EtiquetteId == t));
                if (s.Ids is { } choisies) q = q.Where(c => choisies.Contains(c.Id));
                var liste = await q.OrderBy(c => c.Nom).ThenBy(c => c.Prenom).ThenBy(c => c.Id).ToListAsync(ct);
                Inconnus(s.Ids, liste.Select(c => c.Id), "Candidature inconnue", "Cette candidature n'existe pas ou n'est pas déposée.", refus);
                // An erased candidature (retention period, or the person's request) keeps no address.
                refus.AddRange(liste.Where(c => c.Email.Length == 0)
                    .Select(c => new RefusCourriel(c.Id, $"{c.Prenom} {c.Nom}", "Pas d'adresse électronique : la candidature a été effacée ou le compte supprimé.")));
                return (liste.Where(c => c.Email.Length > 0).Select(c => new Destinataire(c.Email, $"{c.Prenom} {c.Nom}", nameof(Candidature), c.Id,
                    ModelesCandidatures.Valeurs(c, mails.Lien("/espace-candidat")))).ToList(), refus);
            }
            case GenreSegment.Eig:
            {
                var membres = await (from m in db.MembresEquipes
                                     join d in db.Defis on m.DefiId equals d.Id
                                     join u in db.Users on m.UtilisateurId equals u.Id
                                     where d.PromotionId == s.PromotionId && u.Email != null
                                     orderby m.NomComplet
                                     select new { m.NomComplet, m.CandidatureId, u.Email, Defi = d.Titre }).ToListAsync(ct);
                // An EIG on two défis of the promotion is written to once.
                return (membres.OrderBy(m => m.CandidatureId is null).DistinctBy(m => m.Email!.ToLowerInvariant()).Select(m => new Destinataire(m.Email!, m.NomComplet,
                    m.CandidatureId is null ? null : nameof(Candidature), m.CandidatureId,
                    new Dictionary<string, string?> { ["nom"] = m.NomComplet, ["defi"] = m.Defi, ["lien"] = mails.Lien("/espace-defi") })).ToList(), refus);
            }
            default:
            {
                var abonnes = await db.AbonnesNewsletter.AsNoTracking().Where(a => a.Statut == StatutAbonnement.Confirme)
                    .OrderBy(a => a.Email).Select(a => new { a.Id, a.Email }).ToListAsync(ct);
                return (abonnes.Select(a => new Destinataire(a.Email, a.Email, nameof(AbonneNewsletter), a.Id,
                    new Dictionary<string, string?> { ["lien"] = mails.Lien("/") }, a.Id)).ToList(), refus);
            }
        }
    }

    private static void Inconnus(IReadOnlyCollection<Guid>? choisis, IEnumerable<Guid> trouves, string libelle, string raison, List<RefusCourriel> refus)
    {
        if (choisis is null) return;
        var connus = trouves.ToHashSet();
        refus.AddRange(choisis.Where(id => !connus.Contains(id)).Distinct().Select(id => new RefusCourriel(id, libelle, raison)));
    }

    /// <summary>The mail <paramref name="d"/> receives. A subscriber's carries its own unsubscribe link, in the footer and
    /// in the headers mail clients show as a button: <c>List-Unsubscribe</c> (the https link, which a POST of
    /// <c>List-Unsubscribe=One-Click</c> honours without a session, and a mailto to the team) and
    /// <c>List-Unsubscribe-Post</c>.</summary>
    public MailContent Rendre(string sujet, string corps, Destinataire d)
    {
        var texte = new TexteCourriel(sujet, sujet, corps);
        if (d.AbonneId is not { } abonne)
            return mails.Rendre(texte, d.Valeurs) with { ObjetType = d.ObjetType, ObjetId = d.ObjetId };
        var lien = mails.Lien(NewsletterService.LienDesinscriptionSigne(dp, abonne));
        var equipe = config["Site:EmailEquipe"] ?? "eig@numerique.gouv.fr";
        return mails.Rendre(texte, d.Valeurs, ("Se désinscrire", lien)) with
        {
            ObjetType = d.ObjetType, ObjetId = d.ObjetId,
            EnTetes =
            [
                ("List-Unsubscribe", $"<{lien}>, <mailto:{equipe}?subject={Uri.EscapeDataString($"Désinscription {d.Email}")}>"),
                ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
            ],
        };
    }

    /// <summary>Queues one message per recipient and the audit line, in one transaction. Returns how many were queued.</summary>
    public async Task<int> EnvoyerAsync(Segment s, string sujet, string corps, string description, CancellationToken ct = default)
    {
        var (destinataires, refus) = await TrierAsync(s, ct);
        if (destinataires.Count == 0) throw new DomainException("Aucun destinataire ne correspond à ce choix.");
        foreach (var d in destinataires) outbox.Ajouter(d.Email, Rendre(sujet, corps, d));
        audit.Enregistrer(s.Genre == GenreSegment.Abonnes ? "courriels.lettre" : "courriels.publipostage", "Courriel", null,
            $"« {sujet} » à {Fr.Nombre(destinataires.Count, "destinataire", "destinataires")} ({description}), le {Fr.DateEtHeure(clock.UtcNow)}"
            + (refus.Count == 0 ? "" : $" ; {Fr.Nombre(refus.Count, "élément sans destinataire", "éléments sans destinataire")} : "
                + string.Join(", ", refus.Take(20).Select(r => $"{r.Libelle} ({r.Raison})")) + (refus.Count > 20 ? "…" : "")));
        await db.SaveChangesAsync(ct);
        return destinataires.Count;
    }
}
