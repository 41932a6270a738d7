using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using Eig.Tests.Support;
using Eig.Web.AppelsAProjets;
using Eig.Web.Comptes;
using Eig.Web.Evaluations;
using Microsoft.EntityFrameworkCore;

namespace Eig.Tests.Pages.Compte;

/// <summary>/compte/mes-donnees and /compte/supprimer-mon-compte, reached from each role's home: the export holds the
/// person's own records only; the deletion keeps what belongs to the administration or the programme, without them.</summary>
public class MesDonneesTests : IAsyncLifetime
{
    private readonly EigWebFactory _f = new();
    public ValueTask InitializeAsync() => ValueTask.CompletedTask;
    public ValueTask DisposeAsync() => _f.DisposeAsync();

    private async Task<(TestUser User, HttpClient Client)> ConnecteAsync(string role)
    {
        var user = await _f.CreateUserAsync(role);
        var client = _f.NewClient();
        await _f.SignInAsAsync(client, user);
        return (user, client);
    }

    /// <summary>From the home, "Mes données", then the download button, as the person clicks.</summary>
    private static async Task<JsonDocument> ExportDepuisAsync(HttpClient client, string accueil)
    {
        var home = await EigWebFactory.GetDocumentAsync(client, accueil);
        var page = await EigWebFactory.GetDocumentAsync(client, Lien(home, "Mes données"));
        var telecharger = page.QuerySelector("main a[href*='handler=Telecharger']")!.GetAttribute("href")!;
        var r = await client.GetAsync(telecharger);
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Equal("application/json", r.Content.Headers.ContentType!.MediaType);
        return JsonDocument.Parse(await r.Content.ReadAsStringAsync());
    }

    private static string Lien(IDocument doc, string texte) =>
        doc.QuerySelectorAll("main a[href]").First(a => a.TextContent.Trim().StartsWith(texte, StringComparison.Ordinal)).GetAttribute("href")!;

    private async Task<Affectation> EvaluationAsync(Guid dossierId, Guid grilleId, Guid evaluateurId, string commentaire)
    {
        var aff = Affectation.Creer(ObjetsEvalues.DossierProjet, dossierId, grilleId, evaluateurId, null, DateTime.UtcNow, 21);
        await _f.WithDbAsync(async db =>
        {
            db.Affectations.Add(aff);
            var grille = await db.Grilles.Include(g => g.Criteres).SingleAsync(g => g.Id == grilleId);
            var e = Eig.Web.Evaluations.Evaluation.Commencer(aff, DateTime.UtcNow);
            e.Enregistrer(grille, new Dictionary<Guid, (int?, string?)> { [grille.Criteres[0].Id] = (3, "Note du critère") }, commentaire, Recommandation.Favorable, DateTime.UtcNow);
            db.Evaluations.Add(e);
            await db.SaveChangesAsync();
        });
        return aff;
    }

    [Fact]
    public async Task Porteur_DepuisSonEspace_ExporteSesDossiersEtPasCeuxDesAutres()
    {
        var appel = await AapDonnees.AppelPublieAsync(_f);
        var (moi, client) = await ConnecteAsync(Roles.Porteur);
        var autre = await _f.CreateUserAsync(Roles.Porteur);
        var mien = await AapDonnees.DossierAsync(_f, appel.Id, moi.Id);
        var sien = await AapDonnees.DossierAsync(_f, appel.Id, autre.Id);

        using var json = await ExportDepuisAsync(client, "/espace-porteur/dossiers");

        Assert.Equal(moi.Email, json.RootElement.GetProperty("compte").GetProperty("Email").GetString());
        var refs = json.RootElement.GetProperty("dossiers").EnumerateArray().Select(d => d.GetProperty("Reference").GetString()).ToList();
        Assert.Equal([mien.Reference], refs);
        Assert.DoesNotContain(autre.Email, json.RootElement.GetRawText());
        Assert.DoesNotContain(sien.Reference, json.RootElement.GetRawText());
        // No page takes someone's id: the only data served is the signed-in person's.
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/compte/mes-donnees/{autre.Id}")).StatusCode);
    }

