using System.Net;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Eig.Tests.Support;
using Eig.Web.Candidatures;
using Eig.Web.Comptes;
using Eig.Web.Infrastructure;
using Eig.Web.Infrastructure.Formats;
using Eig.Web.Infrastructure.Planification;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using static Eig.Tests.Pages.Candidatures.AacKit;

namespace Eig.Tests.Pages.Candidatures;

/// <summary>Interview bookings people can change: the candidate changes or cancels until the series' delay, staff move
/// a booking from the week's agenda, the day-before reminder goes once per booking, and two people aiming at one slot
/// end with one booking. Run on SQLite and on PostgreSQL (EIG_TEST_POSTGRES).</summary>
public class EntretiensModifiablesTests : IAsyncLifetime
{
    /// <summary>The domain's clock, moved by hand to reach the delay or the day before.</summary>
    private sealed class Horloge : IClock
    {
        public DateTime UtcNow { get; set; } = DateTime.UtcNow;
    }

    private readonly Horloge _horloge = new();
    private readonly EigWebFactory _f;

    public EntretiensModifiablesTests() => _f = new EigWebFactory { ServicesDeTest = s => s.AddSingleton<IClock>(_horloge) };

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;
    public ValueTask DisposeAsync() => _f.DisposeAsync();

    /// <summary>Inside the sprint's interview window (12 to 30 days from today).</summary>
    private static readonly DateOnly Jour = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(13);

    private static DateTime Paris(DateOnly jour, int heure) => Fr.VersUtc(jour.ToDateTime(new TimeOnly(heure, 0)));

    private async Task<HttpResponseMessage> PublierAsync(HttpClient staff, Appel appel, DateOnly jour, string debut, string fin, string delai) =>
        await EigWebFactory.PostFormAsync(staff, "/admin/candidatures/creneaux", new Dictionary<string, string>
        {
            ["Input.SprintId"] = appel.SprintId.ToString(), ["Input.ProfilId"] = appel.ProduitId.ToString(), ["Serie.Jour"] = jour.ToString("yyyy-MM-dd"),
            ["Serie.Debut"] = debut, ["Serie.Fin"] = fin, ["Serie.Lieu"] = "Visioconférence, lien envoyé la veille", ["Serie.DelaiModification"] = delai,
        });

    private Task<List<Creneau>> CreneauxAsync() => _f.WithDbAsync(db => db.Creneaux.AsNoTracking().OrderBy(c => c.Debut).ToListAsync());

    private async Task ReserverAsync(HttpClient candidat, Guid creneauId) =>
        AssertRedirect(await EigWebFactory.PostFormAsync(candidat, "/espace-candidat/creneaux", new Dictionary<string, string> { ["CreneauId"] = creneauId.ToString() }), "/espace-candidat");

    private static async Task<string> IcsAsync(SentMail mail)
    {
        var partie = mail.Message!.Attachments.OfType<MimePart>().Single(p => p.FileName == "entretien-eig.ics");
        using var flux = new MemoryStream();
        await partie.Content.DecodeToAsync(flux);
        return Encoding.UTF8.GetString(flux.ToArray());
    }

    private Task<List<string>> AuditAsync(string action) => _f.WithDbAsync(db => db.Audit.Where(a => a.Action == action).Select(a => a.ObjetId ?? "").ToListAsync());

