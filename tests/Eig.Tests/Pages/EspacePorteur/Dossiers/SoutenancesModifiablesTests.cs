using System.Net;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Eig.Tests.Support;
using Eig.Web.AppelsAProjets;
using Eig.Web.Comptes;
using Eig.Web.Infrastructure;
using Eig.Web.Infrastructure.Database;
using Eig.Web.Infrastructure.Formats;
using Eig.Web.Infrastructure.Planification;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using static Eig.Tests.Pages.Candidatures.AacKit;

namespace Eig.Tests.Pages.EspacePorteur.Dossiers;

/// <summary>Soutenance bookings people can change, as interviews: the porteur changes or cancels from the dossier's
/// page until the series' delay, staff move a booking from the call's soutenances, the day-before reminder goes once
/// per booking, and two porteurs aiming at one slot end with one booking. Run on SQLite and on PostgreSQL
/// (EIG_TEST_POSTGRES).</summary>
public class SoutenancesModifiablesTests : IAsyncLifetime
{
    /// <summary>The domain's clock, moved by hand to reach the delay or the day before.</summary>
    private sealed class Horloge : IClock
    {
        public DateTime UtcNow { get; set; } = DateTime.UtcNow;
    }

    private readonly Horloge _horloge = new();
    private readonly EigWebFactory _f;

    public SoutenancesModifiablesTests() => _f = new EigWebFactory { ServicesDeTest = s => s.AddSingleton<IClock>(_horloge) };

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;
    public ValueTask DisposeAsync() => _f.DisposeAsync();

    private static readonly DateOnly Jour = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(10);

    private static DateTime Paris(DateOnly jour, int heure, int minute = 0) => Fr.VersUtc(jour.ToDateTime(new TimeOnly(heure, minute)));

    /// <summary>10h00 to 12h15: three soutenances of 45 minutes, at 10h00, 10h45 and 11h30.</summary>
    private static async Task<HttpResponseMessage> PublierAsync(HttpClient staff, AppelAProjets appel, DateOnly jour, string delai, string fin = "12:15") =>
        await EigWebFactory.PostFormAsync(staff, $"/admin/appels-a-projets/{appel.Id}/soutenances", new Dictionary<string, string>
        {
            ["Serie.Jour"] = jour.ToString("yyyy-MM-dd"), ["Serie.Debut"] = "10:00", ["Serie.Fin"] = fin, ["Serie.Duree"] = "45",
            ["Serie.Lieu"] = "DINUM, 20 avenue de Ségur, Paris", ["Serie.DelaiModification"] = delai,
        });

    private async Task<DossierProjet> PreselectionneAsync(AppelAProjets appel, TestUser porteur) =>
        await AapDonnees.DossierAsync(_f, appel.Id, porteur.Id, puis: x =>
        {
            x.CommencerInstruction(Guid.NewGuid(), DateTime.UtcNow);
            x.PreSelectionner(Guid.NewGuid(), "Très bon dossier", DateTime.UtcNow);
        });

    private Task<List<CreneauSoutenance>> CreneauxAsync() => _f.WithDbAsync(db => db.CreneauxSoutenance.AsNoTracking().OrderBy(c => c.Debut).ToListAsync());

    private static async Task ReserverAsync(HttpClient porteur, DossierProjet d, Guid creneauId) =>
        AssertRedirect(await EigWebFactory.PostFormAsync(porteur, $"/espace-porteur/dossiers/{d.Id}/soutenance",
            new Dictionary<string, string> { ["Input.CreneauId"] = creneauId.ToString() }), $"/espace-porteur/dossiers/{d.Id}");

    private static async Task<string> IcsAsync(SentMail mail)
    {
        var partie = mail.Message!.Attachments.OfType<MimePart>().Single(p => p.FileName == "soutenance.ics");
        using var flux = new MemoryStream();
        await partie.Content.DecodeToAsync(flux);
        return Encoding.UTF8.GetString(flux.ToArray());
    }

    private Task<List<string>> AuditAsync(string action) =>
        _f.WithDbAsync(db => db.Audit.Where(a => a.Action == action).Select(a => a.Details ?? "").ToListAsync());

    private static string Lien(IDocument doc, Func<string, bool> texte) =>
        doc.QuerySelectorAll<IHtmlAnchorElement>("main a").First(a => texte(a.TextContent.Trim())).GetAttribute("href")!;

