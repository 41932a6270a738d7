using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Eig.Tests.Pages.Candidatures;
using Eig.Tests.Support;
using Eig.Web.Candidatures;
using Eig.Web.Comptes;
using Microsoft.EntityFrameworkCore;

namespace Eig.Tests.Pages.Accueils;

/// <summary>The badges of what is new on each dossier and candidature, per person, cleared by opening the item.</summary>
public class NouveautesTests : IAsyncLifetime
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

    /// <summary>The badge's text in the row of the list that links to <paramref name="lien"/>, or null.</summary>
    private static async Task<string?> BadgeAsync(HttpClient client, string page, string lien)
    {
        var doc = await EigWebFactory.GetDocumentAsync(client, page);
        var ligne = doc.QuerySelector($"main a[href='{lien}']")?.Closest("tr");
        Assert.NotNull(ligne);
        return ligne.QuerySelector(".fr-badge--new")?.TextContent.Replace('\u00a0', ' ').Trim();
    }

    [Fact]
    public async Task Dossier_TeamMessageAndMove_ShowOnPorteurHomeUntilOpened_AndEachStaffHasTheirOwn()
    {
        var appel = await AapDonnees.AppelPublieAsync(_f);
        var porteurUser = await _f.CreateUserAsync(Roles.Porteur);
        var d = await AapDonnees.DossierAsync(_f, appel.Id, porteurUser.Id);
        var porteur = await ClientAsync(porteurUser);
        var staffA = await ClientAsync(await _f.CreateUserAsync(Roles.Staff));
        var staffB = await ClientAsync(await _f.CreateUserAsync(Roles.Staff));
        var fiche = $"/espace-porteur/dossiers/{d.Id}";

        // Nothing new for the porteur on the dossier they just filed.
        Assert.Null(await BadgeAsync(porteur, "/espace-porteur/dossiers", fiche));

        // Staff A opens the instruction and writes: two news for the porteur.
        await EigWebFactory.PostFormAsync(staffA, $"/admin/dossiers/{d.Id}", new Dictionary<string, string> { ["Input.Action"] = "instruire" }, handler: "Statut");
        await EigWebFactory.PostFormAsync(staffA, $"/admin/dossiers/{d.Id}/messages", new Dictionary<string, string> { ["Input.Texte"] = "Pouvez-vous préciser le terrain ?" });
        Assert.Equal("2 nouveautés depuis votre dernière visite", await BadgeAsync(porteur, "/espace-porteur/dossiers", fiche));

        // Opening the dossier clears it; the porteur's answer is new for staff, each on their own.
        Assert.Equal(System.Net.HttpStatusCode.OK, (await porteur.GetAsync(fiche)).StatusCode);
        Assert.Null(await BadgeAsync(porteur, "/espace-porteur/dossiers", fiche));
        var liste = $"/admin/dossiers/{d.Id}";
        await staffB.GetAsync(liste);   // B has seen the dossier as filed and moved by A
        await EigWebFactory.PostFormAsync(porteur, $"{fiche}/messages", new Dictionary<string, string> { ["Input.Texte"] = "Deux départements volontaires." });
        Assert.Equal("1 nouveauté depuis votre dernière visite", await BadgeAsync(staffB, "/admin/dossiers", liste));
        await staffA.GetAsync($"/admin/dossiers/{d.Id}/messages");
        Assert.Null(await BadgeAsync(staffA, "/admin/dossiers", liste));
        Assert.Equal("1 nouveauté depuis votre dernière visite", await BadgeAsync(staffB, "/admin/dossiers", liste));
    }

    [Fact]
    public async Task Candidature_StaffMove_ShowsOnceOnTheCandidateHome_AndOnTheStaffListUntilOpened()
    {
        var appel = await _f.AppelOuvertAsync();
        var candidatUser = await _f.CreateUserAsync(Roles.Candidat);
        var id = await _f.CandidatureAsync(appel, candidatUser);
        var candidat = await ClientAsync(candidatUser);
        var staff = await ClientAsync(await _f.CreateUserAsync(Roles.Staff));
        var page = $"/admin/candidatures/{id}";

        // Filed: new for staff until opened, not for the candidate.
        Assert.Equal("1 nouveauté depuis votre dernière visite", await BadgeAsync(staff, "/admin/candidatures", page));
        Assert.Null((await EigWebFactory.GetDocumentAsync(candidat, "/espace-candidat")).QuerySelector("main .fr-badge--new"));

        var version = (await EigWebFactory.GetDocumentAsync(staff, page)).QuerySelector<IHtmlInputElement>("input[name='Version']")!.Value;
        await EigWebFactory.PostFormAsync(staff, page, new Dictionary<string, string> { ["Version"] = version }, handler: "Inviter");
        Assert.Null(await BadgeAsync(staff, "/admin/candidatures", page));   // staff's own move is not news to them

        var accueil = await EigWebFactory.GetDocumentAsync(candidat, "/espace-candidat");
        Assert.Equal("1 nouveauté depuis votre dernière visite", accueil.QuerySelector($"section[aria-labelledby='cand-{id}'] .fr-badge--new")?.TextContent.Replace('\u00a0', ' ').Trim());
        // Seen: the next visit shows nothing new.
        Assert.Null((await EigWebFactory.GetDocumentAsync(candidat, "/espace-candidat")).QuerySelector("main .fr-badge--new"));
        Assert.Equal(EtatCandidature.PremierEntretien, await _f.WithDbAsync(db => db.Candidatures.Where(c => c.Id == id).Select(c => c.Etat).SingleAsync()));
    }
}