    [Fact]
    public async Task Candidat_ChangeEtAnnuleDepuisSonEspace_JusquAuDelaiDeLaSerie()
    {
        var appel = await _f.AppelOuvertAsync();
        var staff = await _f.ClientAsync(await _f.CreateUserAsync(Roles.Staff));
        var leaUser = await _f.CreateUserAsync(Roles.Candidat);
        var lea = await _f.ClientAsync(leaUser);
        var leaCandidature = await _f.CandidatureAsync(appel, leaUser, EtatCandidature.PremierEntretien);
        var autre = await _f.ClientAsync(await _f.CreateUserAsync(Roles.Candidat));

        // The series' delay is checked, then set to 48 hours for these three slots.
        var trop = await PublierAsync(staff, appel, Jour, "10:00", "13:00", "999");
        Assert.Equal(HttpStatusCode.BadRequest, trop.StatusCode);
        EigWebFactory.AssertHasError(await EigWebFactory.ParseAsync(trop), "Serie.DelaiModification", "Indiquez un délai entre 0 et");
        Assert.Empty(await CreneauxAsync());
        AssertRedirect(await PublierAsync(staff, appel, Jour, "10:00", "13:00", "48"), "/admin/candidatures/creneaux");
        var creneaux = await CreneauxAsync();
        Assert.Equal(3, creneaux.Count);
        Assert.All(creneaux, c => Assert.Equal(48, c.DelaiModificationHeures));
        await ReserverAsync(lea, creneaux[0].Id);

        // From her home, the booked interview opens its page: the two other slots are offered in its place.
        var accueil = await EigWebFactory.GetDocumentAsync(lea, "/espace-candidat");
        var page = accueil.QuerySelectorAll<IHtmlAnchorElement>("a").Single(a => a.TextContent.Trim() == "changer ou annuler").GetAttribute("href")!;
        Assert.Equal($"/espace-candidat/creneaux/{creneaux[0].Id}", page);
        var entretien = await EigWebFactory.GetDocumentAsync(lea, page);
        Assert.Equal([creneaux[1].Id.ToString(), creneaux[2].Id.ToString()],
            entretien.QuerySelectorAll<IHtmlInputElement>("input[name='NouveauId']").Select(i => i.Value).ToArray());
        Assert.Contains($"jusqu'au {Fr.DateHeure(Paris(Jour, 10).AddHours(-48))}", entretien.Body!.TextContent);

        // Someone else's booking does not exist for another candidate.
        Assert.Equal(HttpStatusCode.NotFound, (await autre.GetAsync(page)).StatusCode);

        // No slot chosen: the message is next to the choice, nothing moved.
        var vide = await EigWebFactory.PostFormAsync(lea, page, new Dictionary<string, string>(), handler: "Changer");
        Assert.Equal(HttpStatusCode.BadRequest, vide.StatusCode);
        EigWebFactory.AssertHasError(await EigWebFactory.ParseAsync(vide), "NouveauId", "Choisissez le nouveau créneau dans la liste.");

        // She takes the 11h00 slot: the 10h00 one is free again, a new invitation is mailed, the change is audited.
        var change = await EigWebFactory.PostFormAsync(lea, page, new Dictionary<string, string> { ["NouveauId"] = creneaux[1].Id.ToString() }, handler: "Changer");
        AssertRedirect(change, "/espace-candidat/creneaux");
        creneaux = await CreneauxAsync();
        Assert.Null(creneaux[0].CandidatureId);
        Assert.Equal(leaCandidature, creneaux[1].CandidatureId);
        var invitations = (await _f.ReadMailsAsync()).Where(m => m.To.Contains(leaUser.Email) && m.Subject == "Votre entretien est réservé").ToList();
        Assert.Equal(2, invitations.Count);
        var ics = await IcsAsync(invitations[^1]);
        Assert.Contains($"DTSTART;TZID=Europe/Paris:{Jour:yyyyMMdd}T110000", ics);
        Assert.Contains($"UID:entretien-{leaCandidature:N}-premier@", ics);
        Assert.Contains(creneaux[1].Id.ToString(), await AuditAsync("candidature.creneau-change"));

        // Another candidate cannot cancel it, even with a valid form token.
        var annulerAutre = await EigWebFactory.PostFormAsync(autre, "/compte/supprimer-mon-compte", new Dictionary<string, string>(), action: $"/espace-candidat/creneaux/{creneaux[1].Id}?handler=Annuler");
        Assert.Equal(HttpStatusCode.NotFound, annulerAutre.StatusCode);

        // 47 hours before: past the delay. The page says so, and a cancellation sent anyway is refused in French.
        _horloge.UtcNow = Paris(Jour, 11).AddHours(-47);
        var tard = await EigWebFactory.GetDocumentAsync(lea, $"/espace-candidat/creneaux/{creneaux[1].Id}");
        Assert.Contains("Cet entretien ne se modifie plus en ligne", tard.Body!.TextContent);
        Assert.Empty(tard.QuerySelectorAll("input[name='NouveauId']"));
        var refus = await EigWebFactory.PostFormAsync(lea, "/compte/supprimer-mon-compte", new Dictionary<string, string>(), action: $"/espace-candidat/creneaux/{creneaux[1].Id}?handler=Annuler");
        Assert.Equal(HttpStatusCode.BadRequest, refus.StatusCode);
        EigWebFactory.AssertHasError(await EigWebFactory.ParseAsync(refus), "", $"Cet entretien ne se modifie plus en ligne depuis le {Fr.DateHeure(Paris(Jour, 11).AddHours(-48))}");
        Assert.Equal(leaCandidature, (await CreneauxAsync())[1].CandidatureId);

        // 49 hours before: still in time, she cancels; the slot is free for others.
        _horloge.UtcNow = Paris(Jour, 11).AddHours(-49);
        AssertRedirect(await EigWebFactory.PostFormAsync(lea, $"/espace-candidat/creneaux/{creneaux[1].Id}", new Dictionary<string, string>(), handler: "Annuler"), "/espace-candidat/creneaux");
        Assert.All(await CreneauxAsync(), c => Assert.Null(c.CandidatureId));
        Assert.Contains(creneaux[1].Id.ToString(), await AuditAsync("candidature.creneau-annule"));
        // She is told, in Paris time, with the calendar file that removes the interview the invitation had added.
        var annulation = Assert.Single(await _f.ReadMailsAsync(), m => m.To.Contains(leaUser.Email) && m.Subject == "Votre entretien est annulé");
        Assert.Contains($"{Fr.DateHeure(Paris(Jour, 11))} (heure de Paris) est annulé", annulation.Text);
        var retrait = await IcsAsync(annulation);
        Assert.Contains("METHOD:CANCEL", retrait);
        Assert.Contains("STATUS:CANCELLED", retrait);
        Assert.Contains($"UID:entretien-{leaCandidature:N}-premier@", retrait);
    }

