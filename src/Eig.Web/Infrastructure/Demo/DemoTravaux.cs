using Eig.Web.AppelsAProjets;
using Eig.Web.Candidatures;
using Eig.Web.Comptes;
using Eig.Web.Evaluations;
using Eig.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Identity;

namespace Eig.Web.Infrastructure.Demo;

/// <summary>Work in progress for the demo accounts, so that each one opens onto something to do: the porteur's
/// dossiers at several steps (a draft to finish, a message to answer, a soutenance to book), the evaluator's reviews,
/// the jury's session, candidatures at each step (the candidate has an interview to book), and the week's news on the
/// staff cockpit. Everything goes through the domain's own moves, dated in the recent past.</summary>
internal sealed class DemoTravaux(EigDbContext db, UserManager<Utilisateur> users, DateTime now)
{
    private DateTime IlYA(int jours, int heures = 0) => now.AddDays(-jours).AddHours(-heures);

    /// <summary>A Paris wall-clock time <paramref name="jours"/> days from today, as UTC.</summary>
    private DateTime DansJours(int jours, int heure) =>
        Fr.VersUtc(DateOnly.FromDateTime(Fr.EnHeureDeParis(now)).AddDays(jours).ToDateTime(new TimeOnly(heure, 0)));

    public async Task AjouterAsync(AppelAProjets aap, Grille grilleAap, AppelACandidatures aac, Func<string, Task<Utilisateur>> compte)
    {
        var equipe = await compte(Roles.Staff);
        var evaluatrice = await compte(Roles.Evaluateur);
        var jury = await compte(Roles.Jury);
        var porteur = await compte(Roles.Porteur);
        var candidate = await compte(Roles.Candidat);

        // The porteur's dossiers, one per step where something waits.
        var brouillon = Dossier(aap, porteur, 1, "Tableau de bord des délais de paiement", "Direction des finances publiques de la Gironde", complet: false);
        var enInstruction = Dossier(aap, porteur, 2, "Rendez-vous en préfecture sans file d'attente", "Préfecture du Rhône");
        enInstruction.Deposer(aap, porteur.Id, IlYA(4));
        enInstruction.CommencerInstruction(equipe.Id, IlYA(2));
        var preselectionne = Dossier(aap, porteur, 3, "Qualité de l'eau des rivières en temps réel", "Office français de la biodiversité");
        preselectionne.Deposer(aap, porteur.Id, IlYA(40));
        preselectionne.CommencerInstruction(equipe.Id, IlYA(38));
        preselectionne.PreSelectionner(equipe.Id, "Un problème documenté, un terrain prêt et un sponsor très présent.", IlYA(3));
        var enSoutenance = Dossier(aap, porteur, 4, "Un guichet unique pour les aides aux associations", "Direction de la jeunesse et de la vie associative");
        enSoutenance.Deposer(aap, porteur.Id, IlYA(50));
        enSoutenance.CommencerInstruction(equipe.Id, IlYA(48));
        db.DossiersProjets.AddRange(brouillon, enInstruction, preselectionne, enSoutenance);

        db.MessagesDossiers.Add(new MessageDossier
        {
            DossierId = enInstruction.Id, AuteurId = equipe.Id, DeLEquipe = true, Le = IlYA(1),
            Texte = "Bonjour, pourriez-vous joindre l'étude sur les temps d'attente dont parle votre dossier ? Elle aidera le comité d'évaluation.",
        });

        // Reviews: one to write (the dossier under instruction), one submitted (the dossier in soutenance).
        db.Affectations.Add(Affectation.Creer(ObjetsEvalues.DossierProjet, enInstruction.Id, grilleAap.Id, evaluatrice.Id, equipe.Id, IlYA(2), aap.DelaiEvaluationJours));
        var faite = Affectation.Creer(ObjetsEvalues.DossierProjet, enSoutenance.Id, grilleAap.Id, evaluatrice.Id, equipe.Id, IlYA(47), aap.DelaiEvaluationJours);
        db.Affectations.Add(faite);
        var avis = Evaluation.Commencer(faite, IlYA(6));
        var notes = grilleAap.CriteresOrdonnes.Select((c, i) => (c.Id, Note: i % 3 == 0 ? 4 : 5)).ToDictionary(x => x.Id, x => ((int?)x.Note, (string?)null));
        avis.Enregistrer(grilleAap, notes, "Un besoin partagé par des milliers d'associations et un sponsor qui a déjà mobilisé ses équipes.", Recommandation.Favorable, IlYA(6));
        avis.Soumettre(grilleAap, IlYA(5));
        db.Evaluations.Add(avis);
        enSoutenance.PreSelectionner(equipe.Id, "Évaluation favorable ; le jury l'entendra en soutenance.", IlYA(5));

        // Soutenance slots: two free ones for the pre-selected dossier, one booked for tomorrow.
        db.CreneauxSoutenance.AddRange(
            new CreneauSoutenance { AppelId = aap.Id, Debut = DansJours(5, 10), Lieu = "Visioconférence (le lien est envoyé la veille)" },
            new CreneauSoutenance { AppelId = aap.Id, Debut = DansJours(6, 14), Lieu = "DINUM, 20 avenue de Ségur, Paris" });
        var reserve = new CreneauSoutenance { AppelId = aap.Id, Debut = DansJours(1, 11), Lieu = "DINUM, 20 avenue de Ségur, Paris" };
        reserve.Reserver(enSoutenance, IlYA(2));
        enSoutenance.ConvoquerEnSoutenance(porteur.Id, IlYA(2));
        db.CreneauxSoutenance.Add(reserve);

        // The jury's session, in a few days, with the dossier heard tomorrow on its agenda.
        var session = new SessionJury
        {
            AppelId = aap.Id, Titre = $"Jury du {Fr.Date(DansJours(3, 9))}", Date = DateOnly.FromDateTime(Fr.EnHeureDeParis(DansJours(3, 9))),
        };
        session.Membres.Add(new MembreJury { SessionId = session.Id, UtilisateurId = jury.Id });
        session.OrdreDuJour.Add(new PointOrdreDuJour { SessionId = session.Id, DossierId = enSoutenance.Id, Ordre = 1 });
        db.SessionsJury.Add(session);

        // Candidatures at each step: the candidate has a first interview to book; the others fill the staff's lists
        // and give the evaluator a dossier to score.
        var sprint = aac.Sprints.OrderBy(s => s.Numero).First();
        var produit = aac.Profils.OrderBy(p => p.Ordre).First();
        var technique = aac.Profils.OrderBy(p => p.Ordre).Last();
        var claire = Candidature(aac, sprint, candidate, "Claire", "Candidate", produit, 8, IlYA(9));
        claire.InviterPremierEntretien(equipe.Id, IlYA(2));
        db.Creneaux.AddRange(
            Creneau.PremierEntretien(sprint, produit.Id, DansJours(23, 10), "Visioconférence, lien envoyé la veille", now),
            Creneau.PremierEntretien(sprint, produit.Id, DansJours(24, 15), "Visioconférence, lien envoyé la veille", now));
        var deposee = Candidature(aac, sprint, await CandidatAsync("lea.moreau", "Léa Moreau"), "Léa", "Moreau", technique, 12, IlYA(3));
        db.Affectations.Add(Affectation.Creer(ObjetsEvalues.Candidature, deposee.Id, technique.GrilleDossierId!.Value,
            evaluatrice.Id, equipe.Id, IlYA(1), 14));
        var vivier = Candidature(aac, sprint, await CandidatAsync("yanis.benali", "Yanis Benali"), "Yanis", "Benali", produit, 6, IlYA(12));
        vivier.InviterPremierEntretien(equipe.Id, IlYA(10));
        vivier.IntegrerVivier(equipe.Id, IlYA(4));
        var ecartee = Candidature(aac, sprint, await CandidatAsync("marc.petit", "Marc Petit"), "Marc", "Petit", technique, 2, IlYA(11));
        ecartee.NePasRetenir(equipe.Id, "L'expérience entrepreneuriale décrite est encore courte pour ce profil.", IlYA(5));
    }

