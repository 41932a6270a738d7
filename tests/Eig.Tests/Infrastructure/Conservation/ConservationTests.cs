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
        await _f.WithDbAsync(async db =>
        {
            db.Set<FichierAap>().Add(new FichierAap { DossierId = brouillonAbandonne.Id, NomFichier = "etude.pdf", Contenu = [1, 2, 3], Taille = 3, DeposeLe = maintenant.AddMonths(-13) });

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
            Assert.False(await db.Set<FichierAap>().AnyAsync(f => f.DossierId == brouillonAbandonne.Id));

            Assert.Equal(["en-attente-recent@exemple.fr", "fidele@exemple.fr"],
                (await db.AbonnesNewsletter.Select(a => a.Email).ToListAsync()).Order());
            Assert.Equal(["Prochaine"], await db.InscriptionsEvenements.Select(i => i.Nom).ToListAsync());
            Assert.Equal(["Prochain"], await db.ReservationsCreneaux.Select(r => r.Nom).ToListAsync());
            Assert.False(await db.Audit.AnyAsync(a => a.Action == "test.ancien"));
            Assert.True(await db.Audit.AnyAsync(a => a.Action == "test.recent"));

            var etat = await db.Taches.AsNoTracking().SingleAsync(t => t.Nom == "conservation");
            Assert.True(etat.DernierSucces);
            Assert.Contains("dossiers-brouillons : 1", etat.DernierResultat);
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
        Assert.Contains(lignes, l => l.Contains("lettre d'information") && l.Contains("1\u00a0mois"));
    }

    [Theory]
    [InlineData(1, "1\u00a0mois")]
    [InlineData(12, "1\u00a0an")]
    [InlineData(24, "2\u00a0ans")]
    [InlineData(18, "1\u00a0an et 6\u00a0mois")]
    public void Mois_InFrench(int mois, string attendu) => Assert.Equal(attendu, ReglesConservation.Mois(mois));
}