    /// <summary>Deleting the account cancels the interview to come even past the delay (nobody will come): the slot is
    /// free for others, the team is told, and the person gets one mail (account deleted, the interview cancelled) with
    /// the file that removes it from their calendar.</summary>
    [Fact]
    public async Task Candidat_SupprimeSonCompte_SonEntretienAVenirEstAnnuleCommeSIlLAnnulait()
    {
        var appel = await _f.AppelOuvertAsync();
        var staffUser = await _f.CreateUserAsync(Roles.Staff);
        var staff = await _f.ClientAsync(staffUser);
        var leaUser = await _f.CreateUserAsync(Roles.Candidat);
        var lea = await _f.ClientAsync(leaUser);
        var leaCandidature = await _f.CandidatureAsync(appel, leaUser, EtatCandidature.PremierEntretien);
        AssertRedirect(await PublierAsync(staff, appel, Jour, "10:00", "12:00", "48"), "/admin/candidatures/creneaux");
        var creneaux = await CreneauxAsync();
        await ReserverAsync(lea, creneaux[0].Id);
        _horloge.UtcNow = Paris(Jour, 10).AddHours(-3);

        // From her space, the link to the account's deletion, which says her interviews to come are cancelled.
        var espace = await EigWebFactory.GetDocumentAsync(lea, "/espace-candidat");
        var lien = espace.QuerySelectorAll<IHtmlAnchorElement>("main a").First(a => a.TextContent.Trim() == "Supprimer mon compte").GetAttribute("href")!;
        Assert.Contains("vos entretiens", (await EigWebFactory.GetDocumentAsync(lea, lien)).QuerySelector("main")!.TextContent);
        AssertRedirect(await EigWebFactory.PostFormAsync(lea, lien, new Dictionary<string, string> { ["Input.Confirmation"] = "true", ["Input.MotDePasse"] = leaUser.Password }), "/");

        Assert.All(await CreneauxAsync(), c => Assert.Null(c.CandidatureId));
        Assert.False(await _f.WithDbAsync(db => db.Candidatures.AnyAsync(c => c.Id == leaCandidature)));
        Assert.Contains(creneaux[0].Id.ToString(), await AuditAsync("candidature.creneau-annule"));
        var mails = await _f.ReadMailsAsync();
        // One mail to her, the account deleted and what it cancelled — not the "choose another slot" one.
        var annulation = Assert.Single(mails, m => m.To.Contains(leaUser.Email) && m.Subject != "Votre entretien est réservé");
        Assert.Equal("Votre compte EIG est supprimé", annulation.Subject);
        Assert.Contains("votre premier entretien du", annulation.Text);
        Assert.DoesNotContain("autre créneau", annulation.Text);
        var retrait = await IcsAsync(annulation);
        Assert.Contains("METHOD:CANCEL", retrait);
        Assert.Contains($"UID:entretien-{leaCandidature:N}-premier@", retrait);
        var equipe = Assert.Single(mails, m => m.To.Contains(staffUser.Email) && m.Subject.Contains("entretien annulé"));
        Assert.Contains("suppression du compte", equipe.Text);
        // The slot is offered to others again.
        var autreUser = await _f.CreateUserAsync(Roles.Candidat);
        var autre = await _f.ClientAsync(autreUser);
        await _f.CandidatureAsync(appel, autreUser, EtatCandidature.PremierEntretien);
        Assert.Contains(creneaux[0].Id.ToString(), (await EigWebFactory.GetDocumentAsync(autre, "/espace-candidat/creneaux"))
            .QuerySelectorAll<IHtmlInputElement>("input[name='CreneauId']").Select(i => i.Value));
    }

