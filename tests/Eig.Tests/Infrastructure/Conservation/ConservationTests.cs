using Eig.Tests.Pages;
using Eig.Tests.Support;
using Eig.Web.AppelsAProjets;
using Eig.Web.Comptes;
using Eig.Web.Contenus;
using Eig.Web.Evenements;
using Eig.Web.Infrastructure;
using Eig.Web.Infrastructure.Audit;
using Eig.Web.Infrastructure.Conservation;
using Eig.Web.Infrastructure.Planification;
using Eig.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Eig.Tests.Infrastructure.Conservation;

/// <summary>Every kind of personal data has its period, in configuration and on the personal-data page, and the
/// nightly job erases what has passed it — and nothing else.</summary>
public class ConservationTests : IAsyncLifetime
{
    private sealed class Horloge(DateTime t) : IClock { public DateTime UtcNow => t; }

    // The audit trail kept 2 months here instead of 36, to show the setting is the one applied and shown.
    private readonly EigWebFactory _f = new() { Settings = { ["Conservation:Mois:audit"] = "2" } };
    public ValueTask InitializeAsync() => ValueTask.CompletedTask;
    public ValueTask DisposeAsync() => _f.DisposeAsync();

    [Fact]
    public async Task NightlyJob_ErasesOnlyWhatHasPassedItsPeriod()
    {
        var maintenant = DateTime.UtcNow;
        var appel = await AapDonnees.AppelPublieAsync(_f);
        var porteur = await _f.CreateUserAsync(Roles.Porteur);
        var brouillonAbandonne = await AapDonnees.DossierAsync(_f, appel.Id, porteur.Id, deposer: false, puis: d => d.ModifieLe = maintenant.AddMonths(-13));
        var brouillonRecent = await AapDonnees.DossierAsync(_f, appel.Id, porteur.Id, deposer: false, puis: d => d.ModifieLe = maintenant.AddMonths(-11));
        var deposeAncien = await AapDonnees.DossierAsync(_f, appel.Id, porteur.Id, puis: d => d.ModifieLe = maintenant.AddMonths(-30));
        // Refused projects: kept 24 months after the decision (appsettings.json), then erased with their reviews and jury notes.
        Action<DossierProjet> Decide(EtatDossier decision, int moisAvant) => d =>
        {
            d.CommencerInstruction(porteur.Id, maintenant.AddMonths(-moisAvant - 1));
            d.Decider(decision, porteur.Id, "Hors du périmètre du programme", maintenant.AddMonths(-moisAvant));
        };
        var refuseAncien = await AapDonnees.DossierAsync(_f, appel.Id, porteur.Id, puis: Decide(EtatDossier.NonRetenu, 25));
        var sansSuiteAncien = await AapDonnees.DossierAsync(_f, appel.Id, porteur.Id, puis: Decide(EtatDossier.SansSuite, 26));
        var refuseRecent = await AapDonnees.DossierAsync(_f, appel.Id, porteur.Id, puis: Decide(EtatDossier.NonRetenu, 23));
        var evaluateur = await _f.CreateUserAsync(Roles.Evaluateur);
        await _f.WithDbAsync(async db =>
        {
            db.Set<FichierAap>().Add(new FichierAap { DossierId = brouillonAbandonne.Id, NomFichier = "etude.pdf", Contenu = [1, 2, 3], Taille = 3, DeposeLe = maintenant.AddMonths(-13) });
            foreach (var d in new[] { refuseAncien, refuseRecent })
            {
                db.Set<FichierAap>().Add(new FichierAap { DossierId = d.Id, NomFichier = "note.pdf", Contenu = [1, 2, 3], Taille = 3, DeposeLe = maintenant.AddMonths(-27) });
                db.MessagesDossiers.Add(new MessageDossier { DossierId = d.Id, AuteurId = porteur.Id, Texte = "Une question", Le = maintenant.AddMonths(-26) });
                db.Affectations.Add(new Eig.Web.Evaluations.Affectation { Objet = Eig.Web.Evaluations.ObjetsEvalues.DossierProjet, ObjetId = d.Id,
                    GrilleId = appel.GrilleId!.Value, EvaluateurId = evaluateur.Id, AffecteLe = maintenant.AddMonths(-27) });
                var session = new SessionJury { AppelId = appel.Id, Titre = "Jury", Date = DateOnly.FromDateTime(maintenant.AddMonths(-25)) };
                db.SessionsJury.Add(session);
                db.PointsOrdreDuJour.Add(new PointOrdreDuJour { SessionId = session.Id, DossierId = d.Id, NotesSoutenance = "Notes du jury" });
            }

            AbonneNewsletter Abonne(string email, DateTime inscrit, bool confirme = false, DateTime? desinscrit = null)
            {
                var a = new AbonneNewsletter { Email = email };
                var (jeton, _) = a.DemanderConfirmation(inscrit);
                if (confirme) a.Confirmer(jeton, inscrit);
                if (desinscrit is { } le) a.Desinscrire(le);
                return a;
            }
            db.AbonnesNewsletter.AddRange(
                Abonne("jamais-confirme@exemple.fr", maintenant.AddDays(-45)),
                Abonne("en-attente-recent@exemple.fr", maintenant.AddDays(-3)),
                Abonne("fidele@exemple.fr", maintenant.AddYears(-4), confirme: true),
                Abonne("parti@exemple.fr", maintenant.AddYears(-2), confirme: true, desinscrit: maintenant.AddDays(-40)));

            var ancien = new Evenement { Titre = "Webinaire 2025", Debut = maintenant.AddMonths(-13), Capacite = 10, Publie = true };
            var prochain = new Evenement { Titre = "Webinaire à venir", Debut = maintenant.AddDays(10), Capacite = 10, Publie = true };
            db.Evenements.AddRange(ancien, prochain);
            db.InscriptionsEvenements.AddRange(
                new InscriptionEvenement { EvenementId = ancien.Id, Nom = "Ancienne", Email = "a@exemple.fr", InscritLe = maintenant.AddMonths(-14) },
                new InscriptionEvenement { EvenementId = prochain.Id, Nom = "Prochaine", Email = "p@exemple.fr", InscritLe = maintenant });
            var creneauAncien = new CreneauAppel { Debut = maintenant.AddMonths(-13) };
            var creneauProchain = new CreneauAppel { Debut = maintenant.AddDays(2) };
            db.CreneauxAppel.AddRange(creneauAncien, creneauProchain);
            db.ReservationsCreneaux.AddRange(
                new ReservationCreneau { CreneauId = creneauAncien.Id, Nom = "Ancien", Email = "r1@exemple.fr", Objet = "question", ReserveLe = maintenant.AddMonths(-14) },
                new ReservationCreneau { CreneauId = creneauProchain.Id, Nom = "Prochain", Email = "r2@exemple.fr", Objet = "question", ReserveLe = maintenant });

            db.MessagesContact.AddRange(
                new MessageContact { Nom = "Ancien", Email = "m1@exemple.fr", Objet = "Question", Message = "…", RecuLe = maintenant.AddMonths(-13) },
                new MessageContact { Nom = "Récent", Email = "m2@exemple.fr", Objet = "Question", Message = "…", RecuLe = maintenant.AddMonths(-11) });
            db.SessionsConnexion.AddRange(
                new SessionConnexion { UtilisateurId = porteur.Id, OuverteLe = maintenant.AddMonths(-13), FermeeLe = maintenant.AddMonths(-13), Navigateur = "ancienne" },
                new SessionConnexion { UtilisateurId = porteur.Id, OuverteLe = maintenant.AddMonths(-11), FermeeLe = maintenant.AddMonths(-11), Navigateur = "recente" });

            db.Audit.AddRange(
                new AuditEntry { At = maintenant.AddMonths(-3), Action = "test.ancien", ActeurEmail = "x@exemple.fr" },
                new AuditEntry { At = maintenant.AddDays(-10), Action = "test.recent", ActeurEmail = "x@exemple.fr" });
            await db.SaveChangesAsync();
        });

        // The job, run by the scheduler as it would run it at 04h00 (forced here).
        var planificateur = new Planificateur(_f.Services.GetRequiredService<IServiceScopeFactory>(), new Horloge(maintenant),
            Options.Create(new PlanificationOptions()), NullLogger<Planificateur>.Instance);
        Assert.True(await planificateur.LancerMaintenantAsync("conservation"));

        await _f.WithDbAsync(async db =>
        {
            var dossiers = await db.DossiersProjets.Select(d => d.Id).ToListAsync();
            Assert.DoesNotContain(brouillonAbandonne.Id, dossiers);
            Assert.Contains(brouillonRecent.Id, dossiers);
            Assert.Contains(deposeAncien.Id, dossiers);   // a filed dossier follows the selection's archive rule, not this one
            Assert.DoesNotContain(refuseAncien.Id, dossiers);
            Assert.DoesNotContain(sansSuiteAncien.Id, dossiers);
            Assert.Contains(refuseRecent.Id, dossiers);
            Assert.Equal([refuseRecent.Id], await db.Affectations.Where(a => a.ObjetId == refuseAncien.Id || a.ObjetId == refuseRecent.Id).Select(a => a.ObjetId).ToListAsync());
            Assert.Equal([refuseRecent.Id], await db.PointsOrdreDuJour.Where(p => p.DossierId == refuseAncien.Id || p.DossierId == refuseRecent.Id).Select(p => p.DossierId).ToListAsync());
            Assert.Equal([refuseRecent.Id], await db.MessagesDossiers.Where(m => m.DossierId == refuseAncien.Id || m.DossierId == refuseRecent.Id).Select(m => m.DossierId).ToListAsync());
            Assert.False(await db.Set<FichierAap>().AnyAsync(f => f.DossierId == refuseAncien.Id));
            Assert.False(await db.Set<FichierAap>().AnyAsync(f => f.DossierId == brouillonAbandonne.Id));

            Assert.Equal(["en-attente-recent@exemple.fr", "fidele@exemple.fr"],
                (await db.AbonnesNewsletter.Select(a => a.Email).ToListAsync()).Order());
            Assert.Equal(["Prochaine"], await db.InscriptionsEvenements.Select(i => i.Nom).ToListAsync());
            Assert.Equal(["Prochain"], await db.ReservationsCreneaux.Select(r => r.Nom).ToListAsync());
            Assert.Equal(["Récent"], await db.MessagesContact.Select(m => m.Nom).ToListAsync());
            Assert.Equal(["recente"], await db.SessionsConnexion.Where(x => x.UtilisateurId == porteur.Id).Select(x => x.Navigateur).ToListAsync());
            Assert.False(await db.Audit.AnyAsync(a => a.Action == "test.ancien"));
            Assert.True(await db.Audit.AnyAsync(a => a.Action == "test.recent"));

            var etat = await db.Taches.AsNoTracking().SingleAsync(t => t.Nom == "conservation");
            Assert.True(etat.DernierSucces);
            Assert.Contains("dossiers-brouillons : 1", etat.DernierResultat);
            Assert.Contains("dossiers-non-retenus : 2", etat.DernierResultat);
            Assert.Contains("newsletter : 2", etat.DernierResultat);
            Assert.Contains("evenements : 2", etat.DernierResultat);
        });
    }