    [Fact]
    public async Task Evaluateur_DepuisSonAccueil_ExporteSesEvaluationsSeulement()
    {
        var appel = await AapDonnees.AppelPublieAsync(_f, criteres: 2);
        var porteur = await _f.CreateUserAsync(Roles.Porteur);
        var d = await AapDonnees.DossierAsync(_f, appel.Id, porteur.Id, puis: x => x.CommencerInstruction(Guid.NewGuid(), DateTime.UtcNow));
        var (moi, client) = await ConnecteAsync(Roles.Evaluateur);
        var autre = await _f.CreateUserAsync(Roles.Evaluateur);
        await EvaluationAsync(d.Id, appel.GrilleId!.Value, moi.Id, "Mon avis argumenté");
        await EvaluationAsync(d.Id, appel.GrilleId!.Value, autre.Id, "L'avis d'un autre");

        using var json = await ExportDepuisAsync(client, "/evaluation");

        var evaluations = json.RootElement.GetProperty("evaluations");
        Assert.Equal(1, evaluations.GetArrayLength());
        var e = evaluations[0].GetProperty("evaluation");
        Assert.Equal("Mon avis argumenté", e.GetProperty("CommentaireGeneral").GetString());
        Assert.Equal(3, e.GetProperty("notes")[0].GetProperty("Note").GetInt32());
        Assert.DoesNotContain("L'avis d'un autre", json.RootElement.GetRawText());
    }

    [Fact]
    public async Task Jury_DepuisSonAccueil_ExporteSesSessions()
    {
        var appel = await AapDonnees.AppelPublieAsync(_f);
        var (moi, client) = await ConnecteAsync(Roles.Jury);
        await _f.WithDbAsync(async db =>
        {
            var s = new SessionJury { AppelId = appel.Id, Titre = "Jury de printemps", Date = new(2027, 3, 1) };
            s.Membres.Add(new MembreJury { SessionId = s.Id, UtilisateurId = moi.Id });
            db.SessionsJury.Add(s);
            db.SessionsJury.Add(new SessionJury { AppelId = appel.Id, Titre = "Jury d'automne", Date = new(2027, 10, 1) });
            await db.SaveChangesAsync();
        });

        using var json = await ExportDepuisAsync(client, "/jury");

        Assert.Equal(["Jury de printemps"], json.RootElement.GetProperty("jury").EnumerateArray().Select(s => s.GetProperty("Titre").GetString()).ToList());
    }

    [Fact]
    public async Task Supprimer_SansConfirmation_400EtRienNEstEfface()
    {
        var (moi, client) = await ConnecteAsync(Roles.Evaluateur);
        var page = await EigWebFactory.GetDocumentAsync(client, Lien(await EigWebFactory.GetDocumentAsync(client, "/evaluation"), "Supprimer mon compte"));
        Assert.NotNull(page.QuerySelector("#Input_MotDePasse"));

        var r = await EigWebFactory.PostFormAsync(client, "/compte/supprimer-mon-compte",
            new Dictionary<string, string> { ["Input.Confirmation"] = "false", ["Input.MotDePasse"] = moi.Password });

        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Contains("Cochez la case", (await EigWebFactory.ParseAsync(r)).QuerySelector("#Input_Confirmation-erreur")!.TextContent);
        Assert.True(await _f.WithDbAsync(db => db.Users.AnyAsync(u => u.Id == moi.Id)));
    }

    [Fact]
    public async Task Supprimer_PorteurSeulEditeurDUnBrouillon_RefuseEtRienNEstEfface()
    {
        var appel = await AapDonnees.AppelPublieAsync(_f);
        var (moi, client) = await ConnecteAsync(Roles.Porteur);
        var brouillon = await AapDonnees.DossierAsync(_f, appel.Id, moi.Id, deposer: false);

        var r = await EigWebFactory.PostFormAsync(client, "/compte/supprimer-mon-compte",
            new Dictionary<string, string> { ["Input.Confirmation"] = "true", ["Input.MotDePasse"] = moi.Password });

        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        var message = (await EigWebFactory.ParseAsync(r)).QuerySelector("#Input_Confirmation-erreur")!.TextContent;
        Assert.Contains(brouillon.Reference, message);
        Assert.Contains("co-éditeur", message);
        Assert.True(await _f.WithDbAsync(db => db.Users.AnyAsync(u => u.Id == moi.Id)));
        Assert.Equal(moi.Id, await _f.WithDbAsync(db => db.DossiersProjets.Where(d => d.Id == brouillon.Id).Select(d => d.PorteurId).SingleAsync()));
    }

