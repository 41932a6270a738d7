using Eig.Tests.Pages.Candidatures;
using Eig.Tests.Support;
using Eig.Web.AppelsAProjets;
using Eig.Web.Comptes;
using Eig.Web.Evaluations;
using Microsoft.EntityFrameworkCore;

namespace Eig.Tests.Pages.Accueils;

/// <summary>Each role's home says what is to be done, with a link to where it is done.</summary>
public class AccueilsParRoleTests : IAsyncLifetime
{
    private readonly EigWebFactory _f = new();
    public ValueTask InitializeAsync() => ValueTask.CompletedTask;
    public ValueTask DisposeAsync() => _f.DisposeAsync();

    private async Task<HttpClient> ClientAsync(TestUser user)
    {
        var client = _f.NewClient();
        await _f.SignInAsAsync(client, user);
        return client;
    }

    [Fact]
    public async Task Porteur_SeesNextStepDeadlineAndUnansweredMessages_OnTheirHome()
    {
        var appel = await AapDonnees.AppelPublieAsync(_f);
        var porteur = await _f.CreateUserAsync(Roles.Porteur);
        var brouillon = await AapDonnees.DossierAsync(_f, appel.Id, porteur.Id, deposer: false);
        var preselectionne = await AapDonnees.DossierAsync(_f, appel.Id, porteur.Id, puis: d =>
        {
            d.CommencerInstruction(Guid.NewGuid(), DateTime.UtcNow);
            d.PreSelectionner(Guid.NewGuid(), "Très bon dossier", DateTime.UtcNow);
        });
        await _f.WithDbAsync(async db =>
        {
            db.CreneauxSoutenance.Add(new CreneauSoutenance { AppelId = appel.Id, Debut = DateTime.UtcNow.AddDays(10), Lieu = "Visio" });
            db.MessagesDossiers.Add(new MessageDossier { DossierId = brouillon.Id, AuteurId = Guid.NewGuid(), DeLEquipe = true, Texte = "Une question", Le = DateTime.UtcNow });
            await db.SaveChangesAsync();
        });

        var doc = await EigWebFactory.GetDocumentAsync(await ClientAsync(porteur), "/espace-porteur/dossiers");
        var aFaire = doc.QuerySelector("section[aria-labelledby='a-faire']")!;
        Assert.NotNull(aFaire.QuerySelector($"a[href='/espace-porteur/dossiers/{preselectionne.Id}/soutenance']"));
        Assert.Contains("Réserver un créneau de soutenance", aFaire.TextContent);
        Assert.NotNull(aFaire.QuerySelector($"a[href='/espace-porteur/dossiers/{brouillon.Id}']"));
        var message = aFaire.QuerySelector($"a[href='/espace-porteur/dossiers/{brouillon.Id}/messages']")!;
        Assert.Contains("1\u00a0message de l'équipe attend votre réponse", message.TextContent);
        Assert.Contains("Pré-sélectionné", doc.QuerySelector("table")!.TextContent);
    }