    private DossierProjet Dossier(AppelAProjets aap, Utilisateur porteur, int numero, string titre, string administration, bool complet = true)
    {
        var d = new DossierProjet
        {
            AppelId = aap.Id, PorteurId = porteur.Id, Numero = numero, CreeLe = IlYA(60 - numero), ModifieLe = IlYA(1),
            Titre = titre, Administration = administration, TypeAdministration = "Service déconcentré de l'État",
            SponsorNom = "Hélène Garnier", SponsorFonction = "Directrice",
            Probleme = "Les usagers attendent des semaines une réponse que les agents, faute d'outil, traitent à la main.",
        };
        if (!complet) return d;
        d.Preuves = "Une enquête auprès de 1 200 usagers et les délais relevés sur douze mois.";
        d.PublicsConcernes = "Les usagers du service et les agents qui instruisent leurs demandes.";
        d.NombrePersonnesConcernees = 45_000;
        d.TerrainExperimentation = "Deux sites volontaires, avec leurs équipes, dès le début de la promotion.";
        d.ObjectifImpact = "Diviser par deux le délai de réponse en dix mois.";
        d.ApprocheProduit = "Des itérations courtes, testées chaque semaine avec des usagers.";
        d.FeuilleDeRoute = "Étendre le service à tout le territoire l'année suivante si les résultats sont au rendez-vous.";
        d.ProfilsSouhaites = "Un directeur ou une directrice de produit et un développeur ou une développeuse.";
        d.NombreProfils = 2;
        return d;
    }