    [Fact]
    public async Task Supprimer_Porteur_LeCoEditeurGardeLeBrouillonEtLeDossierDeposeResteSansNom()
    {
        var appel = await AapDonnees.AppelPublieAsync(_f);
        var (moi, client) = await ConnecteAsync(Roles.Porteur);
        var collegue = await _f.CreateUserAsync(Roles.Porteur);
        var brouillon = await AapDonnees.DossierAsync(_f, appel.Id, moi.Id, deposer: false);
        var depose = await AapDonnees.DossierAsync(_f, appel.Id, moi.Id);
        await _f.WithDbAsync(async db => { db.CoEditeurs.Add(new CoEditeur { DossierId = brouillon.Id, UtilisateurId = collegue.Id, AjouteLe = DateTime.UtcNow }); await db.SaveChangesAsync(); });

        var r = await EigWebFactory.PostFormAsync(client, "/compte/supprimer-mon-compte",
            new Dictionary<string, string> { ["Input.Confirmation"] = "true", ["Input.MotDePasse"] = moi.Password });

        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        Assert.False(await _f.WithDbAsync(db => db.Users.AnyAsync(u => u.Id == moi.Id)));
        Assert.Equal(collegue.Id, await _f.WithDbAsync(db => db.DossiersProjets.Where(d => d.Id == brouillon.Id).Select(d => d.PorteurId).SingleAsync()));
        Assert.Equal(DonneesPersonnelles.PorteurSupprime.Id, await _f.WithDbAsync(db => db.DossiersProjets.Where(d => d.Id == depose.Id).Select(d => d.PorteurId).SingleAsync()));
        Assert.True(await _f.WithDbAsync(db => db.Audit.AnyAsync(a => a.Action == "compte.supprime" && a.ObjetId == moi.Id.ToString())));
    }

    [Fact]
    public async Task Supprimer_Evaluateur_LEvaluationResteAttribueeAEvaluateurSupprime()
    {
        var appel = await AapDonnees.AppelPublieAsync(_f, criteres: 2);
        var porteur = await _f.CreateUserAsync(Roles.Porteur);
        var d = await AapDonnees.DossierAsync(_f, appel.Id, porteur.Id, puis: x => x.CommencerInstruction(Guid.NewGuid(), DateTime.UtcNow));
        var (moi, client) = await ConnecteAsync(Roles.Evaluateur);
        var aff = await EvaluationAsync(d.Id, appel.GrilleId!.Value, moi.Id, "Avis à conserver");
        await _f.WithDbAsync(async db => { db.AbonnesNewsletter.Add(new Eig.Web.Contenus.AbonneNewsletter { Email = moi.Email, InscritLe = DateTime.UtcNow }); await db.SaveChangesAsync(); });

        var r = await EigWebFactory.PostFormAsync(client, "/compte/supprimer-mon-compte",
            new Dictionary<string, string> { ["Input.Confirmation"] = "true", ["Input.MotDePasse"] = moi.Password });

        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        Assert.False(await _f.WithDbAsync(db => db.Users.AnyAsync(u => u.Id == moi.Id)));
        var garde = await _f.WithDbAsync(db => db.Affectations.Where(a => a.Id == aff.Id)
            .Join(db.Users, a => a.EvaluateurId, u => u.Id, (a, u) => u.NomComplet).SingleAsync());
        Assert.Equal("Évaluateur supprimé", garde);
        Assert.Equal("Avis à conserver", await _f.WithDbAsync(db => db.Evaluations.Where(e => e.AffectationId == aff.Id).Select(e => e.CommentaireGeneral).SingleAsync()));
        Assert.False(await _f.WithDbAsync(db => db.AbonnesNewsletter.AnyAsync(a => a.Email == moi.Email)));
        // The session is over: the account's pages send back to the sign-in.
        Assert.NotEqual(HttpStatusCode.OK, (await client.GetAsync("/compte")).StatusCode);
        // The stand-in is nobody's account: staff do not find it among the users.
        var staff = _f.NewClient();
        await _f.SignInAsAsync(staff, await _f.CreateUserAsync(Roles.Staff));
        var utilisateurs = await EigWebFactory.GetDocumentAsync(staff, "/admin/utilisateurs?Recherche=supprim");
        Assert.DoesNotContain("Évaluateur supprimé", utilisateurs.QuerySelector("main")!.TextContent);
    }

