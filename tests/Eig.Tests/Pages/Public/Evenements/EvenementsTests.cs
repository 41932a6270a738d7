using System.Net;
using Eig.Tests.Support;
using Eig.Web.Evenements;
using Microsoft.EntityFrameworkCore;

namespace Eig.Tests.Pages.Public.Evenements;

public class EvenementsTests(EigWebFactory factory) : IClassFixture<EigWebFactory>
{
    private async Task<Guid> EvenementAsync(int capacite)
    {
        var e = new Evenement { Titre = "Webinaire " + Guid.NewGuid().ToString("N")[..6], Description = "Présentation de l'appel", Debut = DateTime.UtcNow.AddDays(7), DureeMinutes = 60, Lien = "https://visio.exemple.fr/eig", Capacite = capacite, Publie = true };
        await factory.WithDbAsync(async db => { db.Evenements.Add(e); await db.SaveChangesAsync(); });
        return e.Id;
    }

    private static Dictionary<string, string> Inscription(string email) => new() { ["Input.Nom"] = "Camille", ["Input.Email"] = email };

    [Fact]
    public async Task Post_Register_SendsMailWithIcs()
    {
        var id = await EvenementAsync(10);
        var email = $"inscrit-{Guid.NewGuid():N}@exemple.fr";

        var r = await EigWebFactory.PostFormAsync(factory.NewClient(), $"/evenements/{id}", Inscription(email));

        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        var mail = Assert.Single((await factory.ReadMailsAsync()).Where(m => m.To.Contains(email)));
        var eml = await File.ReadAllTextAsync(mail.File);
        Assert.Contains("invitation.ics", eml);
        Assert.Contains("text/calendar", eml);
        Assert.Equal(1, await factory.WithDbAsync(db => db.Evenements.Where(e => e.Id == id).Select(e => e.Inscrits).SingleAsync()));
    }

    [Fact]
    public async Task Post_EmptyFields_ShowsErrorsAnd400()
    {
        var id = await EvenementAsync(10);

        var r = await EigWebFactory.PostFormAsync(factory.NewClient(), $"/evenements/{id}", new Dictionary<string, string> { ["Input.Nom"] = "", ["Input.Email"] = "x" });

        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Equal(2, (await EigWebFactory.ParseAsync(r)).QuerySelectorAll(".fr-error-text").Length);
    }

    [Fact]
    public async Task Post_ConcurrentRegistrations_CapacityHolds()
    {
        var id = await EvenementAsync(3);
        var clients = Enumerable.Range(0, 8).Select(_ => factory.NewClient()).ToList();
        // Every visitor first loads the form (its own antiforgery token), then all send at once.
        var formulaires = await Task.WhenAll(clients.Select(c => EigWebFactory.GetDocumentAsync(c, $"/evenements/{id}")));
        var envois = clients.Select((c, i) =>
        {
            var token = formulaires[i].QuerySelector($"input[name='{EigWebFactory.AntiforgeryField}']")!.GetAttribute("value")!;
            return c.PostAsync($"/evenements/{id}", new FormUrlEncodedContent(new Dictionary<string, string>(Inscription($"p{i}-{Guid.NewGuid():N}@exemple.fr")) { [EigWebFactory.AntiforgeryField] = token }));
        });

        var reponses = await Task.WhenAll(envois);

        Assert.Equal(3, reponses.Count(r => r.StatusCode == HttpStatusCode.Redirect));
        Assert.Equal(3, await factory.WithDbAsync(db => db.InscriptionsEvenements.CountAsync(i => i.EvenementId == id)));
        Assert.Equal(3, await factory.WithDbAsync(db => db.Evenements.Where(e => e.Id == id).Select(e => e.Inscrits).SingleAsync()));
    }
}

public class RendezVousTests(EigWebFactory factory) : IClassFixture<EigWebFactory>
{
    private async Task<Guid> CreneauAsync()
    {
        var c = new CreneauAppel { Debut = DateTime.UtcNow.Date.AddDays(3).AddHours(8).AddMinutes(Random.Shared.Next(0, 100000) * 20) };
        await factory.WithDbAsync(async db => { db.CreneauxAppel.Add(c); await db.SaveChangesAsync(); });
        return c.Id;
    }

    private static Dictionary<string, string> Reservation(Guid creneau, string email) => new()
    {
        ["Input.Creneau"] = creneau.ToString(), ["Input.Nom"] = "Dominique", ["Input.Email"] = email, ["Input.Objet"] = "Tester une idée de défi",
    };