    private Candidature Candidature(AppelACandidatures aac, SprintRecrutement sprint, Utilisateur qui, string prenom, string nom,
        ProfilRecherche profil, int annees, DateTime le)
    {
        var c = Eig.Web.Candidatures.Candidature.Creer(aac.Id, qui.Id, qui.Email!, le);
        c.Prenom = prenom; c.Nom = nom; c.ProfilId = profil.Id; c.AnneesExperience = annees; c.Ville = "Lyon";
        c.ExperienceEntrepreneuriale = "A fondé puis dirigé une jeune entreprise de services numériques pendant quatre ans.";
        c.Motivation = "Mettre ce savoir-faire au service d'une politique publique qui touche beaucoup de monde.";
        c.Competences = profil.Code == "technique" ? "architecture, données, sécurité" : "découverte produit, recherche utilisateur, pilotage";
        c.Disponibilite = DateOnly.FromDateTime(now).AddDays(30);
        c.Enregistrer(true, le);
        var cv = Cv(prenom, nom, profil.Libelle);
        db.CvCandidatures.Add(new CvCandidature { CandidatureId = c.Id, NomFichier = "cv.pdf", Contenu = cv, Taille = cv.Length, DeposeLe = le });
        c.Deposer(true, true, sprint.Id, le);
        db.Candidatures.Add(c);
        return c;
    }

    /// <summary>An account for a candidate of the demo other than the one whose password is printed: it has none.</summary>
    private async Task<Utilisateur> CandidatAsync(string local, string nom)
    {
        var email = $"{local}@{DemoSeeder.Domaine}";
        if (await users.FindByEmailAsync(email) is { } existant) return existant;
        var u = new Utilisateur { Id = Guid.CreateVersion7(), UserName = email, Email = email, EmailConfirmed = true, NomComplet = nom, CreeLe = now };
        var r = await users.CreateAsync(u);
        if (!r.Succeeded) throw new InvalidOperationException(string.Join("; ", r.Errors.Select(e => e.Description)));
        await users.AddToRoleAsync(u, Roles.Candidat);
        return u;
    }

    private static byte[] Cv(string prenom, string nom, string profil)
    {
        using var pdf = new Pdf.PdfTexte($"CV — {prenom} {nom}");
        pdf.Ligne($"{prenom} {nom}", pdf.Titre, 24);
        pdf.Paragraphe($"Candidature de démonstration au profil « {profil} ».", pdf.Gras);
        pdf.Paragraphe("Ce document tient la place du CV qu'une personne joint à sa candidature.");
        return pdf.Octets();
    }
}