    /// <summary>What the person booked or wrote does not stay behind: the soutenance to come of a dossier nobody carries
    /// on is cancelled (the team told, the porteur sent the file that removes it, the dossier pre-selected again), the
    /// call with the team to come is cancelled and the past one erased, the seat at an event to come is given back,
    /// the contact messages under the address go; someone else's stay.</summary>
    [Fact]
    public async Task Supprimer_Porteur_SaSoutenanceSesRendezVousSesPlacesEtSesMessagesNeRestentPas()
    {
        var appel = await AapDonnees.AppelPublieAsync(_f);
        var staff = await _f.CreateUserAsync(Roles.Staff);
        var (moi, client) = await ConnecteAsync(Roles.Porteur);
        var now = DateTime.UtcNow;
        var dossier = await AapDonnees.DossierAsync(_f, appel.Id, moi.Id, puis: x =>
        {
            x.CommencerInstruction(Guid.NewGuid(), now);
            x.PreSelectionner(Guid.NewGuid(), "Très bon dossier", now);
        });
        var soutenance = new CreneauSoutenance { AppelId = appel.Id, Debut = now.AddDays(5), Lieu = "DINUM" };
        var (aVenir, passe, autreCreneau) = (new Eig.Web.Evenements.CreneauAppel { Debut = now.AddDays(3) },
            new Eig.Web.Evenements.CreneauAppel { Debut = now.AddDays(-3) }, new Eig.Web.Evenements.CreneauAppel { Debut = now.AddDays(4) });
        var webinaire = new Eig.Web.Evenements.Evenement { Titre = "Webinaire de rentrée", Debut = now.AddDays(7), Capacite = 10, Publie = true };
        await _f.WithDbAsync(async db =>
        {
            var d = await db.DossiersProjets.SingleAsync(x => x.Id == dossier.Id);
            db.CreneauxSoutenance.Add(soutenance);
            soutenance.Reserver(d, now);
            d.ConvoquerEnSoutenance(moi.Id, now);
            db.CreneauxAppel.AddRange(aVenir, passe, autreCreneau);
            foreach (var (c, email) in new[] { (aVenir, moi.Email), (passe, moi.Email.ToUpperInvariant()), (autreCreneau, "quelquun@example.fr") })
                db.ReservationsCreneaux.Add(new Eig.Web.Evenements.ReservationCreneau { CreneauId = c.Id, Nom = "Nom", Email = email, Objet = "Question", ReserveLe = now });
            webinaire.Inscrire(now);
            webinaire.Inscrire(now);
            db.Evenements.Add(webinaire);
            db.InscriptionsEvenements.Add(new Eig.Web.Evenements.InscriptionEvenement { EvenementId = webinaire.Id, Nom = "Moi", Email = moi.Email, InscritLe = now });
            db.InscriptionsEvenements.Add(new Eig.Web.Evenements.InscriptionEvenement { EvenementId = webinaire.Id, Nom = "Autre", Email = "quelquun@example.fr", InscritLe = now });
            db.MessagesContact.Add(new Eig.Web.Contenus.MessageContact { Nom = "Moi", Email = moi.Email, Objet = "Ma question", Message = "Bonjour", RecuLe = now });
            db.MessagesContact.Add(new Eig.Web.Contenus.MessageContact { Nom = "Autre", Email = "quelquun@example.fr", Objet = "Sa question", Message = "Bonjour", RecuLe = now });
            await db.SaveChangesAsync();
        });

        // From the porteur's home, the deletion page says what happens to what is still to come.
        var lien = Lien(await EigWebFactory.GetDocumentAsync(client, "/espace-porteur/dossiers"), "Supprimer mon compte");
        var texte = (await EigWebFactory.GetDocumentAsync(client, lien)).QuerySelector("main")!.TextContent;
        Assert.Contains("la soutenance d'un dossier que personne ne reprend", texte);
        Assert.Contains("les messages envoyés depuis la page de contact", texte);
        var r = await EigWebFactory.PostFormAsync(client, lien, new Dictionary<string, string> { ["Input.Confirmation"] = "true", ["Input.MotDePasse"] = moi.Password });
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);

