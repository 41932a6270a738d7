using System.Net;
using Eig.Tests.Support;
using Eig.Web.Comptes;
using Microsoft.EntityFrameworkCore;

namespace Eig.Tests.Pages.Admin.AppelsAProjets;

/// <summary>Soutenance slots are typed in Paris time, stored in UTC, and shown, mailed and put in the .ics in Paris
/// time, on both sides of the 2027 clock changes (28 March, 31 October).</summary>
public class SoutenancesTests : IAsyncLifetime
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
    public async Task Post_SlotsAroundTheClockChanges_AreEnteredAndShownInParisTime()
    {
        var appel = await AapDonnees.AppelPublieAsync(_f);
        var staff = await ClientAsync(await _f.CreateUserAsync(Roles.Staff));
        var url = $"/admin/appels-a-projets/{appel.Id}/soutenances";

        foreach (var jour in new[] { "2027-03-27", "2027-03-28", "2027-10-30", "2027-10-31" })
        {
            var r = await EigWebFactory.PostFormAsync(staff, url, new Dictionary<string, string>
            {
                ["Serie.Jour"] = jour, ["Serie.Debut"] = "14:00", ["Serie.Fin"] = "14:45", ["Serie.Duree"] = "45", ["Serie.Lieu"] = "Visioconférence",
            });
            Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        }

        var debuts = await _f.WithDbAsync(db => db.CreneauxSoutenance.OrderBy(c => c.Debut).Select(c => c.Debut).ToListAsync());
        Assert.Equal([new DateTime(2027, 3, 27, 13, 0, 0), new DateTime(2027, 3, 28, 12, 0, 0), new DateTime(2027, 10, 30, 12, 0, 0),
            new DateTime(2027, 10, 31, 13, 0, 0)], debuts.Select(d => DateTime.SpecifyKind(d, DateTimeKind.Unspecified)));
        var texte = (await EigWebFactory.GetDocumentAsync(staff, url)).Body!.TextContent;
        foreach (var jour in new[] { "27 mars 2027 à 14h00", "28 mars 2027 à 14h00", "30 octobre 2027 à 14h00", "31 octobre 2027 à 14h00" })
            Assert.Contains(jour, texte);
        Assert.DoesNotContain("UTC", texte);
    }

    [Fact]
    public async Task Post_AnHourSkippedInMarch_IsRefusedNextToTheField()
    {
        var appel = await AapDonnees.AppelPublieAsync(_f);
        var staff = await ClientAsync(await _f.CreateUserAsync(Roles.Staff));

        var r = await EigWebFactory.PostFormAsync(staff, $"/admin/appels-a-projets/{appel.Id}/soutenances", new Dictionary<string, string>
        {
            ["Serie.Jour"] = "2027-03-28", ["Serie.Debut"] = "02:30", ["Serie.Fin"] = "03:15", ["Serie.Duree"] = "45", ["Serie.Lieu"] = "Visioconférence",
        });

        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        EigWebFactory.AssertHasError(await EigWebFactory.ParseAsync(r), "Serie.Debut", "Cette heure n'existe pas à Paris");
        Assert.Equal(0, await _f.WithDbAsync(db => db.CreneauxSoutenance.CountAsync()));
    }

    [Fact]
    public async Task BookedSlot_IsMailedAndPutInTheCalendar_InParisTime()
    {
        var appel = await AapDonnees.AppelPublieAsync(_f);
        var porteur = await _f.CreateUserAsync(Roles.Porteur);
        var d = await AapDonnees.DossierAsync(_f, appel.Id, porteur.Id, puis: x =>
        {
            x.CommencerInstruction(Guid.NewGuid(), DateTime.UtcNow);
            x.PreSelectionner(Guid.NewGuid(), "Très bon dossier", DateTime.UtcNow);
        });
        var staff = await ClientAsync(await _f.CreateUserAsync(Roles.Staff));
        var url = $"/admin/appels-a-projets/{appel.Id}/soutenances";
        await EigWebFactory.PostFormAsync(staff, url, new Dictionary<string, string>
        {
            ["Serie.Jour"] = "2027-10-31", ["Serie.Debut"] = "09:30", ["Serie.Fin"] = "10:15", ["Serie.Duree"] = "45", ["Serie.Lieu"] = "Visioconférence",
        });
        var porteurClient = await ClientAsync(porteur);
        var page = await EigWebFactory.GetDocumentAsync(porteurClient, $"/espace-porteur/dossiers/{d.Id}/soutenance");
        Assert.Contains("dimanche 31 octobre 2027, de 09h30 à 10h15 (heure de Paris)", page.Body!.TextContent);
        var creneauId = await _f.WithDbAsync(db => db.CreneauxSoutenance.Select(c => c.Id).SingleAsync());

        var booking = await EigWebFactory.PostFormAsync(porteurClient, $"/espace-porteur/dossiers/{d.Id}/soutenance",
            new Dictionary<string, string> { ["Input.CreneauId"] = creneauId.ToString() });

        Assert.Equal(HttpStatusCode.Redirect, booking.StatusCode);
        var mail = await _f.WithDbAsync(db => db.Outbox.Where(o => o.Sujet.StartsWith("Soutenance")).Include(o => o.PiecesJointes).SingleAsync());
        Assert.Contains("dimanche 31 octobre 2027, de 09h30 à 10h15 (heure de Paris)", mail.CorpsTexte);
        Assert.DoesNotContain("UTC", mail.CorpsTexte);
        var ics = System.Text.Encoding.UTF8.GetString(mail.PiecesJointes.Single(p => p.NomFichier == "soutenance.ics").Contenu);
        Assert.Contains("DTSTART;TZID=Europe/Paris:20271031T093000", ics);
        var details = (await EigWebFactory.GetDocumentAsync(porteurClient, $"/espace-porteur/dossiers/{d.Id}")).Body!.TextContent;
        Assert.Contains("31 octobre 2027, de 09h30 à 10h15 (heure de Paris)", details);
        Assert.DoesNotContain("UTC", details);
    }
}
