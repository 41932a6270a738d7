using Eig.Web.AppelsAProjets;
using Eig.Web.Candidatures;
using Eig.Web.Infrastructure;
using Eig.Web.Infrastructure.Audit;
using Eig.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Comptes;

/// <summary>The rights of access, portability and erasure, the same for every role: what the platform holds on one
/// account (<see cref="ExporterAsync"/>) and the deletion of that account (<see cref="SupprimerAsync"/>), which keeps
/// what belongs to the administration or records a decision of the programme, without the person in it.</summary>
public sealed class DonneesPersonnelles(EigDbContext db, UserManager<Utilisateur> users, IAuditLog audit, IClock clock,
    ReservationsEntretiens entretiens, ReservationsSoutenances soutenances, Evenements.RendezVousEquipe rendezVousEquipe,
    Infrastructure.Mail.IOutbox outbox, Infrastructure.Mail.MailTemplates mails)
{
    /// <summary>Accounts that stand in for deleted people on what is kept: reviews, jury seats and dossiers point to
    /// them, so nothing kept leads back to the person, and the lists name them as the programme expects. No password,
    /// no role, locked out for ever: nobody signs in with them.</summary>
    public static readonly (Guid Id, string Nom, string Email) EvaluateurSupprime =
        (new("0193a000-0000-7000-8000-00000000de01"), "Évaluateur supprimé", "evaluateur-supprime@eig.invalid");
    public static readonly (Guid Id, string Nom, string Email) MembreJurySupprime =
        (new("0193a000-0000-7000-8000-00000000de02"), "Membre du jury supprimé", "membre-jury-supprime@eig.invalid");
    public static readonly (Guid Id, string Nom, string Email) PorteurSupprime =
        (new("0193a000-0000-7000-8000-00000000de03"), "Porteur de projet supprimé", "porteur-supprime@eig.invalid");

    public static bool EstUnCompteDeRemplacement(Guid id) =>
        id == EvaluateurSupprime.Id || id == MembreJurySupprime.Id || id == PorteurSupprime.Id;

    /// <summary>A porteur still writing the dossier is the only one who can finish it: the account cannot go alone.</summary>
    private static bool EnCoursChezLePorteur(EtatDossier e) => e is EtatDossier.Brouillon or EtatDossier.CorrectionsDemandees;

    /// <summary>Everything held on the account, by role, as one object serialised to the JSON the person downloads.
    /// Dossier attachments are named, not included: they are the administration's documents.</summary>
    public async Task<object> ExporterAsync(Guid moi, CancellationToken ct = default)
    {
        var user = await db.Users.AsNoTracking().FirstAsync(u => u.Id == moi, ct);
        var email = (user.Email ?? "").ToLowerInvariant();
        var roles = await users.GetRolesAsync(user);
        var proConnect = await db.UserLogins.Where(l => l.UserId == moi).Select(l => l.LoginProvider).ToListAsync(ct);

        return new
        {
            exporteLe = clock.UtcNow,
            compte = new
            {
                user.NomComplet, user.Email, user.Organisation, user.CreeLe, user.EmailConfirmed,
                DoubleAuthentification = user.TwoFactorEnabled, MotDePasse = user.PasswordHash is not null,
                Roles = roles.Select(Roles.Libelle), ConnexionsFederees = proConnect,
            },
            candidatures = await CandidaturesAsync(moi, ct),
            dossiers = await DossiersAsync(moi, ct),
            evaluations = await EvaluationsAsync(moi, ct),
            jury = await db.MembresJury.Where(m => m.UtilisateurId == moi)
                .Join(db.SessionsJury, m => m.SessionId, s => s.Id, (m, s) => new { s.Titre, s.Date, etat = s.Etat.ToString(), s.PublieeLe })
                .ToListAsync(ct),
            newsletter = await db.AbonnesNewsletter.Where(a => a.Email.ToLower() == email)
                .Select(a => new { a.Email, statut = a.Statut.ToString(), a.InscritLe, a.ConfirmeLe, a.Origine }).ToListAsync(ct),
            evenements = await db.InscriptionsEvenements.Where(i => i.UtilisateurId == moi || i.Email.ToLower() == email)
                .Join(db.Evenements, i => i.EvenementId, e => e.Id, (i, e) => new { evenement = e.Titre, e.Debut, i.Nom, i.Email, i.InscritLe, i.Present })
                .ToListAsync(ct),
            rendezVous = await db.ReservationsCreneaux.Where(r => r.Email.ToLower() == email)
                .Select(r => new { r.Nom, r.Email, r.Objet, r.ReserveLe }).ToListAsync(ct),
            messagesContact = await db.MessagesContact.Where(m => m.Email.ToLower() == email)
                .Select(m => new { m.Nom, m.Email, m.Objet, m.Message, m.RecuLe }).ToListAsync(ct),
        };
    }

    private async Task<object> CandidaturesAsync(Guid moi, CancellationToken ct)
    {
        var candidatures = await db.Candidatures.Include(c => c.Historique).Where(c => c.CandidatId == moi).AsSplitQuery().AsNoTracking().ToListAsync(ct);
        var ids = candidatures.Select(c => c.Id).ToList();
        var cvs = await db.CvCandidatures.Where(x => ids.Contains(x.CandidatureId)).AsNoTracking().ToListAsync(ct);
        var propositions = await db.Propositions.Where(p => ids.Contains(p.CandidatureId))
            .Join(db.Defis, p => p.DefiId, d => d.Id, (p, d) => new { p.CandidatureId, Defi = d.Titre, d.Administration, p.Etat, p.ProposeeLe, p.AvisAdministration, p.DecideeLe })
            .ToListAsync(ct);
        var offres = await db.Offres.Where(o => ids.Contains(o.CandidatureId)).AsNoTracking().ToListAsync(ct);
        var creneaux = await db.Creneaux.Where(c => c.CandidatureId != null && ids.Contains(c.CandidatureId.Value)).AsNoTracking().ToListAsync(ct);
        var appels = candidatures.Select(c => c.AppelId).ToList();
        var profils = await db.ProfilsRecherches.Where(p => appels.Contains(p.AppelId)).ToDictionaryAsync(p => p.Id, p => p.Libelle, ct);
        return candidatures.Select(c => new
        {
            c.Id, c.AppelId, profil = c.ProfilId is { } p ? profils.GetValueOrDefault(p) : null, etat = c.Etat.ToString(),
            c.Prenom, c.Nom, c.Email, c.Telephone, c.Ville, c.AnneesExperience, c.ExperienceEntrepreneuriale, c.Motivation,
            c.Competences, c.Domaines, c.LienLinkedIn, c.LienGitHub, c.LienPortfolio, c.Disponibilite, c.ConsentementLe,
            c.AnnuairePublic, c.CreeLe, c.ModifieLe, c.DeposeeLe, c.DecisionLe, c.MotifDecision,
            historique = c.Historique.OrderBy(h => h.At).Select(h => new { h.At, etat = h.Etat.ToString(), h.Motif }),
            cv = cvs.Where(x => x.CandidatureId == c.Id).Select(x => new { x.NomFichier, x.Taille, x.DeposeLe, contenuBase64 = Convert.ToBase64String(x.Contenu) }).FirstOrDefault(),
            propositions = propositions.Where(x => x.CandidatureId == c.Id).Select(x => new { x.Defi, x.Administration, etat = x.Etat.ToString(), x.ProposeeLe, x.AvisAdministration, x.DecideeLe }),
            offres = offres.Where(o => o.CandidatureId == c.Id).Select(o => new { o.SalaireNetMensuel, o.PartVariablePourcent, o.RegleAppliquee, o.DureeMois, o.DateDebut, etat = o.Etat.ToString(), o.EnvoyeeLe, o.ReponduLe }),
            entretiens = creneaux.Where(x => x.CandidatureId == c.Id).Select(x => new { type = x.Type.ToString(), x.Debut, x.Fin, x.Modalites }),
        }).ToList();
    }

    private async Task<object> DossiersAsync(Guid moi, CancellationToken ct)
    {
        var dossiers = await db.DossiersProjets.Include(d => d.Historique)
            .Where(d => d.PorteurId == moi || db.CoEditeurs.Any(c => c.DossierId == d.Id && c.UtilisateurId == moi))
            .AsSplitQuery().AsNoTracking().ToListAsync(ct);
        var ids = dossiers.Select(d => d.Id).ToList();
        var pieces = await db.FichiersAap.Where(f => f.DossierId != null && ids.Contains(f.DossierId.Value))
            .Select(f => new { f.DossierId, f.NomFichier, f.Taille, f.DeposeLe }).ToListAsync(ct);
        var messages = await db.MessagesDossiers.Where(m => ids.Contains(m.DossierId) && m.AuteurId == moi)
            .Select(m => new { m.DossierId, m.Texte, m.Le }).ToListAsync(ct);
        return dossiers.Select(d => new
        {
            d.Reference, role = d.PorteurId == moi ? "porteur" : "co-éditeur", etat = EtatsDossier.Libelle(d.Etat),
            d.Titre, d.Administration, d.TypeAdministration, d.Siret, d.SponsorNom, d.SponsorFonction, d.Probleme, d.Preuves,
            d.PublicsConcernes, d.NombrePersonnesConcernees, d.TerrainExperimentation, d.ObjectifImpact, d.ApprocheProduit,
            d.FeuilleDeRoute, d.PrioriteGouvernementale, d.ProfilsSouhaites, d.NombreProfils,
            d.CreeLe, d.ModifieLe, d.DeposeLe, d.DecideLe, d.MotifDecision,
            historique = d.Historique.OrderBy(h => h.Le).Select(h => new { h.Le, de = EtatsDossier.Libelle(h.De), vers = EtatsDossier.Libelle(h.Vers), h.Motif }),
            piecesJointes = pieces.Where(p => p.DossierId == d.Id).Select(p => new { p.NomFichier, p.Taille, p.DeposeLe }),
            messagesEcrits = messages.Where(m => m.DossierId == d.Id).OrderBy(m => m.Le).Select(m => new { m.Le, m.Texte }),
        }).ToList();
    }

    private async Task<object> EvaluationsAsync(Guid moi, CancellationToken ct)
    {
        var affectations = await db.Affectations.Where(a => a.EvaluateurId == moi).AsNoTracking().ToListAsync(ct);
        var ids = affectations.Select(a => a.Id).ToList();
        var evaluations = await db.Evaluations.Include(e => e.Notes).Where(e => ids.Contains(e.AffectationId)).AsNoTracking().ToListAsync(ct);
        var grilles = affectations.Select(a => a.GrilleId).Distinct().ToList();
        var criteres = await db.Criteres.Where(c => grilles.Contains(c.GrilleId)).ToDictionaryAsync(c => c.Id, c => c.Nom, ct);
        return affectations.Select(a => new
        {
            objet = a.Objet, a.ObjetId, a.AffecteLe, a.DateLimite, etat = a.Etat.ToString(), a.ConflitDeclareLe, a.MotifConflit,
            evaluation = evaluations.Where(e => e.AffectationId == a.Id).Select(e => new
            {
                etat = e.Etat.ToString(), e.CommentaireGeneral, recommandation = e.Recommandation?.ToString(), e.CreeLe, e.SoumiseLe,
                notes = e.Notes.Select(n => new { critere = criteres.GetValueOrDefault(n.CritereId), n.Note, n.Commentaire }),
            }).FirstOrDefault(),
        }).ToList();
    }

    /// <summary>Why the account cannot be deleted here, in French, or null. Nothing is changed.</summary>
    public async Task<string?> RefusAsync(Utilisateur user, CancellationToken ct = default)
    {
        if (await users.IsInRoleAsync(user, Roles.Staff))
            return "Un compte de l'équipe du programme ne se supprime pas ici : demandez à un administrateur de le désactiver.";
        var seuls = await db.DossiersProjets
            .Where(d => d.PorteurId == user.Id && (d.Etat == EtatDossier.Brouillon || d.Etat == EtatDossier.CorrectionsDemandees)
                && !db.CoEditeurs.Any(c => c.DossierId == d.Id && c.UtilisateurId != user.Id))
            .OrderBy(d => d.Numero).Select(d => d.Numero).ToListAsync(ct);
        if (seuls.Count == 0) return null;
        var refs = string.Join(", ", seuls.Select(n => $"AAP-{n:0000}"));
        return $"Vous êtes la seule personne à pouvoir compléter {(seuls.Count == 1 ? "le dossier" : "les dossiers")} {refs}, encore en cours : "
            + "ajoutez un ou une collègue comme co-éditeur (page « Co-éditeurs » du dossier) ou demandez à l'équipe du programme de le classer sans suite, puis supprimez votre compte.";
    }

    /// <summary>Deletes the account, in one transaction: dossiers pass to a co-editor or are kept without the person
    /// (their soutenance to come cancelled), reviews and jury seats are kept under a stand-in account, candidatures are
    /// erased or reduced to the decision (their interviews to come cancelled), newsletter and event sign-ups (seats to
    /// come given back), calls booked with the team and contact messages under the address go, then the account.
    /// Cancellations are told to the team as any other; the person gets one mail, the account deleted and what it
    /// cancelled, with the calendar files that remove the appointments (<see cref="AnnulationsDuCompte"/>). Returns the refusal
    /// (nothing changed) or null.</summary>
    public async Task<string?> SupprimerAsync(Utilisateur user, CancellationToken ct = default)
    {
        if (await RefusAsync(user, ct) is { } refus) return refus;
        var moi = user.Id;
        var email = (user.Email ?? "").ToLowerInvariant();
        var now = clock.UtcNow;
        var annulations = new AnnulationsDuCompte(email);

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        int transmis = 0, anonymises = 0;
        foreach (var d in await db.DossiersProjets.Where(d => d.PorteurId == moi).ToListAsync(ct))
        {
            // The dossier is the administration's: a colleague who co-edits it carries on as its porteur.
            var collegue = await db.CoEditeurs.Where(c => c.DossierId == d.Id && c.UtilisateurId != moi).OrderBy(c => c.AjouteLe).FirstOrDefaultAsync(ct);
            if (collegue is not null)
            {
                d.PorteurId = collegue.UtilisateurId;
                db.CoEditeurs.Remove(collegue);
                transmis++;
            }
            else
            {
                // Nobody left to present it: its soutenance to come is cancelled while the address is still the person's.
                await soutenances.AnnulerSansPorteurAsync(d, moi, annulations, ct);
                d.PorteurId = await RemplacantAsync(PorteurSupprime, ct);
                anonymises++;
            }
        }
        await db.CoEditeurs.Where(c => c.UtilisateurId == moi).ExecuteDeleteAsync(ct);

        var affectations = await db.Affectations.Where(a => a.EvaluateurId == moi).ToListAsync(ct);
        if (affectations.Count > 0)
        {
            var remplacant = await RemplacantAsync(EvaluateurSupprime, ct);
            foreach (var a in affectations) a.EvaluateurId = remplacant;
        }

        var sieges = await db.MembresJury.Where(m => m.UtilisateurId == moi).ToListAsync(ct);
        if (sieges.Count > 0)
        {
            var remplacant = await RemplacantAsync(MembreJurySupprime, ct);
            foreach (var m in sieges)
            {
                // One stand-in per session (unique seat): a second deleted member of the same session is already counted.
                if (await db.MembresJury.AnyAsync(x => x.SessionId == m.SessionId && x.UtilisateurId == remplacant, ct)) db.MembresJury.Remove(m);
                else m.UtilisateurId = remplacant;
            }
        }

        var (effacees, conservees, entretiensAnnules) = await EffacerCandidaturesAsync(moi, now, annulations);
        foreach (var m in await db.MembresEquipes.Where(m => m.UtilisateurId == moi).ToListAsync(ct))
            m.AnnuairePublic = false;

        var newsletter = await db.AbonnesNewsletter.Where(a => a.Email.ToLower() == email).ExecuteDeleteAsync(ct);
        // A seat at an event to come goes back to others, as when the person unregisters.
        var inscrits = db.InscriptionsEvenements.Where(i => i.UtilisateurId == moi || i.Email.ToLower() == email);
        foreach (var evenementId in await inscrits.Where(i => db.Evenements.Any(e => e.Id == i.EvenementId && e.Debut > now)).Select(i => i.EvenementId).ToListAsync(ct))
            await Evenements.Places.RendreAsync(db, evenementId, ct);
        var inscriptions = await inscrits.ExecuteDeleteAsync(ct);
        var rendezVous = await AnnulerRendezVousAsync(email, now, annulations, ct);
        // Messages sent from the contact form under the address: the person's own words, nothing the programme decided.
        var messages = await db.MessagesContact.Where(m => m.Email.ToLower() == email).ExecuteDeleteAsync(ct);

        audit.Enregistrer("compte.supprime", "Utilisateur", moi.ToString(), string.Join(", ",
            $"{Fr.Nombre(effacees, "candidature effacée", "candidatures effacées")}, {Fr.Nombre(conservees, "réduite", "réduites")} à la décision",
            $"{Fr.Nombre(transmis, "dossier transmis", "dossiers transmis")} à un co-éditeur, {Fr.Nombre(anonymises, "dossier conservé", "dossiers conservés")} sans nom",
            $"{Fr.Nombre(affectations.Count, "évaluation conservée", "évaluations conservées")}, {Fr.Nombre(sieges.Count, "siège de jury conservé", "sièges de jury conservés")}",
            $"{Fr.Nombre(entretiensAnnules, "entretien annulé", "entretiens annulés")}",
            $"{Fr.Nombre(newsletter + inscriptions, "inscription effacée", "inscriptions effacées")}",
            $"{Fr.Nombre(rendezVous, "rendez-vous effacé", "rendez-vous effacés")}, {Fr.Nombre(messages, "message de contact effacé", "messages de contact effacés")}"));
        // One mail to the person, in the transaction: the account is gone and what it cancelled, with the calendar files.
        if (email.Length > 0)
            outbox.Ajouter(email, mails.Rendre(Infrastructure.Mail.ModelesComptes.CompteSupprime, new Dictionary<string, string?>
            {
                ["nom"] = user.NomComplet, ["annulations"] = annulations.Phrase(),
            }), [.. annulations.Calendriers]);
        await db.SaveChangesAsync(ct);
        var result = await users.DeleteAsync(user);
        if (!result.Succeeded)
        {
            await tx.RollbackAsync(ct);
            return "Votre compte n'a pas pu être supprimé. Réessayez dans un instant ou écrivez-nous.";
        }
        await tx.CommitAsync(ct);
        return null;
    }

    /// <summary>A candidate's candidatures: erased, except what a decision obliges the programme to keep (a reasoned
    /// refusal for its retention period, a hiring and its offer), stripped to the decision. Interviews still to come
    /// are cancelled first, while the candidature still has the address the invitation went to.</summary>
    private async Task<(int Effacees, int Conservees, int EntretiensAnnules)> EffacerCandidaturesAsync(Guid candidatId, DateTime now, AnnulationsDuCompte annulations)
    {
        int effacees = 0, conservees = 0, annules = 0;
        foreach (var c in await db.Candidatures.Where(c => c.CandidatId == candidatId).ToListAsync())
        {
            annules += await entretiens.AnnulerAVenirAsync(c, "par la suppression du compte de la personne", annulations);
            var aUneOffre = await db.Offres.AnyAsync(o => o.CandidatureId == c.Id);
            if (c.DecisionAConserver(aUneOffre))
            {
                if (EtatsCandidature.EstEnCours(c.Etat))
                    await Pages.EspaceCandidat.RetirerModel.RetraitAsync(db, c, now);
                c.Anonymiser(now);
                await db.CvCandidatures.Where(x => x.CandidatureId == c.Id).ExecuteDeleteAsync();
                conservees++;
            }
            else
            {
                // Nothing to keep: the row goes, with its CV, history and proposals (cascade); past slots let go of it.
                foreach (var cr in await db.Creneaux.Where(x => x.CandidatureId == c.Id).ToListAsync()) cr.Liberer();
                db.Candidatures.Remove(c);
                effacees++;
            }
        }
        return (effacees, conservees, annules);
    }

    /// <summary>Calls booked with the team under the address: one to come is cancelled (<see cref="Evenements.RendezVousEquipe.AvecLeCompteAsync"/>:
    /// the team told, the calendar file in the deletion's mail), a past one goes as the
    /// retention rule would erase it.</summary>
    private async Task<int> AnnulerRendezVousAsync(string email, DateTime now, AnnulationsDuCompte annulations, CancellationToken ct)
    {
        var reservations = await db.ReservationsCreneaux.Where(r => r.Email.ToLower() == email)
            .Join(db.CreneauxAppel, r => r.CreneauId, c => c.Id, (r, c) => new { r, c }).ToListAsync(ct);
        foreach (var x in reservations)
        {
            if (x.c.Debut > now)
            {
                var (ligne, calendrier) = await rendezVousEquipe.AvecLeCompteAsync(x.r, x.c, ct);
                annulations.Ajouter(ligne, calendrier);
            }
            else db.ReservationsCreneaux.Remove(x.r);
        }
        return reservations.Count;
    }

    private async Task<Guid> RemplacantAsync((Guid Id, string Nom, string Email) r, CancellationToken ct)
    {
        if (db.Users.Local.Any(u => u.Id == r.Id) || await db.Users.AnyAsync(u => u.Id == r.Id, ct)) return r.Id;
        db.Users.Add(new Utilisateur
        {
            Id = r.Id, NomComplet = r.Nom, Email = r.Email, NormalizedEmail = r.Email.ToUpperInvariant(),
            UserName = r.Email, NormalizedUserName = r.Email.ToUpperInvariant(), EmailConfirmed = false,
            SecurityStamp = Guid.NewGuid().ToString("N"), ConcurrencyStamp = Guid.NewGuid().ToString(),
            LockoutEnabled = true, LockoutEnd = DateTimeOffset.MaxValue, CreeLe = clock.UtcNow,
        });
        await db.SaveChangesAsync(ct);
        return r.Id;
    }
}