    [Fact]
    public async Task Porteur_ChangeEtAnnuleDepuisSonDossier_JusquAuDelaiDeLaSerie()
    {
        var appel = await AapDonnees.AppelPublieAsync(_f);
        var staff = await _f.ClientAsync(await _f.CreateUserAsync(Roles.Staff));
        var porteurUser = await _f.CreateUserAsync(Roles.Porteur);
        var porteur = await _f.ClientAsync(porteurUser);
        var d = await PreselectionneAsync(appel, porteurUser);
        var autre = await _f.ClientAsync(await _f.CreateUserAsync(Roles.Porteur));

        // The series' delay is checked, then set to 48 hours for these three slots.
        var trop = await PublierAsync(staff, appel, Jour, "999");
        Assert.Equal(HttpStatusCode.BadRequest, trop.StatusCode);
        EigWebFactory.AssertHasError(await EigWebFactory.ParseAsync(trop), "Serie.DelaiModification", "Indiquez un délai entre 0 et");
        AssertRedirect(await PublierAsync(staff, appel, Jour, "48"), $"/admin/appels-a-projets/{appel.Id}/soutenances");
        var creneaux = await CreneauxAsync();
        Assert.Equal(3, creneaux.Count);
        Assert.All(creneaux, c => Assert.Equal(48, c.DelaiModificationHeures));

        // From their home to the dossier, then the booking button.
        var accueil = await EigWebFactory.GetDocumentAsync(porteur, "/espace-porteur/dossiers");
        var fiche = await EigWebFactory.GetDocumentAsync(porteur, accueil.QuerySelector($"table a[href='/espace-porteur/dossiers/{d.Id}']")!.GetAttribute("href")!);
        var reserver = Lien(fiche, t => t == "Réserver un créneau de soutenance");
        await ReserverAsync(porteur, d, creneaux[0].Id);

        // Booked: the dossier's page opens the soutenance's, which offers the two other slots in its place.
        fiche = await EigWebFactory.GetDocumentAsync(porteur, $"/espace-porteur/dossiers/{d.Id}");
        Assert.DoesNotContain(fiche.QuerySelectorAll("main a"), a => a.TextContent.Trim() == "Réserver un créneau de soutenance");
        var page = Lien(fiche, t => t == "Changer ou annuler ma soutenance");
        Assert.Equal(reserver, page);
        var soutenance = await EigWebFactory.GetDocumentAsync(porteur, page);
        Assert.Equal([creneaux[1].Id.ToString(), creneaux[2].Id.ToString()],
            soutenance.QuerySelectorAll<IHtmlInputElement>("input[name='Input.CreneauId']").Select(i => i.Value).ToArray());
        Assert.Contains($"jusqu'au {Fr.DateHeure(Paris(Jour, 10).AddHours(-48))}", soutenance.Body!.TextContent);
        // Someone else's dossier does not exist for another porteur.
        Assert.Equal(HttpStatusCode.NotFound, (await autre.GetAsync(page)).StatusCode);

        // No slot chosen: the message is next to the choice, nothing moved.
        var vide = await EigWebFactory.PostFormAsync(porteur, page, new Dictionary<string, string>(), handler: "Changer");
        Assert.Equal(HttpStatusCode.BadRequest, vide.StatusCode);
        EigWebFactory.AssertHasError(await EigWebFactory.ParseAsync(vide), "Input.CreneauId", "Choisissez un créneau dans la liste.");

        // They take the 10h45 slot: the 10h00 one is free again, a new invitation replaces the first, the change is audited.
        AssertRedirect(await EigWebFactory.PostFormAsync(porteur, page, new Dictionary<string, string> { ["Input.CreneauId"] = creneaux[1].Id.ToString() }, handler: "Changer"),
            $"/espace-porteur/dossiers/{d.Id}");
        creneaux = await CreneauxAsync();
        Assert.Null(creneaux[0].DossierId);
        Assert.Equal(d.Id, creneaux[1].DossierId);
        var invitations = (await _f.ReadMailsAsync()).Where(m => m.To.Contains(porteurUser.Email) && m.Subject == $"Soutenance du dossier {d.Reference}").ToList();
        Assert.Equal(2, invitations.Count);
        Assert.Contains(Fr.Creneau(Paris(Jour, 10, 45), 45), invitations[^1].Text);
        var ics = await IcsAsync(invitations[^1]);
        Assert.Contains($"DTSTART;TZID=Europe/Paris:{Jour:yyyyMMdd}T104500", ics);
        Assert.Contains($"DTEND;TZID=Europe/Paris:{Jour:yyyyMMdd}T113000", ics);
        Assert.Contains($"UID:soutenance-{d.Id:N}@", ics);
        Assert.Contains("METHOD:PUBLISH", ics);
        Assert.Contains(await AuditAsync("soutenance.changer"), a => a.Contains(creneaux[1].Id.ToString()));
        Assert.Single(await _f.ReadMailsAsync(), m => m.Subject.Contains("soutenance changée"));

        // 47 hours before: past the delay. The page says whom to write to, and a cancellation sent anyway is refused.
        _horloge.UtcNow = Paris(Jour, 10, 45).AddHours(-47);
        var tard = await EigWebFactory.GetDocumentAsync(porteur, page);
        Assert.Contains("Cette soutenance ne se modifie plus en ligne", tard.Body!.TextContent);
        Assert.Contains("messagerie du dossier", tard.Body.TextContent);
        Assert.Empty(tard.QuerySelectorAll("input[name='Input.CreneauId']"));
        Assert.Equal(page, Lien(await EigWebFactory.GetDocumentAsync(porteur, $"/espace-porteur/dossiers/{d.Id}"), t => t == "Voir ma soutenance"));
        var refus = await EigWebFactory.PostFormAsync(porteur, $"/espace-porteur/dossiers/{d.Id}/messages", new Dictionary<string, string>(), action: $"{page}?handler=Annuler");
        Assert.Equal(HttpStatusCode.BadRequest, refus.StatusCode);
        EigWebFactory.AssertHasError(await EigWebFactory.ParseAsync(refus), "",
            $"Cette soutenance ne se modifie plus en ligne depuis le {Fr.DateHeure(Paris(Jour, 10, 45).AddHours(-48))} (48\u00a0heures avant) : écrivez à l'équipe du programme depuis la messagerie du dossier");
        Assert.Equal(d.Id, (await CreneauxAsync())[1].DossierId);

        // 49 hours before: still in time, they cancel; the slot is free, the mail's file removes the event.
        _horloge.UtcNow = Paris(Jour, 10, 45).AddHours(-49);
        AssertRedirect(await EigWebFactory.PostFormAsync(porteur, page, new Dictionary<string, string>(), handler: "Annuler"), page);
        Assert.All(await CreneauxAsync(), c => Assert.Null(c.DossierId));
        var annulation = Assert.Single(await _f.ReadMailsAsync(), m => m.To.Contains(porteurUser.Email) && m.Subject == $"Soutenance du dossier {d.Reference} annulée");
        Assert.Contains(Fr.Creneau(Paris(Jour, 10, 45), 45), annulation.Text);
        var icsAnnule = await IcsAsync(annulation);
        Assert.Contains("METHOD:CANCEL", icsAnnule);
        Assert.Contains("STATUS:CANCELLED", icsAnnule);
        Assert.Contains($"UID:soutenance-{d.Id:N}@", icsAnnule);
        Assert.Contains($"DTSTART;TZID=Europe/Paris:{Jour:yyyyMMdd}T104500", icsAnnule);
        Assert.DoesNotContain("BEGIN:VALARM", icsAnnule);
        Assert.Single(await AuditAsync("soutenance.annuler"));
        // The dossier offers the booking again.
        fiche = await EigWebFactory.GetDocumentAsync(porteur, $"/espace-porteur/dossiers/{d.Id}");
        Assert.Equal(page, Lien(fiche, t => t == "Réserver un créneau de soutenance"));

        // It is no longer called to a soutenance: pre-selected again, through the domain, in its history and the audit.
        await AssertPreselectionneDeNouveauAsync(d, porteurUser.Id, "annulée par le porteur");
        Assert.Contains("dossier de nouveau pré-sélectionné", Assert.Single(await AuditAsync("soutenance.annuler")));
        // Its porteur's home says a slot is to be booked; staff find it among the dossiers waiting for one.
        Assert.Contains("Réserver un créneau de soutenance", (await EigWebFactory.GetDocumentAsync(porteur, "/espace-porteur/dossiers")).QuerySelector("main")!.TextContent);
        var soutenances = await SoutenancesDepuisLAccueilAsync(staff, appel);
        Assert.NotNull(soutenances.QuerySelector($"select[name='DossierId'] option[value='{d.Id}']"));

        // Booking another slot calls it back to the soutenance.
        await ReserverAsync(porteur, d, creneaux[2].Id);
        Assert.Equal(EtatDossier.Soutenance, await _f.WithDbAsync(db => db.DossiersProjets.Where(x => x.Id == d.Id).Select(x => x.Etat).SingleAsync()));
    }