        var d2 = await _f.WithDbAsync(db => db.DossiersProjets.Include(x => x.Historique).AsNoTracking().SingleAsync(x => x.Id == dossier.Id));
        Assert.Equal(DonneesPersonnelles.PorteurSupprime.Id, d2.PorteurId);
        Assert.Equal(EtatDossier.PreSelectionne, d2.Etat);
        Assert.Equal(EtatDossier.Soutenance, d2.Historique.OrderBy(h => h.Le).ThenBy(h => h.Id).Last().De);
        Assert.Null(await _f.WithDbAsync(db => db.CreneauxSoutenance.Where(c => c.Id == soutenance.Id).Select(c => c.DossierId).SingleAsync()));
        var mails = await _f.ReadMailsAsync();
        // One mail to the person: the account deleted, the soutenance and the call cancelled, each with the calendar
        // file that removes it (the booking's UID, a higher sequence, Paris time).
        var adieu = Assert.Single(mails, m => m.To.Contains(moi.Email));
        Assert.Equal("Votre compte EIG est supprimé", adieu.Subject);
        Assert.Contains($"la soutenance du dossier {dossier.Reference} du", adieu.Text);
        Assert.Contains("votre rendez-vous avec l'équipe du", adieu.Text);
        var calendriers = await CalendriersAsync(adieu);
        Assert.Equal(2, calendriers.Count);
        Assert.All(calendriers, ics => Assert.Contains("METHOD:CANCEL", ics));
        Assert.Contains(calendriers, ics => ics.Contains($"UID:soutenance-{dossier.Id:N}@", StringComparison.Ordinal));
        Assert.Contains(calendriers, ics => ics.Contains("UID:rendez-vous-", StringComparison.Ordinal) && ics.Contains("SEQUENCE:", StringComparison.Ordinal)
            && ics.Contains($"DTSTART;TZID=Europe/Paris:{Eig.Web.Infrastructure.Formats.Fr.EnHeureDeParis(aVenir.Debut):yyyyMMdd'T'HHmmss}", StringComparison.Ordinal));
        Assert.Contains(mails, m => m.To.Contains(staff.Email) && m.Subject.Contains("soutenance annulée"));
        Assert.Contains(mails, m => m.To.Contains(staff.Email) && m.Subject.StartsWith("Rendez-vous annulé", StringComparison.Ordinal) && m.Text.Contains("suppression du compte"));
        Assert.Equal(["quelquun@example.fr"], await _f.WithDbAsync(db => db.ReservationsCreneaux.Select(x => x.Email).ToListAsync()));
        Assert.Equal(["quelquun@example.fr"], await _f.WithDbAsync(db => db.MessagesContact.Select(x => x.Email).ToListAsync()));
        Assert.Equal(["quelquun@example.fr"], await _f.WithDbAsync(db => db.InscriptionsEvenements.Select(x => x.Email).ToListAsync()));
        Assert.Equal(1, await _f.WithDbAsync(db => db.Evenements.Where(e => e.Id == webinaire.Id).Select(e => e.Inscrits).SingleAsync()));
        var audit = await _f.WithDbAsync(db => db.Audit.Where(a => a.Action == "compte.supprime" && a.ObjetId == moi.Id.ToString()).Select(a => a.Details).SingleAsync());
        Assert.Contains("2\u00a0rendez-vous effacés, 1\u00a0message de contact effacé", audit);
        Assert.DoesNotContain(moi.Email, string.Join(" ", await _f.WithDbAsync(db => db.Audit.Where(a => a.Action == "rendezvous.annule").Select(a => a.Details).ToListAsync())));

