using System.Net;
using System.Text;
using AngleSharp.Dom;
using Eig.Tests.Pages.Candidatures;
using Eig.Tests.Support;
using Eig.Web.Candidatures;
using Eig.Web.Comptes;
using Eig.Web.Promotions;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace Eig.Tests.Pages.Promotions;

/// <summary>A promotion's support programme: staff create a session, the promotion's EIG and sponsors get an
/// invitation with an .ics in Paris time, register and unregister from their space, staff mark attendance; nobody
/// else sees or joins it.</summary>
public class ProgrammeAccompagnementTests : IAsyncLifetime
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

    private async Task<(Guid PromotionId, TestUser Sponsor, TestUser Eig)> PromotionAsync(string titre)
    {
        var (promotionId, _, sponsor, eig) = await _f.PromotionAvecEquipeAsync(titre);
        return (promotionId, sponsor, eig);
    }

    private static async Task<IDocument> CliquerAsync(HttpClient c, IDocument page, string href)
    {
        Assert.True(page.QuerySelector($"main a[href='{href}']") is not null, $"{page.Url} n'a pas de lien vers {href}");
        return await EigWebFactory.GetDocumentAsync(c, href);
    }

    private static Dictionary<string, string> Seance(string titre, string debut, string capacite = "30") => new()
    {
        ["Input.Type"] = "Seminaire", ["Input.Titre"] = titre, ["Input.Description"] = "Retours d'expérience, ateliers",
        ["Input.Debut"] = debut, ["Input.Duree"] = "180", ["Input.Lieu"] = "DINUM, 20 avenue de Ségur, Paris", ["Input.Capacite"] = capacite,
    };

    private async Task<Guid> CreerAsync(HttpClient staff, Guid promotionId, Dictionary<string, string> champs)
    {
        var promotion = await CliquerAsync(staff, await EigWebFactory.GetDocumentAsync(staff, "/admin/promotions"), $"/admin/promotions/{promotionId}");
        await CliquerAsync(staff, promotion, $"/admin/promotions/{promotionId}/programme");
        var r = await EigWebFactory.PostFormAsync(staff, $"/admin/promotions/{promotionId}/programme", champs);
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        return await _f.WithDbAsync(db => db.Evenements.Where(e => e.PromotionId == promotionId && e.Titre == champs["Input.Titre"]).Select(e => e.Id).SingleAsync());
    }

    [Fact]
    public async Task StaffCreate_InvitesWithIcsInParisTime_EigRegistersFromHome_SponsorLeaves_StaffMarkAttendance()
    {
        var (promotionId, sponsor, eig) = await PromotionAsync("Cadastre solaire");
        var (_, _, autre) = await PromotionAsync("Eau potable");
        var staff = await ClientAsync(await _f.CreateUserAsync(Roles.Staff));

        // 15 June 2027, 14:00 in Paris = 12:00 UTC (summer time).
        var id = await CreerAsync(staff, promotionId, Seance("Séminaire de mi-parcours", "2027-06-15T14:00"));

        Assert.Equal(new DateTime(2027, 6, 15, 12, 0, 0, DateTimeKind.Utc), await _f.WithDbAsync(db => db.Evenements.Where(e => e.Id == id).Select(e => e.Debut).SingleAsync()));
        var mails = await _f.ReadMailsAsync();
        Assert.Equal(new[] { eig.Email, sponsor.Email }.Order(StringComparer.Ordinal), mails.Select(m => m.To).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(mails, m => m.To == autre.Email);
        var invitation = mails.Single(m => m.To == eig.Email);
        Assert.Contains("15 juin 2027", invitation.Text);
        Assert.Contains("14h00", invitation.Text);
        var ics = invitation.Message!.Attachments.OfType<MimePart>().Single(p => p.FileName == "invitation.ics");
        using (var flux = new MemoryStream())
        {
            await ics.Content.DecodeToAsync(flux);
            var texte = Encoding.UTF8.GetString(flux.ToArray());
            Assert.Contains("DTSTART;TZID=Europe/Paris:20270615T140000", texte);
            Assert.Contains("DTEND;TZID=Europe/Paris:20270615T170000", texte);
            Assert.Contains("SUMMARY:Séminaire de mi-parcours", texte);
        }

        // The EIG sees it on her home, follows the link and registers.
        var c = await ClientAsync(eig);
        var accueil = await EigWebFactory.GetDocumentAsync(c, "/espace-candidat");
        Assert.Contains("Séminaire de mi-parcours", accueil.QuerySelector("#programme")!.ParentElement!.TextContent);
        var programme = await CliquerAsync(c, accueil, "/espace-defi/programme");
        Assert.Contains("Séminaire collectif", programme.QuerySelector("main")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await EigWebFactory.PostFormAsync(c, "/espace-defi/programme", new Dictionary<string, string>(), handler: "Inscrire")).StatusCode);
        Assert.Contains("Inscrit·e", (await EigWebFactory.GetDocumentAsync(c, "/espace-defi/programme")).QuerySelector("main")!.TextContent);

        // The sponsor registers from "Mes défis", then leaves: his seat is given back.
        var s = await ClientAsync(sponsor);
        await CliquerAsync(s, await CliquerAsync(s, await EigWebFactory.GetDocumentAsync(s, "/compte"), "/espace-defi"), "/espace-defi/programme");
        Assert.Equal(HttpStatusCode.Redirect, (await EigWebFactory.PostFormAsync(s, "/espace-defi/programme", new Dictionary<string, string>(), handler: "Inscrire")).StatusCode);
        Assert.Equal(2, await _f.WithDbAsync(db => db.Evenements.Where(e => e.Id == id).Select(e => e.Inscrits).SingleAsync()));
        Assert.Equal(HttpStatusCode.Redirect, (await EigWebFactory.PostFormAsync(s, "/espace-defi/programme", new Dictionary<string, string>(), handler: "Desinscrire")).StatusCode);
        Assert.Equal(1, await _f.WithDbAsync(db => db.Evenements.Where(e => e.Id == id).Select(e => e.Inscrits).SingleAsync()));

        // Another promotion's EIG does not see it and cannot register, even with a valid form token.
        var x = await ClientAsync(autre);
        var sien = await EigWebFactory.GetDocumentAsync(x, "/espace-defi/programme");
        Assert.DoesNotContain("Séminaire de mi-parcours", sien.QuerySelector("main")!.TextContent);
        var jeton = sien.QuerySelector($"input[name='{EigWebFactory.AntiforgeryField}']")!.GetAttribute("value")!;
        var intrus = await x.PostAsync("/espace-defi/programme?handler=Inscrire", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["seanceId"] = id.ToString(), [EigWebFactory.AntiforgeryField] = jeton,
        }));
        Assert.Equal(HttpStatusCode.NotFound, intrus.StatusCode);
        // Nor does the public site.
        Assert.DoesNotContain("Séminaire de mi-parcours", (await EigWebFactory.GetDocumentAsync(_f.NewClient(), "/evenements")).Body!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await _f.NewClient().GetAsync($"/evenements/{id}")).StatusCode);

        // Attendance: no form before the session; once it has started, staff tick who came.
        var avant = await CliquerAsync(staff, await EigWebFactory.GetDocumentAsync(staff, $"/admin/promotions/{promotionId}/programme"), $"/admin/promotions/seances/{id}");
        Assert.Null(avant.QuerySelector("main form input[name='Presents']"));
        Assert.Single(avant.QuerySelectorAll("main > ul li, main ul li").Where(li => li.TextContent.Contains("sponsor")));
        await _f.WithDbAsync(async db =>
        {
            await db.Evenements.Where(e => e.Id == id).ExecuteUpdateAsync(u => u.SetProperty(e => e.Debut, DateTime.UtcNow.AddHours(-1)));
        });
        var inscription = await _f.WithDbAsync(db => db.InscriptionsEvenements.SingleAsync(i => i.EvenementId == id));
        Assert.Equal(eig.Id, inscription.UtilisateurId);
        Assert.Equal(HttpStatusCode.Redirect, (await EigWebFactory.PostFormAsync(staff, $"/admin/promotions/seances/{id}", new Dictionary<string, string> { ["Presents"] = inscription.Id.ToString() })).StatusCode);
        Assert.True(await _f.WithDbAsync(db => db.InscriptionsEvenements.Where(i => i.Id == inscription.Id).Select(i => i.Present).SingleAsync()));
        Assert.Contains("présent·e", (await EigWebFactory.GetDocumentAsync(c, "/espace-defi/programme")).QuerySelector("main")!.TextContent);
        // A started session cannot be left any more.
        var apres = await EigWebFactory.GetDocumentAsync(c, "/espace-defi/programme");
        Assert.Null(apres.QuerySelector("main form"));
        var tard = await c.PostAsync("/espace-defi/programme?handler=Desinscrire", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["seanceId"] = id.ToString(), [EigWebFactory.AntiforgeryField] = apres.QuerySelector($"input[name='{EigWebFactory.AntiforgeryField}']")!.GetAttribute("value")!,
        }));
        Assert.Equal(HttpStatusCode.BadRequest, tard.StatusCode);
        Assert.Contains("La séance a commencé : il n'est plus possible de s'en désinscrire.", (await EigWebFactory.ParseAsync(tard)).QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task LastSeat_SecondRegistrationIsRefused_InFrench()
    {
        var (promotionId, sponsor, eig) = await PromotionAsync("Cadastre solaire");
        var staff = await ClientAsync(await _f.CreateUserAsync(Roles.Staff));
        await CreerAsync(staff, promotionId, Seance("Co-développement", "2027-03-02T09:30", capacite: "1"));

        Assert.Equal(HttpStatusCode.Redirect, (await EigWebFactory.PostFormAsync(await ClientAsync(eig), "/espace-defi/programme", new Dictionary<string, string>(), handler: "Inscrire")).StatusCode);
        var s = await ClientAsync(sponsor);
        var page = await EigWebFactory.GetDocumentAsync(s, "/espace-defi/programme");
        Assert.Contains("Complet", page.QuerySelector("main")!.TextContent);
        Assert.Null(page.QuerySelector("main form button"));
        Assert.Equal(1, await _f.WithDbAsync(db => db.InscriptionsEvenements.CountAsync()));
    }

    [Fact]
    public async Task Post_MissingTitleAndPastDate_ShowsErrors_CreatesNothing()
    {
        var (promotionId, _, _) = await PromotionAsync("Cadastre solaire");
        var staff = await ClientAsync(await _f.CreateUserAsync(Roles.Staff));
        var champs = Seance(" ", "2020-01-10T10:00");

        var r = await EigWebFactory.PostFormAsync(staff, $"/admin/promotions/{promotionId}/programme", champs);

        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        var doc = await EigWebFactory.ParseAsync(r);
        EigWebFactory.AssertHasError(doc, "Input.Titre", "Renseignez le titre.");
        EigWebFactory.AssertHasError(doc, "Input.Debut", "La séance doit avoir lieu dans le futur.");
        Assert.Equal(0, await _f.WithDbAsync(db => db.Evenements.CountAsync()));
        Assert.Empty(await _f.ReadMailsAsync());
        // Staff only: the EIG gets no back office.
        Assert.NotEqual(HttpStatusCode.OK, (await (await ClientAsync(await _f.CreateUserAsync(Roles.Candidat))).GetAsync($"/admin/promotions/{promotionId}/programme")).StatusCode);
    }
}