    /// <summary>From the back office's home to the call, then its soutenances, as staff click.</summary>
    private static async Task<IDocument> SoutenancesDepuisLAccueilAsync(HttpClient staff, AppelAProjets appel)
    {
        var accueil = await EigWebFactory.GetDocumentAsync(staff, "/admin");
        var appels = await EigWebFactory.GetDocumentAsync(staff, accueil.QuerySelector("main a[href='/admin/appels-a-projets']")!.GetAttribute("href")!);
        var fiche = await EigWebFactory.GetDocumentAsync(staff, appels.QuerySelector($"main a[href='/admin/appels-a-projets/{appel.Id}']")!.GetAttribute("href")!);
        return await EigWebFactory.GetDocumentAsync(staff, Lien(fiche, t => t == "soutenances"));
    }

    private async Task AssertPreselectionneDeNouveauAsync(DossierProjet d, Guid parId, string motif)
    {
        var apres = await _f.WithDbAsync(db => db.DossiersProjets.Include(x => x.Historique).AsNoTracking().SingleAsync(x => x.Id == d.Id));
        Assert.Equal(EtatDossier.PreSelectionne, apres.Etat);
        var retour = apres.Historique.OrderBy(h => h.Le).ThenBy(h => h.Id).Last();
        Assert.Equal((EtatDossier.Soutenance, EtatDossier.PreSelectionne, parId), (retour.De, retour.Vers, retour.ParId));
        Assert.Contains(motif, retour.Motif);
    }