        // Staff find the dossier among those waiting for a slot and give it one: nobody's address is mailed.
        var equipe = _f.NewClient();
        await _f.SignInAsAsync(equipe, staff);
        var admin = await EigWebFactory.GetDocumentAsync(equipe, "/admin");
        var appels = await EigWebFactory.GetDocumentAsync(equipe, admin.QuerySelector("main a[href='/admin/appels-a-projets']")!.GetAttribute("href")!);
        var fiche = await EigWebFactory.GetDocumentAsync(equipe, appels.QuerySelector($"main a[href='/admin/appels-a-projets/{appel.Id}']")!.GetAttribute("href")!);
        var soutenances = fiche.QuerySelectorAll("main a[href]").First(a => a.TextContent.Trim() == "soutenances").GetAttribute("href")!;
        Assert.NotNull((await EigWebFactory.GetDocumentAsync(equipe, soutenances)).QuerySelector($"select[name='DossierId'] option[value='{dossier.Id}']"));
        var attribue = await EigWebFactory.PostFormAsync(equipe, soutenances,
            new Dictionary<string, string> { ["CreneauId"] = soutenance.Id.ToString(), ["DossierId"] = dossier.Id.ToString() }, handler: "Attribuer");
        Assert.Equal(HttpStatusCode.Redirect, attribue.StatusCode);
        Assert.Equal(dossier.Id, await _f.WithDbAsync(db => db.CreneauxSoutenance.Where(c => c.Id == soutenance.Id).Select(c => c.DossierId).SingleAsync()));
        Assert.DoesNotContain(await _f.WithDbAsync(db => db.Outbox.Select(m => m.A).ToListAsync()), a => a.EndsWith("@eig.invalid", StringComparison.Ordinal));
        Assert.DoesNotContain(await _f.ReadMailsAsync(), m => m.To.Contains("@eig.invalid", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Supprimer_CompteProConnectSansMotDePasse_ConfirmeParLAdresse()
    {
        var (moi, client) = await ConnecteAsync(Roles.Jury);
        await _f.WithDbAsync(db => db.Users.Where(u => u.Id == moi.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.PasswordHash, (string?)null)));
        var page = await EigWebFactory.GetDocumentAsync(client, Lien(await EigWebFactory.GetDocumentAsync(client, "/jury"), "Supprimer mon compte"));
        Assert.Null(page.QuerySelector("#Input_MotDePasse"));

        var faux = await EigWebFactory.PostFormAsync(client, "/compte/supprimer-mon-compte",
            new Dictionary<string, string> { ["Input.Confirmation"] = "true", ["Input.Email"] = "quelquun@example.fr" });
        Assert.Equal(HttpStatusCode.BadRequest, faux.StatusCode);
        Assert.NotNull((await EigWebFactory.ParseAsync(faux)).QuerySelector("#Input_Email-erreur"));

        var r = await EigWebFactory.PostFormAsync(client, "/compte/supprimer-mon-compte",
            new Dictionary<string, string> { ["Input.Confirmation"] = "true", ["Input.Email"] = moi.Email.ToUpperInvariant() });
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        Assert.False(await _f.WithDbAsync(db => db.Users.AnyAsync(u => u.Id == moi.Id)));
    }

    [Fact]
    public async Task Supprimer_CompteEquipe_Refuse()
    {
        var (moi, client) = await ConnecteAsync(Roles.Staff);

        var r = await EigWebFactory.PostFormAsync(client, "/compte/supprimer-mon-compte",
            new Dictionary<string, string> { ["Input.Confirmation"] = "true", ["Input.MotDePasse"] = moi.Password });

        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.True(await _f.WithDbAsync(db => db.Users.AnyAsync(u => u.Id == moi.Id)));
    }

    private static async Task<List<string>> CalendriersAsync(SentMail mail)
    {
        var textes = new List<string>();
        foreach (var partie in mail.Message!.Attachments.OfType<MimeKit.MimePart>().Where(p => p.FileName.EndsWith(".ics", StringComparison.Ordinal)))
        {
            using var flux = new MemoryStream();
            await partie.Content.DecodeToAsync(flux);
            textes.Add(System.Text.Encoding.UTF8.GetString(flux.ToArray()));
        }
        return textes;
    }
}