    [Fact]
    public async Task Post_ConcurrentBookings_OfOneSlot_OnlyOneWins()
    {
        var creneau = await CreneauAsync();
        var clients = Enumerable.Range(0, 6).Select(_ => factory.NewClient()).ToList();
        var formulaires = await Task.WhenAll(clients.Select(c => EigWebFactory.GetDocumentAsync(c, "/rendez-vous")));
        var envois = clients.Select((c, i) =>
        {
            var token = formulaires[i].QuerySelector($"input[name='{EigWebFactory.AntiforgeryField}']")!.GetAttribute("value")!;
            return c.PostAsync("/rendez-vous", new FormUrlEncodedContent(new Dictionary<string, string>(Reservation(creneau, $"r{i}@exemple.fr")) { [EigWebFactory.AntiforgeryField] = token }));
        });

        var reponses = await Task.WhenAll(envois);

        Assert.Equal(1, reponses.Count(r => r.StatusCode == HttpStatusCode.Redirect));
        Assert.All(reponses.Where(r => r.StatusCode != HttpStatusCode.Redirect), r => Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode));
        Assert.Equal(1, await factory.WithDbAsync(db => db.ReservationsCreneaux.CountAsync(r => r.CreneauId == creneau)));
    }

    [Fact]
    public async Task Book_ThenCancelWithMailLink_FreesTheSlot()
    {
        var creneau = await CreneauAsync();
        var email = $"rdv-{Guid.NewGuid():N}@exemple.fr";
        var client = factory.NewClient();

        var r = await EigWebFactory.PostFormAsync(client, "/rendez-vous", Reservation(creneau, email));

        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        var mail = Assert.Single((await factory.ReadMailsAsync()).Where(m => m.To.Contains(email)));
        Assert.Contains("rendez-vous.ics", await File.ReadAllTextAsync(mail.File));
        var lien = new Uri(mail.Link("/rendez-vous/annuler")!).PathAndQuery;
        var page = await EigWebFactory.GetDocumentAsync(client, "/rendez-vous");
        Assert.Null(page.QuerySelector($"option[value='{creneau}']"));

        var annule = await EigWebFactory.PostFormAsync(client, lien, new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, annule.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.ReservationsCreneaux.AnyAsync(x => x.CreneauId == creneau)));
        Assert.NotNull((await EigWebFactory.GetDocumentAsync(client, "/rendez-vous")).QuerySelector($"option[value='{creneau}']"));
        // The person gets the file that removes the invitation (same UID, a higher sequence, Paris time); the team is told.
        var mails = await factory.ReadMailsAsync();
        var (invitation, retrait) = await CalendriersAsync(mails.Where(m => m.To.Contains(email)).ToList());
        Assert.Contains("METHOD:CANCEL", retrait);
        Assert.Contains("STATUS:CANCELLED", retrait);
        Assert.Equal(Ligne(invitation, "UID:"), Ligne(retrait, "UID:"));
        Assert.Equal(Ligne(invitation, "DTSTART;TZID=Europe/Paris:"), Ligne(retrait, "DTSTART;TZID=Europe/Paris:"));
        Assert.True(int.Parse(Ligne(retrait, "SEQUENCE:")!) > 0);
        Assert.Contains(mails, m => !m.To.Contains(email) && m.Subject.StartsWith("Rendez-vous annulé", StringComparison.Ordinal)
            && m.Text.Contains(email) && m.Text.Contains("annulé par la personne"));
    }

    /// <summary>Staff cancel a booking from the back office: the person is told, with the file that removes it.</summary>
    [Fact]
    public async Task Staff_CancelsABooking_ThePersonGetsTheCalendarCancellation()
    {
        var creneau = await CreneauAsync();
        var email = $"rdv-{Guid.NewGuid():N}@exemple.fr";
        Assert.Equal(HttpStatusCode.Redirect, (await EigWebFactory.PostFormAsync(factory.NewClient(), "/rendez-vous", Reservation(creneau, email))).StatusCode);
        var staff = factory.NewClient();
        await factory.SignInAsAsync(staff, await factory.CreateUserAsync(Eig.Web.Comptes.Roles.Staff));
        var admin = await EigWebFactory.GetDocumentAsync(staff, "/admin");
        var contenus = await EigWebFactory.GetDocumentAsync(staff, admin.QuerySelector("main a[href='/admin/contenus']")!.GetAttribute("href")!);
        var creneaux = contenus.QuerySelector("main a[href='/admin/contenus/creneaux']")!.GetAttribute("href")!;

        var r = await EigWebFactory.PostFormAsync(staff, creneaux, new Dictionary<string, string>(), action: $"/admin/contenus/creneaux?id={creneau}&handler=annuler");

        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.ReservationsCreneaux.AnyAsync(x => x.CreneauId == creneau)));
        var aLaPersonne = (await factory.ReadMailsAsync()).Where(m => m.To.Contains(email)).ToList();
        var (invitation, retrait) = await CalendriersAsync(aLaPersonne);
        Assert.Contains("METHOD:CANCEL", retrait);
        Assert.Equal(Ligne(invitation, "UID:"), Ligne(retrait, "UID:"));
        Assert.Contains("Choisir un autre créneau", aLaPersonne[^1].Text);
    }

    /// <summary>The booking's and the cancellation's calendar files, in the order the person received them.</summary>
    private static async Task<(string Invitation, string Retrait)> CalendriersAsync(IReadOnlyList<SentMail> mails)
    {
        Assert.Equal(2, mails.Count);
        var textes = new List<string>();
        foreach (var m in mails)
        {
            var partie = m.Message!.Attachments.OfType<MimeKit.MimePart>().Single(p => p.FileName == "rendez-vous.ics");
            using var flux = new MemoryStream();
            await partie.Content.DecodeToAsync(flux);
            textes.Add(System.Text.Encoding.UTF8.GetString(flux.ToArray()));
        }
        return (textes[0], textes[1]);
    }

    private static string? Ligne(string ics, string debut) =>
        ics.Split("\r\n").FirstOrDefault(l => l.StartsWith(debut, StringComparison.Ordinal))?[debut.Length..];

    [Fact]
    public async Task Post_WithoutSlot_ShowsErrorAnd400()
    {
        await CreneauAsync();

        var r = await EigWebFactory.PostFormAsync(factory.NewClient(), "/rendez-vous", new Dictionary<string, string>
        {
            ["Input.Creneau"] = "", ["Input.Nom"] = "A", ["Input.Email"] = "a@exemple.fr", ["Input.Objet"] = "x",
        });

        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        EigWebFactory.AssertHasError(await EigWebFactory.ParseAsync(r), "Input.Creneau", "Choisissez un créneau.");
    }
}