    /// <summary>Withdrawing the candidature, from her space, cancels the interview to come with the same mails.</summary>
    [Fact]
    public async Task Candidat_RetireSaCandidature_SonEntretienAVenirEstAnnuleEtLEquipePrevenue()
    {
        var appel = await _f.AppelOuvertAsync();
        var staffUser = await _f.CreateUserAsync(Roles.Staff);
        var staff = await _f.ClientAsync(staffUser);
        var leaUser = await _f.CreateUserAsync(Roles.Candidat);
        var lea = await _f.ClientAsync(leaUser);
        var leaCandidature = await _f.CandidatureAsync(appel, leaUser, EtatCandidature.PremierEntretien);
        AssertRedirect(await PublierAsync(staff, appel, Jour, "10:00", "12:00", "48"), "/admin/candidatures/creneaux");
        var creneaux = await CreneauxAsync();
        await ReserverAsync(lea, creneaux[1].Id);

        var espace = await EigWebFactory.GetDocumentAsync(lea, "/espace-candidat");
        var retirer = espace.QuerySelectorAll<IHtmlAnchorElement>("main a").First(a => a.TextContent.Trim() == "Retirer ma candidature").GetAttribute("href")!;
        AssertRedirect(await EigWebFactory.PostFormAsync(lea, retirer, new Dictionary<string, string>()), "/espace-candidat");

        Assert.All(await CreneauxAsync(), c => Assert.Null(c.CandidatureId));
        Assert.Equal(EtatCandidature.Retiree, await _f.WithDbAsync(db => db.Candidatures.Where(c => c.Id == leaCandidature).Select(c => c.Etat).SingleAsync()));
        var mails = await _f.ReadMailsAsync();
        Assert.Contains("METHOD:CANCEL", await IcsAsync(Assert.Single(mails, m => m.To.Contains(leaUser.Email) && m.Subject == "Votre entretien est annulé")));
        Assert.Contains("retrait de la candidature", Assert.Single(mails, m => m.To.Contains(staffUser.Email) && m.Subject.Contains("entretien annulé")).Text);
        Assert.Contains(creneaux[1].Id.ToString(), await AuditAsync("candidature.creneau-annule"));
    }