    [Fact]
    public async Task PersonalDataPage_FromTheFooter_ListsEveryRuleWithItsConfiguredPeriod()
    {
        var client = _f.NewClient();
        var accueil = await EigWebFactory.GetDocumentAsync(client, "/");
        var lien = accueil.QuerySelectorAll("footer a").First(a => a.TextContent.Trim() == "Données personnelles").GetAttribute("href")!;
        var page = await EigWebFactory.GetDocumentAsync(client, lien);
        var lignes = page.QuerySelectorAll("table tbody tr").Select(tr => string.Join(" | ", tr.QuerySelectorAll("td").Select(td => td.TextContent.Trim()))).ToList();

        Assert.Equal(ReglesConservation.Toutes.Count, lignes.Count);
        Assert.Contains(lignes, l => l.Contains("journal des connexions") && l.Contains("2\u00a0mois, puis effacé automatiquement"));
        Assert.Contains(lignes, l => l.Contains("Candidats et candidates") && l.Contains("2\u00a0ans après la décision") && l.Contains("automatique"));
        Assert.Contains(lignes, l => l.Contains("webinaires") && l.Contains("1\u00a0an après l'événement"));
        Assert.Contains(lignes, l => l.Contains("jamais déposé") && l.Contains("1\u00a0an après sa dernière modification"));
        Assert.Contains(lignes, l => l.Contains("Porteurs de projet non retenus") && l.Contains("2\u00a0ans après la décision, puis effacé automatiquement"));
        Assert.Contains(lignes, l => l.Contains("Membres du vivier jamais placés") && l.Contains("2\u00a0ans après l'entrée dans le vivier"));
        Assert.Contains(lignes, l => l.Contains("lettre d'information") && l.Contains("1\u00a0mois"));
        Assert.Contains(lignes, l => l.Contains("formulaire de contact") && l.Contains("1\u00a0an après sa réception, puis effacé automatiquement"));
        Assert.Contains(lignes, l => l.Contains("historique des connexions") && l.Contains("1\u00a0an après la connexion, puis effacé automatiquement"));
    }

    [Theory]
    [InlineData(1, "1\u00a0mois")]
    [InlineData(12, "1\u00a0an")]
    [InlineData(24, "2\u00a0ans")]
    [InlineData(18, "1\u00a0an et 6\u00a0mois")]
    public void Mois_InFrench(int mois, string attendu) => Assert.Equal(attendu, ReglesConservation.Mois(mois));
}