    [Fact]
    public async Task Evaluator_SeesBothCallsAssignments_OverdueFirst()
    {
        var appel = await AapDonnees.AppelPublieAsync(_f);
        var porteur = await _f.CreateUserAsync(Roles.Porteur);
        var evaluateur = await _f.CreateUserAsync(Roles.Evaluateur);
        var dossier = await AapDonnees.DossierAsync(_f, appel.Id, porteur.Id, puis: d => d.CommencerInstruction(Guid.NewGuid(), DateTime.UtcNow));
        var aac = await _f.AppelOuvertAsync();
        var candidat = await _f.CreateUserAsync(Roles.Candidat);
        var candidature = await _f.CandidatureAsync(aac, candidat, prenom: "Noémie");
        await _f.WithDbAsync(async db =>
        {
            var grilleAap = (await db.AppelsAProjets.SingleAsync(a => a.Id == appel.Id)).GrilleId!.Value;
            var grilleAac = await db.Grilles.Where(g => g.Id != grilleAap).Select(g => g.Id).FirstAsync();
            db.Affectations.Add(Affectation.Creer(ObjetsEvalues.DossierProjet, dossier.Id, grilleAap, evaluateur.Id, null, DateTime.UtcNow, 21));
            // Assigned 30 days ago with 10 days to review: 20 days late.
            db.Affectations.Add(Affectation.Creer(ObjetsEvalues.Candidature, candidature, grilleAac, evaluateur.Id, null, DateTime.UtcNow.AddDays(-30), 10));
            await db.SaveChangesAsync();
        });

        var doc = await EigWebFactory.GetDocumentAsync(await ClientAsync(evaluateur), "/evaluation");
        var lignes = doc.QuerySelectorAll("tbody tr").ToList();
        Assert.Equal(2, lignes.Count);
        Assert.Contains("Noémie Martin", lignes[0].TextContent);
        Assert.Contains("En retard", lignes[0].TextContent);
        Assert.Contains(dossier.Reference, lignes[1].TextContent);
        Assert.NotNull(lignes[1].QuerySelector("a[href^='/evaluation/dossiers/']"));
        Assert.Contains("2\u00a0évaluations à rendre, dont 1\u00a0en retard", doc.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task JuryMember_SeesTheirSessionAgenda_AndWhatIsLeftToDecide()
    {
        var appel = await AapDonnees.AppelPublieAsync(_f);
        var porteur = await _f.CreateUserAsync(Roles.Porteur);
        var jure = await _f.CreateUserAsync(Roles.Jury);
        static void VersSoutenance(DossierProjet d)
        {
            d.CommencerInstruction(Guid.NewGuid(), DateTime.UtcNow);
            d.PreSelectionner(Guid.NewGuid(), "ok", DateTime.UtcNow);
            d.ConvoquerEnSoutenance(Guid.NewGuid(), DateTime.UtcNow);
        }
        var d1 = await AapDonnees.DossierAsync(_f, appel.Id, porteur.Id, puis: VersSoutenance);
        var d2 = await AapDonnees.DossierAsync(_f, appel.Id, porteur.Id, puis: VersSoutenance);
        var session = new SessionJury { AppelId = appel.Id, Titre = "Jury de mars", Date = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(7) };
        session.Membres.Add(new MembreJury { SessionId = session.Id, UtilisateurId = jure.Id });
        var p1 = new PointOrdreDuJour { SessionId = session.Id, DossierId = d1.Id, Ordre = 1 };
        p1.Decider(EtatDossier.NonRetenu, "Pas mûr", new Dictionary<string, int>());
        session.OrdreDuJour.Add(p1);
        session.OrdreDuJour.Add(new PointOrdreDuJour { SessionId = session.Id, DossierId = d2.Id, Ordre = 2 });
        var autre = new SessionJury { AppelId = appel.Id, Titre = "Jury sans moi", Date = session.Date };
        await _f.WithDbAsync(async db => { db.SessionsJury.AddRange(session, autre); await db.SaveChangesAsync(); });

        var doc = await EigWebFactory.GetDocumentAsync(await ClientAsync(jure), "/jury");
        var main = doc.QuerySelector("main")!;
        Assert.DoesNotContain("Jury sans moi", main.TextContent);
        Assert.Contains("1\u00a0décision à prendre", main.TextContent);
        Assert.NotNull(main.QuerySelector($"a[href='/jury/sessions/{session.Id}/dossiers/{d2.Id}']"));
        Assert.Contains("À décider", main.QuerySelectorAll("tbody tr")[1].TextContent);
        Assert.Contains("Non retenu", main.QuerySelectorAll("tbody tr")[0].TextContent);
    }

    [Fact]
    public async Task Staff_Cockpit_CountsDossiersPerState_EachCountOpensTheFilteredList()
    {
        var appel = await AapDonnees.AppelPublieAsync(_f);
        var porteur = await _f.CreateUserAsync(Roles.Porteur);
        await AapDonnees.DossierAsync(_f, appel.Id, porteur.Id);
        await AapDonnees.DossierAsync(_f, appel.Id, porteur.Id);
        await AapDonnees.DossierAsync(_f, appel.Id, porteur.Id, puis: d => d.CommencerInstruction(Guid.NewGuid(), DateTime.UtcNow));
        var client = await ClientAsync(await _f.CreateUserAsync(Roles.Staff));

        var doc = await EigWebFactory.GetDocumentAsync(client, "/admin");
        var depose = doc.QuerySelector("a[href='/admin/dossiers?etat=Depose']")!;
        Assert.Equal("2", depose.ParentElement!.NextElementSibling!.TextContent.Trim());
        var liste = await EigWebFactory.GetDocumentAsync(client, depose.GetAttribute("href")!);
        Assert.Equal(2, liste.QuerySelectorAll("tbody tr").Length);
        Assert.Contains("Aucune évaluation en retard", doc.QuerySelector("main")!.TextContent);
    }
}