    /// <summary>Staff cancel a soutenance from the call's list, inside the porteur's delay: the slot is free, the
    /// dossier pre-selected again, its porteur told with the file that removes it, and they book another.</summary>
    [Fact]
    public async Task Equipe_AnnuleUneSoutenance_LeDossierRedevientPreselectionneEtLePorteurEnReserveUneAutre()
    {
        var appel = await AapDonnees.AppelPublieAsync(_f);
        var staffUser = await _f.CreateUserAsync(Roles.Staff);
        var staff = await _f.ClientAsync(staffUser);
        var porteurUser = await _f.CreateUserAsync(Roles.Porteur);
        var porteur = await _f.ClientAsync(porteurUser);
        var d = await PreselectionneAsync(appel, porteurUser);
        AssertRedirect(await PublierAsync(staff, appel, Jour, "48"), $"/admin/appels-a-projets/{appel.Id}/soutenances");
        var creneaux = await CreneauxAsync();
        await ReserverAsync(porteur, d, creneaux[0].Id);
        _horloge.UtcNow = Paris(Jour, 10).AddHours(-3);

        var page = Lien(await SoutenancesDepuisLAccueilAsync(staff, appel), t => t.StartsWith("Déplacer ou annuler", StringComparison.Ordinal));
        Assert.Contains("Annuler la soutenance", (await EigWebFactory.GetDocumentAsync(staff, page)).QuerySelector("main")!.TextContent);
        Assert.NotEqual(HttpStatusCode.OK, (await porteur.GetAsync(page)).StatusCode);
        AssertRedirect(await EigWebFactory.PostFormAsync(staff, page, new Dictionary<string, string>(), handler: "Annuler"), $"/admin/appels-a-projets/{appel.Id}/soutenances");

        Assert.All(await CreneauxAsync(), c => Assert.Null(c.DossierId));
        await AssertPreselectionneDeNouveauAsync(d, staffUser.Id, "annulée par l'équipe du programme");
        Assert.Contains(await AuditAsync("soutenance.annuler"), a => a.Contains(creneaux[0].Id.ToString()) && a.Contains("par l'équipe"));
        var annulation = Assert.Single(await _f.ReadMailsAsync(), m => m.To.Contains(porteurUser.Email) && m.Subject == $"Soutenance du dossier {d.Reference} annulée");
        Assert.Contains("METHOD:CANCEL", await IcsAsync(annulation));
        // A slot no longer booked has nothing to cancel.
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync(page)).StatusCode);

        // The porteur, from their home, is asked to book again, and does.
        var accueil = await EigWebFactory.GetDocumentAsync(porteur, "/espace-porteur/dossiers");
        Assert.Contains("Réserver un créneau de soutenance", accueil.QuerySelector("main")!.TextContent);
        var fiche = await EigWebFactory.GetDocumentAsync(porteur, accueil.QuerySelector($"table a[href='/espace-porteur/dossiers/{d.Id}']")!.GetAttribute("href")!);
        Assert.Equal($"/espace-porteur/dossiers/{d.Id}/soutenance", Lien(fiche, t => t == "Réserver un créneau de soutenance"));
        await ReserverAsync(porteur, d, creneaux[1].Id);
        Assert.Equal(EtatDossier.Soutenance, await _f.WithDbAsync(db => db.DossiersProjets.Where(x => x.Id == d.Id).Select(x => x.Etat).SingleAsync()));
    }

    [Fact]
    public async Task Equipe_DeplaceUneSoutenanceDepuisLAccueil_LePorteurRecoitLaNouvelleInvitation()
    {
        var appel = await AapDonnees.AppelPublieAsync(_f);
        var staff = await _f.ClientAsync(await _f.CreateUserAsync(Roles.Staff));
        var porteurUser = await _f.CreateUserAsync(Roles.Porteur);
        var porteur = await _f.ClientAsync(porteurUser);
        var d = await PreselectionneAsync(appel, porteurUser);
        AssertRedirect(await PublierAsync(staff, appel, Jour, ""), $"/admin/appels-a-projets/{appel.Id}/soutenances");
        var creneaux = await CreneauxAsync();
        Assert.All(creneaux, c => Assert.Equal(24, c.DelaiModificationHeures));
        await ReserverAsync(porteur, d, creneaux[0].Id);

        // From the back office's home to the call, its soutenances, then the booked slot's move.
        var accueil = await EigWebFactory.GetDocumentAsync(staff, "/admin");
        var appels = await EigWebFactory.GetDocumentAsync(staff, accueil.QuerySelector("main a[href='/admin/appels-a-projets']")!.GetAttribute("href")!);
        var fiche = await EigWebFactory.GetDocumentAsync(staff, appels.QuerySelector($"main a[href='/admin/appels-a-projets/{appel.Id}']")!.GetAttribute("href")!);
        var liste = await EigWebFactory.GetDocumentAsync(staff, Lien(fiche, t => t == "soutenances"));
        var lignes = liste.QuerySelectorAll("tbody tr").Select(tr => tr.TextContent).ToList();
        Assert.Contains("jusqu'à 24\u00a0heures avant", lignes[0]);
        var deplacer = Lien(liste, t => t.StartsWith("Déplacer", StringComparison.Ordinal));
        Assert.Equal($"/admin/soutenances/{creneaux[0].Id}/deplacer", deplacer);
        Assert.Single(liste.QuerySelectorAll("tbody a"), a => a.TextContent.StartsWith("Déplacer", StringComparison.Ordinal));
        // The week's agenda offers the same move, with the dossier and its administration.
        var semaine = await EigWebFactory.GetDocumentAsync(staff, Eig.Web.Pages.Admin.Creneaux.SemaineModel.Lien(Jour));
        var ligne = semaine.QuerySelectorAll("tbody tr").Single(tr => tr.TextContent.Contains(d.Reference));
        Assert.Contains(d.Administration, ligne.TextContent);
        Assert.Equal(deplacer, ligne.QuerySelector("a[href$='/deplacer']")!.GetAttribute("href"));
        Assert.NotEqual(HttpStatusCode.OK, (await porteur.GetAsync(deplacer)).StatusCode);

        var vide = await EigWebFactory.PostFormAsync(staff, deplacer, new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.BadRequest, vide.StatusCode);
        EigWebFactory.AssertHasError(await EigWebFactory.ParseAsync(vide), "NouveauId", "Choisissez le nouveau créneau dans la liste.");

        // Moved to 11h30, even inside the porteur's delay (staff are not bound by it).
        _horloge.UtcNow = Paris(Jour, 10).AddHours(-3);
        AssertRedirect(await EigWebFactory.PostFormAsync(staff, deplacer, new Dictionary<string, string> { ["NouveauId"] = creneaux[2].Id.ToString() }),
            $"/admin/appels-a-projets/{appel.Id}/soutenances");
        creneaux = await CreneauxAsync();
        Assert.Null(creneaux[0].DossierId);
        Assert.Equal(d.Id, creneaux[2].DossierId);
        var mail = Assert.Single(await _f.ReadMailsAsync(), m => m.To.Contains(porteurUser.Email) && m.Subject == $"Soutenance du dossier {d.Reference} déplacée");
        Assert.Contains(Fr.Creneau(Paris(Jour, 10), 45), mail.Text);
        Assert.Contains(Fr.Creneau(Paris(Jour, 11, 30), 45), mail.Text);
        var ics = await IcsAsync(mail);
        Assert.Contains($"DTSTART;TZID=Europe/Paris:{Jour:yyyyMMdd}T113000", ics);
        Assert.Contains($"UID:soutenance-{d.Id:N}@", ics);
        Assert.Contains("SEQUENCE:", ics);
        Assert.Contains(await AuditAsync("soutenance.deplacer"), a => a.Contains(creneaux[2].Id.ToString()));
        // A slot no longer booked has nothing to move.
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync(deplacer)).StatusCode);
    }

    [Fact]
    public async Task RappelDeLaVeille_UneSeuleFoisParReservation_MemeLanceEnParallele()
    {
        var appel = await AapDonnees.AppelPublieAsync(_f);
        var staff = await _f.ClientAsync(await _f.CreateUserAsync(Roles.Staff));
        var aUser = await _f.CreateUserAsync(Roles.Porteur);
        var bUser = await _f.CreateUserAsync(Roles.Porteur);
        var a = await PreselectionneAsync(appel, aUser);
        var b = await PreselectionneAsync(appel, bUser);
        AssertRedirect(await PublierAsync(staff, appel, Jour, "", fin: "10:45"), $"/admin/appels-a-projets/{appel.Id}/soutenances");
        AssertRedirect(await PublierAsync(staff, appel, Jour.AddDays(1), "", fin: "10:45"), $"/admin/appels-a-projets/{appel.Id}/soutenances");
        var creneaux = await CreneauxAsync();
        await ReserverAsync(await _f.ClientAsync(aUser), a, creneaux[0].Id);
        await ReserverAsync(await _f.ClientAsync(bUser), b, creneaux[1].Id);

        // The morning before the first soutenance: four runs at once send one reminder; nothing for the day after.
        _horloge.UtcNow = Paris(Jour.AddDays(-1), 8);
        var envoyes = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            using var scope = _f.Services.CreateScope();
            return await scope.ServiceProvider.GetRequiredService<ReservationsSoutenances>().EnvoyerRappelsAsync(CancellationToken.None);
        })));
        Assert.Equal(1, envoyes.Sum());
        var rappel = Assert.Single(await _f.ReadMailsAsync(), m => m.Subject.StartsWith("Rappel : soutenance", StringComparison.Ordinal));
        Assert.Contains(aUser.Email, rappel.To);
        Assert.Equal($"Rappel : soutenance du dossier {a.Reference}", rappel.Subject);
        Assert.Contains(Fr.Creneau(Paris(Jour, 10), 45), rappel.Text);
        Assert.NotNull((await CreneauxAsync())[0].RappelEnvoyeLe);

        // A new booking of the slot starts without its reminder: cancelled and booked again, it is reminded again,
        // by the scheduled job; run once more the same morning, the job finds nothing left to send.
        var aClient = await _f.ClientAsync(aUser);
        var page = $"/espace-porteur/dossiers/{a.Id}/soutenance";
        AssertRedirect(await EigWebFactory.PostFormAsync(aClient, page, new Dictionary<string, string>(), handler: "Annuler"), page);
        await ReserverAsync(aClient, a, creneaux[0].Id);
        Assert.Null((await CreneauxAsync())[0].RappelEnvoyeLe);
        var planificateur = _f.Services.GetRequiredService<Planificateur>();
        Assert.True(await planificateur.LancerMaintenantAsync("aap-relances"));
        Assert.Contains(Fr.Nombre(1, "rappel de soutenance", "rappels de soutenance"),
            (await _f.WithDbAsync(db => db.Taches.AsNoTracking().SingleAsync(t => t.Nom == "aap-relances"))).DernierResultat);
        Assert.True(await planificateur.LancerMaintenantAsync("aap-relances"));
        Assert.Contains(Fr.Nombre(0, "rappel de soutenance", "rappels de soutenance"),
            (await _f.WithDbAsync(db => db.Taches.AsNoTracking().SingleAsync(t => t.Nom == "aap-relances"))).DernierResultat);
        Assert.Equal(2, (await _f.ReadMailsAsync()).Count(m => m.Subject == $"Rappel : soutenance du dossier {a.Reference}"));

        // The next morning, through the scheduler, the second one.
        _horloge.UtcNow = Paris(Jour, 8);
        Assert.True(await _f.Services.GetRequiredService<Planificateur>().LancerMaintenantAsync("aap-relances"));
        Assert.Single(await _f.ReadMailsAsync(), m => m.Subject == $"Rappel : soutenance du dossier {b.Reference}" && m.To.Contains(bUser.Email));
        // The staff jobs page shows the job and its last result.
        var taches = await EigWebFactory.GetDocumentAsync(staff, "/admin/taches");
        Assert.Contains("rappels des soutenances du lendemain", taches.Body!.TextContent);
        Assert.Contains(Fr.Nombre(1, "rappel de soutenance", "rappels de soutenance"), taches.Body.TextContent);
    }

    [Fact]
    public async Task DeuxPorteursChangentPourLeMemeCreneauEnMemeTemps_UnSeulLObtient()
    {
        var appel = await AapDonnees.AppelPublieAsync(_f);
        var staff = await _f.ClientAsync(await _f.CreateUserAsync(Roles.Staff));
        var aUser = await _f.CreateUserAsync(Roles.Porteur);
        var bUser = await _f.CreateUserAsync(Roles.Porteur);
        var a = await PreselectionneAsync(appel, aUser);
        var b = await PreselectionneAsync(appel, bUser);
        AssertRedirect(await PublierAsync(staff, appel, Jour, ""), $"/admin/appels-a-projets/{appel.Id}/soutenances");
        var creneaux = await CreneauxAsync();
        await ReserverAsync(await _f.ClientAsync(aUser), a, creneaux[0].Id);
        await ReserverAsync(await _f.ClientAsync(bUser), b, creneaux[1].Id);

        // Both read the free 11h30 slot, then both take it: one change wins, the other is refused whole.
        var scopes = Enumerable.Range(0, 2).Select(_ => _f.Services.CreateScope()).ToList();
        try
        {
            async Task<Func<Task>> Preparer(IServiceScope scope, Guid dossierId, Guid ancienId)
            {
                var db = scope.ServiceProvider.GetRequiredService<EigDbContext>();
                var ancien = await db.CreneauxSoutenance.SingleAsync(c => c.Id == ancienId);
                var nouveau = await db.CreneauxSoutenance.SingleAsync(c => c.Id == creneaux[2].Id);
                var dossier = await db.DossiersProjets.SingleAsync(d => d.Id == dossierId);
                return () => scope.ServiceProvider.GetRequiredService<ReservationsSoutenances>().ChangerAsync(ancien, nouveau, dossier);
            }
            var changements = new[] { await Preparer(scopes[0], a.Id, creneaux[0].Id), await Preparer(scopes[1], b.Id, creneaux[1].Id) };
            var issues = await Task.WhenAll(changements.Select(c => Task.Run(async () =>
            {
                try { await c(); return null; }
                catch (DomainException ex) { return ex.Message; }
            })));
            Assert.Single(issues, i => i is null);
            Assert.Single(issues, i => i == ReservationsSoutenances.DejaPris);
        }
        finally { foreach (var s in scopes) s.Dispose(); }

        creneaux = await CreneauxAsync();
        var gagnant = creneaux[2].DossierId!.Value;
        Assert.True(gagnant == a.Id || gagnant == b.Id);
        // The winner's former slot is free; the loser keeps theirs: nobody is left without, nobody holds two.
        var perdant = gagnant == a.Id ? b.Id : a.Id;
        Assert.Equal([perdant, gagnant], creneaux.Where(c => c.DossierId != null).Select(c => c.DossierId!.Value).ToArray());
        Assert.Single(creneaux, c => c.DossierId == null);
        Assert.Single(await AuditAsync("soutenance.changer"));
    }
}