    [Fact]
    public async Task Equipe_DeplaceUnEntretienDepuisLAgendaDeLaSemaine_LaPersonneRecoitLaNouvelleInvitation()
    {
        var appel = await _f.AppelOuvertAsync();
        var staff = await _f.ClientAsync(await _f.CreateUserAsync(Roles.Staff));
        var leaUser = await _f.CreateUserAsync(Roles.Candidat);
        var lea = await _f.ClientAsync(leaUser);
        var leaCandidature = await _f.CandidatureAsync(appel, leaUser, EtatCandidature.PremierEntretien);
        AssertRedirect(await PublierAsync(staff, appel, Jour, "10:00", "13:00", ""), "/admin/candidatures/creneaux");
        var creneaux = await CreneauxAsync();
        Assert.All(creneaux, c => Assert.Equal(24, c.DelaiModificationHeures));
        await ReserverAsync(lea, creneaux[0].Id);

        // From the back office's home to the agenda, then week after week until the interview's.
        var accueil = await EigWebFactory.GetDocumentAsync(staff, "/admin");
        var lien = accueil.QuerySelectorAll<IHtmlAnchorElement>("a").First(a => a.TextContent.Trim() == "Agenda des créneaux de la semaine").GetAttribute("href")!;
        var semaine = await EigWebFactory.GetDocumentAsync(staff, lien);
        for (var i = 0; i < 4 && semaine.QuerySelector("table") is null; i++)
            semaine = await EigWebFactory.GetDocumentAsync(staff, semaine.QuerySelectorAll<IHtmlAnchorElement>("a").First(a => a.TextContent.StartsWith("Semaine suivante")).GetAttribute("href")!);
        var table = semaine.QuerySelector("table")!;
        // No endless run of empty weeks: nothing is published after this one.
        Assert.DoesNotContain(semaine.QuerySelectorAll("a"), a => a.TextContent.StartsWith("Semaine suivante"));
        Assert.Contains(semaine.QuerySelectorAll("a"), a => a.TextContent.StartsWith("Semaine précédente"));
        Assert.Contains(Jour.ToString("dddd d MMMM", Fr.Culture), table.QuerySelector("caption")!.TextContent);
        var lignes = table.QuerySelectorAll("tbody tr").Select(tr => string.Join(" | ", tr.Children.Select(c => c.TextContent.Trim()))).ToList();
        Assert.Equal("10h00 – 11h00 | Premier entretien — Directeur ou directrice de produit | Léa Martin | Déplacer l'entretien de Léa Martin", lignes[0]);
        Assert.Equal("11h00 – 12h00 | Premier entretien — Directeur ou directrice de produit | libre | ", lignes[1]);
        var deplacer = table.QuerySelectorAll<IHtmlAnchorElement>("a").Single(a => a.TextContent.StartsWith("Déplacer")).GetAttribute("href")!;
        Assert.NotEqual(HttpStatusCode.OK, (await lea.GetAsync(deplacer)).StatusCode);

        var vide = await EigWebFactory.PostFormAsync(staff, deplacer, new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.BadRequest, vide.StatusCode);
        EigWebFactory.AssertHasError(await EigWebFactory.ParseAsync(vide), "NouveauId", "Choisissez le nouveau créneau dans la liste.");

        // Moved to 12h00, even inside the person's delay (staff are not bound by it).
        _horloge.UtcNow = Paris(Jour, 10).AddHours(-3);
        AssertRedirect(await EigWebFactory.PostFormAsync(staff, deplacer, new Dictionary<string, string> { ["NouveauId"] = creneaux[2].Id.ToString() }), "/admin/creneaux?semaine=");
        creneaux = await CreneauxAsync();
        Assert.Null(creneaux[0].CandidatureId);
        Assert.Equal(leaCandidature, creneaux[2].CandidatureId);
        var mail = Assert.Single(await _f.ReadMailsAsync(), m => m.To.Contains(leaUser.Email) && m.Subject == "Votre entretien est déplacé");
        Assert.Contains(Fr.DateHeure(Paris(Jour, 10)), mail.Text);
        Assert.Contains(Fr.DateHeure(Paris(Jour, 12)), mail.Text);
        var ics = await IcsAsync(mail);
        Assert.Contains($"DTSTART;TZID=Europe/Paris:{Jour:yyyyMMdd}T120000", ics);
        Assert.Contains($"UID:entretien-{leaCandidature:N}-premier@", ics);
        Assert.Contains("SEQUENCE:", ics);
        Assert.Contains(creneaux[2].Id.ToString(), await AuditAsync("candidature.creneau-deplace"));
        // A slot no longer booked has nothing to move.
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync(deplacer)).StatusCode);
    }

    [Fact]
    public async Task RappelDeLaVeille_UneSeuleFoisParReservation_MemeLanceEnParallele()
    {
        var appel = await _f.AppelOuvertAsync();
        var staff = await _f.ClientAsync(await _f.CreateUserAsync(Roles.Staff));
        var leaUser = await _f.CreateUserAsync(Roles.Candidat);
        var lea = await _f.ClientAsync(leaUser);
        await _f.CandidatureAsync(appel, leaUser, EtatCandidature.PremierEntretien);
        var samUser = await _f.CreateUserAsync(Roles.Candidat);
        var sam = await _f.ClientAsync(samUser);
        await _f.CandidatureAsync(appel, samUser, EtatCandidature.PremierEntretien, prenom: "Sam");
        AssertRedirect(await PublierAsync(staff, appel, Jour, "10:00", "11:00", ""), "/admin/candidatures/creneaux");
        AssertRedirect(await PublierAsync(staff, appel, Jour.AddDays(1), "10:00", "11:00", ""), "/admin/candidatures/creneaux");
        var creneaux = await CreneauxAsync();
        await ReserverAsync(lea, creneaux[0].Id);
        await ReserverAsync(sam, creneaux[1].Id);

        // The evening before Léa's interview: four runs at once (as on several instances) send one reminder.
        _horloge.UtcNow = Paris(Jour.AddDays(-1), 18);
        var envoyes = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            using var scope = _f.Services.CreateScope();
            return await scope.ServiceProvider.GetRequiredService<ReservationsEntretiens>().EnvoyerRappelsAsync(CancellationToken.None);
        })));
        Assert.Equal(1, envoyes.Sum());
        // The scheduled job, run again the same evening, finds nothing more to send.
        Assert.True(await _f.Services.GetRequiredService<Planificateur>().LancerMaintenantAsync("rappels-entretiens"));
        var etat = await _f.WithDbAsync(db => db.Taches.AsNoTracking().SingleAsync(t => t.Nom == "rappels-entretiens"));
        Assert.Equal(Fr.Nombre(0, "rappel envoyé", "rappels envoyés"), etat.DernierResultat);

        var mails = await _f.ReadMailsAsync();
        var rappel = Assert.Single(mails, m => m.Subject == "Votre entretien a lieu demain");
        Assert.Contains(leaUser.Email, rappel.To);
        Assert.Contains(Fr.DateHeure(Paris(Jour, 10)), rappel.Text);
        Assert.NotNull((await CreneauxAsync())[0].RappelEnvoyeLe);

        // The next evening, Sam's.
        _horloge.UtcNow = Paris(Jour, 18);
        Assert.True(await _f.Services.GetRequiredService<Planificateur>().LancerMaintenantAsync("rappels-entretiens"));
        Assert.Single(await _f.ReadMailsAsync(), m => m.Subject == "Votre entretien a lieu demain" && m.To.Contains(samUser.Email));
    }

    [Fact]
    public async Task DeuxPersonnesChangentPourLeMemeCreneauEnMemeTemps_UneSeuleLObtient()
    {
        var appel = await _f.AppelOuvertAsync();
        var staff = await _f.ClientAsync(await _f.CreateUserAsync(Roles.Staff));
        var leaUser = await _f.CreateUserAsync(Roles.Candidat);
        var lea = await _f.CandidatureAsync(appel, leaUser, EtatCandidature.PremierEntretien);
        var samUser = await _f.CreateUserAsync(Roles.Candidat);
        var sam = await _f.CandidatureAsync(appel, samUser, EtatCandidature.PremierEntretien, prenom: "Sam");
        AssertRedirect(await PublierAsync(staff, appel, Jour, "10:00", "13:00", ""), "/admin/candidatures/creneaux");
        var creneaux = await CreneauxAsync();
        await ReserverAsync(await _f.ClientAsync(leaUser), creneaux[0].Id);
        await ReserverAsync(await _f.ClientAsync(samUser), creneaux[1].Id);

        // Both read the free 12h00 slot, then both take it: one change wins, the other is refused whole.
        var scopes = Enumerable.Range(0, 2).Select(_ => _f.Services.CreateScope()).ToList();
        try
        {
            async Task<Func<Task>> Preparer(IServiceScope scope, Guid candidatureId, Guid ancienId)
            {
                var db = scope.ServiceProvider.GetRequiredService<Eig.Web.Infrastructure.Database.EigDbContext>();
                var ancien = await db.Creneaux.SingleAsync(c => c.Id == ancienId);
                var nouveau = await db.Creneaux.SingleAsync(c => c.Id == creneaux[2].Id);
                var candidature = await db.Candidatures.SingleAsync(c => c.Id == candidatureId);
                return () => scope.ServiceProvider.GetRequiredService<ReservationsEntretiens>().ChangerAsync(ancien, nouveau, candidature);
            }
            var changements = new[] { await Preparer(scopes[0], lea, creneaux[0].Id), await Preparer(scopes[1], sam, creneaux[1].Id) };
            var issues = await Task.WhenAll(changements.Select(c => Task.Run(async () =>
            {
                try { await c(); return null; }
                catch (DomainException ex) { return ex.Message; }
            })));
            Assert.Single(issues, i => i is null);
            Assert.Single(issues, i => i == ReservationsEntretiens.DejaPris);
        }
        finally { foreach (var s in scopes) s.Dispose(); }

        creneaux = await CreneauxAsync();
        var gagnant = creneaux[2].CandidatureId!.Value;
        Assert.True(gagnant == lea || gagnant == sam);
        // The winner's former slot is free; the loser keeps theirs: nobody is left without, nobody holds two.
        var perdant = gagnant == lea ? sam : lea;
        Assert.Equal([perdant, gagnant], creneaux.Where(c => c.CandidatureId != null).Select(c => c.CandidatureId!.Value).ToArray());
        Assert.Equal(1, creneaux.Count(c => c.CandidatureId == null));
        Assert.Single(await AuditAsync("candidature.creneau-change"));
    }
}
