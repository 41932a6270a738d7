using System.Net;
using Eig.Tests.Support;
using Eig.Web.Comptes;
using Eig.Web.AppelsAProjets;
using Microsoft.EntityFrameworkCore;

namespace Eig.Tests.Pages.Jury;

public class SoutenanceEtJuryTests : IAsyncLifetime
{
    private readonly EigWebFactory _f = new();
    public ValueTask InitializeAsync() => ValueTask.CompletedTask;
    public ValueTask DisposeAsync() => _f.DisposeAsync();

    private async Task<HttpClient> ClientAsync(TestUser u)
    {
        var c = _f.NewClient();
        await _f.SignInAsAsync(c, u);
        return c;
    }

    [Fact]
    public async Task PreselectedDossier_BooksSlot_JuryDecides_PublishCreatesDefiAndLetter()
    {
        var appel = await AapDonnees.AppelPublieAsync(_f);
        var porteur = await _f.CreateUserAsync(Roles.Porteur);
        var d = await AapDonnees.DossierAsync(_f, appel.Id, porteur.Id, puis: x =>
        {
            x.CommencerInstruction(Guid.NewGuid(), DateTime.UtcNow);
            x.PreSelectionner(Guid.NewGuid(), "Très bon dossier", DateTime.UtcNow);
        });
        var staffUser = await _f.CreateUserAsync(Roles.Staff);
        var staff = await ClientAsync(staffUser);
        var porteurClient = await ClientAsync(porteur);
        var membre = await _f.CreateUserAsync(Roles.Jury);
        var juryClient = await ClientAsync(membre);
        var autreJury = await ClientAsync(await _f.CreateUserAsync(Roles.Jury));

        // Staff publish a slot; the porteur books it and gets the .ics.
        var debut = DateTime.UtcNow.AddDays(10);
        var slot = await EigWebFactory.PostFormAsync(staff, $"/admin/appels-a-projets/{appel.Id}/soutenances", new Dictionary<string, string>
        {
            ["Serie.Jour"] = debut.ToString("yyyy-MM-dd"), ["Serie.Debut"] = "10:00", ["Serie.Fin"] = "10:45", ["Serie.Duree"] = "45", ["Serie.Lieu"] = "Visioconférence",
        });
        Assert.Equal(HttpStatusCode.Redirect, slot.StatusCode);
        var creneauId = await _f.WithDbAsync(db => db.CreneauxSoutenance.Select(c => c.Id).SingleAsync());
        var booking = await EigWebFactory.PostFormAsync(porteurClient, $"/espace-porteur/dossiers/{d.Id}/soutenance",
            new Dictionary<string, string> { ["Input.CreneauId"] = creneauId.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, booking.StatusCode);
        Assert.Equal(EtatDossier.Soutenance, await _f.WithDbAsync(db => db.DossiersProjets.Where(x => x.Id == d.Id).Select(x => x.Etat).SingleAsync()));
        var ics = await _f.WithDbAsync(db => db.Outbox.SelectMany(o => o.PiecesJointes).Where(p => p.NomFichier == "soutenance.ics").SingleAsync());
        Assert.Contains("BEGIN:VEVENT", System.Text.Encoding.UTF8.GetString(ics.Contenu));
        // The team is told of the booking, with the dossier's own page.
        var reservation = Assert.Single(await _f.ReadMailsAsync(), m => m.To == staffUser.Email && m.Subject.Contains("créneau de soutenance réservé"));
        Assert.StartsWith("http", reservation.Link($"/admin/dossiers/{d.Id}"));

        // Staff create a session with the member and the dossier.
        await EigWebFactory.PostFormAsync(staff, $"/admin/appels-a-projets/{appel.Id}/jury", new Dictionary<string, string>
        {
            ["Input.Titre"] = "Jury de mars", ["Input.Date"] = DateTime.UtcNow.AddDays(20).ToString("yyyy-MM-dd"),
        });
        var sessionId = await _f.WithDbAsync(db => db.SessionsJury.Select(s => s.Id).SingleAsync());
        await EigWebFactory.PostFormAsync(staff, $"/admin/appels-a-projets/{appel.Id}/jury",
            new Dictionary<string, string> { ["SessionId"] = sessionId.ToString(), ["MembreId"] = membre.Id.ToString() }, handler: "Membre");
        await EigWebFactory.PostFormAsync(staff, $"/admin/appels-a-projets/{appel.Id}/jury",
            new Dictionary<string, string> { ["SessionDuDossierId"] = sessionId.ToString(), ["DossierId"] = d.Id.ToString() }, handler: "Dossier");

        // The member is told, with the session's own page, and finds it on their home.
        var invitation = Assert.Single(await _f.ReadMailsAsync(), m => m.To == membre.Email);
        Assert.Contains("Jury de mars", invitation.Text);
        Assert.StartsWith("http", invitation.Link($"/jury/sessions/{sessionId}"));
        Assert.NotNull((await EigWebFactory.GetDocumentAsync(juryClient, "/jury")).QuerySelector($"main a[href='/jury/sessions/{sessionId}']"));

        // Only members (and staff) reach the session.
        Assert.Equal(HttpStatusCode.OK, (await juryClient.GetAsync($"/jury/sessions/{sessionId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await autreJury.GetAsync($"/jury/sessions/{sessionId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await autreJury.GetAsync($"/jury/sessions/{sessionId}/dossiers/{d.Id}")).StatusCode);

        // A laureate without profiles is refused; with them, recorded but not yet visible to the porteur.
        var decisionUrl = $"/jury/sessions/{sessionId}/dossiers/{d.Id}";
        var sansProfil = await EigWebFactory.PostFormAsync(juryClient, decisionUrl, new Dictionary<string, string>
        {
            ["Input.Decision"] = "Laureat", ["Input.Motivation"] = "Projet solide", ["Input.Nombres[0]"] = "0", ["Input.Nombres[1]"] = "0",
        });
        Assert.Equal(HttpStatusCode.BadRequest, sansProfil.StatusCode);
        var ok = await EigWebFactory.PostFormAsync(juryClient, decisionUrl, new Dictionary<string, string>
        {
            ["Input.Decision"] = "Laureat", ["Input.Motivation"] = "Projet solide", ["Input.Nombres[0]"] = "1", ["Input.Nombres[1]"] = "1",
            ["Input.NotesSoutenance"] = "Sponsor très présent",
        });
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        Assert.Equal(EtatDossier.Soutenance, await _f.WithDbAsync(db => db.DossiersProjets.Where(x => x.Id == d.Id).Select(x => x.Etat).SingleAsync()));
        Assert.Equal(HttpStatusCode.NotFound, (await porteurClient.GetAsync($"/espace-porteur/dossiers/{d.Id}?handler=Lettre")).StatusCode);

        // Publishing first says what will happen (the session's date is still ahead) and publishes nothing.
        var juryUrl = $"/admin/appels-a-projets/{appel.Id}/jury";
        var demande = await EigWebFactory.PostFormAsync(staff, juryUrl, new Dictionary<string, string> { ["sessionId"] = sessionId.ToString() }, handler: "Publier");
        Assert.Equal(HttpStatusCode.OK, demande.StatusCode);
        var confirmation = (await EigWebFactory.ParseAsync(demande)).QuerySelector("#confirmer-publication")!;
        Assert.Contains("Publier les décisions de « Jury de mars » ?", confirmation.TextContent);
        Assert.Contains("vous publiez avant sa date", confirmation.TextContent);
        Assert.Contains("2\u00a0profils octroyés", confirmation.TextContent);
        Assert.Equal(EtatDossier.Soutenance, await _f.WithDbAsync(db => db.DossiersProjets.Where(x => x.Id == d.Id).Select(x => x.Etat).SingleAsync()));
        Assert.DoesNotContain(await _f.ReadMailsAsync(), m => m.To == porteur.Email && m.Subject.Contains("Décision"));

        // Confirmed: decision applied, draft défi with its granted profiles, mail with the letter.
        var pub = await EigWebFactory.PostFormAsync(staff, juryUrl, new Dictionary<string, string> { ["sessionId"] = sessionId.ToString(), ["confirme"] = "true" }, handler: "Publier");
        Assert.Equal(HttpStatusCode.Redirect, pub.StatusCode);
        var dossier = await _f.WithDbAsync(db => db.DossiersProjets.SingleAsync(x => x.Id == d.Id));
        Assert.Equal(EtatDossier.Laureat, dossier.Etat);
        var defi = await _f.WithDbAsync(db => db.Defis.SingleAsync());
        Assert.False(defi.Publie);
        Assert.Equal(dossier.Titre, defi.Titre);
        var profils = await _f.WithDbAsync(db => db.ProfilsOctroyes.Where(p => p.DossierId == d.Id).ToListAsync());
        Assert.Equal(2, profils.Count);
        Assert.All(profils, p => Assert.Equal(defi.Id, p.DefiId));
        // The mail itself states the decision, why, the profiles granted and the administration's share.
        var decision = Assert.Single(await _f.ReadMailsAsync(), m => m.To == porteur.Email && m.Subject.Contains("Décision"));
        Assert.Contains("Décision : Lauréat", decision.Text);
        Assert.Contains("Motivation : Projet solide", decision.Text);
        Assert.Contains("Profils octroyés", decision.Text);
        Assert.Contains("Cofinancement : le programme prend en charge 30 %", decision.Text.Replace('\u00a0', ' '));
        Assert.StartsWith("http", decision.Link($"/espace-porteur/dossiers/{d.Id}"));

        var lettre = await porteurClient.GetAsync($"/espace-porteur/dossiers/{d.Id}?handler=Lettre");
        Assert.Equal(HttpStatusCode.OK, lettre.StatusCode);
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(await lettre.Content.ReadAsByteArrayAsync(), 0, 5));
        Assert.Contains("Projet solide", (await EigWebFactory.GetDocumentAsync(porteurClient, $"/espace-porteur/dossiers/{d.Id}")).Body!.TextContent);
    }

    [Fact]
    public async Task Publish_WithUndecidedDossier_PublishesNothing()
    {
        var appel = await AapDonnees.AppelPublieAsync(_f);
        var porteur = await _f.CreateUserAsync(Roles.Porteur);
        var staffUser = await _f.CreateUserAsync(Roles.Staff);
        var d1 = await AapDonnees.DossierAsync(_f, appel.Id, porteur.Id, puis: VersSoutenance);
        var d2 = await AapDonnees.DossierAsync(_f, appel.Id, porteur.Id, puis: VersSoutenance);
        var session = new SessionJury { AppelId = appel.Id, Titre = "J", Date = new(2027, 3, 1) };
        var p1 = new PointOrdreDuJour { SessionId = session.Id, DossierId = d1.Id, Ordre = 1 };
        p1.Decider(EtatDossier.NonRetenu, "Pas mûr", new Dictionary<string, int>());
        session.OrdreDuJour.Add(p1);
        session.OrdreDuJour.Add(new PointOrdreDuJour { SessionId = session.Id, DossierId = d2.Id, Ordre = 2 });
        await _f.WithDbAsync(async db => { db.SessionsJury.Add(session); await db.SaveChangesAsync(); });
        var staff = await ClientAsync(staffUser);

        var r = await EigWebFactory.PostFormAsync(staff, $"/admin/appels-a-projets/{appel.Id}/jury", new Dictionary<string, string> { ["sessionId"] = session.Id.ToString() }, handler: "Publier");

        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        EigWebFactory.AssertHasError(await EigWebFactory.ParseAsync(r), "", "Un dossier de l'ordre du jour n'a pas encore de décision.");
        Assert.Equal(EtatDossier.Soutenance, await _f.WithDbAsync(db => db.DossiersProjets.Where(x => x.Id == d1.Id).Select(x => x.Etat).SingleAsync()));
        Assert.Equal(EtatSessionJury.Preparation, await _f.WithDbAsync(db => db.SessionsJury.Select(x => x.Etat).SingleAsync()));
        Assert.Empty(await _f.ReadMailsAsync());
    }

    /// <summary>The porteur cancels a soutenance after staff put the dossier on a jury's agenda: the team is told at
    /// once (not at publication), the agenda shows it to the jury as no longer to decide, staff reach it from their home
    /// and take it off the agenda.</summary>
    [Fact]
    public async Task SoutenanceAnnulee_ApresLOrdreDuJour_LEquipeEstPrevenueEtLeJuryNePeutPlusDecider()
    {
        var appel = await AapDonnees.AppelPublieAsync(_f);
        var porteur = await _f.CreateUserAsync(Roles.Porteur);
        var staffUser = await _f.CreateUserAsync(Roles.Staff);
        var membre = await _f.CreateUserAsync(Roles.Jury);
        var now = DateTime.UtcNow;
        var d = await AapDonnees.DossierAsync(_f, appel.Id, porteur.Id, puis: x =>
        {
            x.CommencerInstruction(Guid.NewGuid(), now);
            x.PreSelectionner(Guid.NewGuid(), "ok", now);
        });
        var creneau = new CreneauSoutenance { AppelId = appel.Id, Debut = now.AddDays(10), Lieu = "DINUM" };
        var session = new SessionJury { AppelId = appel.Id, Titre = "Jury de mars", Date = DateOnly.FromDateTime(now.AddDays(20)) };
        session.Membres.Add(new MembreJury { SessionId = session.Id, UtilisateurId = membre.Id });
        session.OrdreDuJour.Add(new PointOrdreDuJour { SessionId = session.Id, DossierId = d.Id, Ordre = 1 });
        await _f.WithDbAsync(async db =>
        {
            var dossier = await db.DossiersProjets.SingleAsync(x => x.Id == d.Id);
            db.CreneauxSoutenance.Add(creneau);
            creneau.Reserver(dossier, now);
            dossier.ConvoquerEnSoutenance(porteur.Id, now);
            db.SessionsJury.Add(session);
            await db.SaveChangesAsync();
        });

        var porteurClient = await ClientAsync(porteur);
        var annule = await EigWebFactory.PostFormAsync(porteurClient, $"/espace-porteur/dossiers/{d.Id}/soutenance", new Dictionary<string, string>(), handler: "Annuler");
        Assert.Equal(HttpStatusCode.Redirect, annule.StatusCode);

        var avis = Assert.Single(await _f.ReadMailsAsync(), m => m.To.Contains(staffUser.Email));
        Assert.Contains("ordre du jour", avis.Subject);
        Assert.Contains("« Jury de mars »", avis.Text);

        // The jury member, from their home: the dossier is flagged, without the decision link; a decision is refused.
        var juryClient = await ClientAsync(membre);
        var accueil = await EigWebFactory.GetDocumentAsync(juryClient, "/jury");
        var page = await EigWebFactory.GetDocumentAsync(juryClient, accueil.QuerySelector($"main a[href='/jury/sessions/{session.Id}']")!.GetAttribute("href")!);
        Assert.Contains("Une soutenance est annulée", page.QuerySelector(".fr-alert--warning")!.TextContent);
        Assert.Contains("Soutenance annulée", page.QuerySelector("main table")!.TextContent);
        Assert.Null(page.QuerySelector($"main a[href='/jury/sessions/{session.Id}/dossiers/{d.Id}']"));
        var refus = await EigWebFactory.PostFormAsync(juryClient, $"/jury/sessions/{session.Id}/dossiers/{d.Id}",
            new Dictionary<string, string> { ["Input.Decision"] = nameof(EtatDossier.NonRetenu), ["Input.Motivation"] = "x" });
        Assert.Equal(HttpStatusCode.Redirect, refus.StatusCode);
        Assert.Null(await _f.WithDbAsync(db => db.PointsOrdreDuJour.Where(p => p.DossierId == d.Id).Select(p => p.Decision).SingleAsync()));

        // Staff, from the back office's home to the call's jury page: the warning, and the dossier taken off the agenda.
        var staff = await ClientAsync(staffUser);
        var admin = await EigWebFactory.GetDocumentAsync(staff, "/admin");
        var appels = await EigWebFactory.GetDocumentAsync(staff, admin.QuerySelector("main a[href='/admin/appels-a-projets']")!.GetAttribute("href")!);
        var fiche = await EigWebFactory.GetDocumentAsync(staff, appels.QuerySelector($"main a[href='/admin/appels-a-projets/{appel.Id}']")!.GetAttribute("href")!);
        var juryUrl = fiche.QuerySelector($"main a[href='/admin/appels-a-projets/{appel.Id}/jury']")!.GetAttribute("href")!;
        Assert.NotNull((await EigWebFactory.GetDocumentAsync(staff, juryUrl)).QuerySelector($"#annulee-{d.Id}"));
        var retrait = await EigWebFactory.PostFormAsync(staff, juryUrl, new Dictionary<string, string>(), handler: "Retirer");
        Assert.Equal(HttpStatusCode.Redirect, retrait.StatusCode);
        Assert.False(await _f.WithDbAsync(db => db.PointsOrdreDuJour.AnyAsync(p => p.DossierId == d.Id)));
        Assert.Null((await EigWebFactory.GetDocumentAsync(staff, juryUrl)).QuerySelector($"#annulee-{d.Id}"));
    }

    private static void VersSoutenance(DossierProjet x)
    {
        x.CommencerInstruction(Guid.NewGuid(), DateTime.UtcNow);
        x.PreSelectionner(Guid.NewGuid(), "ok", DateTime.UtcNow);
        x.ConvoquerEnSoutenance(Guid.NewGuid(), DateTime.UtcNow);
    }
}
