using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Eig.Tests.Pages.Candidatures;
using Eig.Tests.Support;
using Eig.Web.AppelsAProjets;
using Eig.Web.Comptes;
using Eig.Web.Infrastructure.Formats;
using Eig.Web.Infrastructure.Mail;
using Microsoft.EntityFrameworkCore;

namespace Eig.Tests.Pages.Admin.Courriels;

/// <summary>Each dossier and each candidature shows, on its staff page, the mails sent about it: when, to whom, what,
/// in which state, and the text itself one click away.</summary>
public class HistoriqueTests : IAsyncLifetime
{
    private readonly EigWebFactory _f = new();
    public ValueTask InitializeAsync() => ValueTask.CompletedTask;
    public ValueTask DisposeAsync() => _f.DisposeAsync();

    private async Task<HttpClient> StaffAsync()
    {
        var client = _f.NewClient();
        await _f.SignInAsAsync(client, await _f.CreateUserAsync(Roles.Staff));
        return client;
    }

    private static List<IElement> Lignes(IDocument page) =>
        page.QuerySelectorAll("section[aria-labelledby='courriels'] tbody tr").ToList();

    [Fact]
    public async Task Dossier_ListsTheMailsAboutIt_PendingThenSent_AndTheTextOpens()
    {
        var appel = await AapDonnees.AppelPublieAsync(_f);
        var porteur = await _f.CreateUserAsync(Roles.Porteur);
        var d = await AapDonnees.DossierAsync(_f, appel.Id, porteur.Id, puis: x => x.Titre = "Balises connectées");
        var autre = await AapDonnees.DossierAsync(_f, appel.Id, porteur.Id);
        var client = await StaffAsync();

        // From the back office's home to the dossier, as staff go.
        var admin = await EigWebFactory.GetDocumentAsync(client, "/admin");
        var liste = await EigWebFactory.GetDocumentAsync(client, admin.QuerySelectorAll("a").First(a => a.GetAttribute("href") == "/admin/dossiers").GetAttribute("href")!);
        var page = liste.QuerySelectorAll("a").First(a => a.GetAttribute("href") == $"/admin/dossiers/{d.Id}").GetAttribute("href")!;
        Assert.Contains("Aucun courriel n'a encore été envoyé", (await EigWebFactory.GetDocumentAsync(client, page)).GetElementById("courriels")!.NextElementSibling!.TextContent);

        var r = await EigWebFactory.PostFormAsync(client, page, new Dictionary<string, string> { ["Input.Action"] = "instruire" }, handler: "Statut");
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        await EigWebFactory.PostFormAsync(client, $"/admin/dossiers/{autre.Id}", new Dictionary<string, string> { ["Input.Action"] = "instruire" }, handler: "Statut");

        var avant = Assert.Single(Lignes(await EigWebFactory.GetDocumentAsync(client, page)));
        var file = await _f.WithDbAsync(db => db.Outbox.SingleAsync(m => m.ObjetId == d.Id));
        Assert.Contains(Fr.DateEtHeure(file.CreeLe), avant.TextContent);
        Assert.Contains($"Dossier {d.Reference} : En instruction", avant.TextContent);
        Assert.Contains(porteur.Email, avant.TextContent);
        Assert.Contains("En attente", avant.TextContent);

        await _f.ReadMailsAsync();
        var apres = Assert.Single(Lignes(await EigWebFactory.GetDocumentAsync(client, page)));
        Assert.Contains("Envoyé", apres.TextContent);

        var texte = await EigWebFactory.GetDocumentAsync(client, apres.QuerySelector("a")!.GetAttribute("href")!);
        Assert.Contains("Votre dossier « Balises connectées »", texte.QuerySelector(".eig-texte")!.TextContent);
        Assert.Contains(porteur.Email, texte.QuerySelector("dl")!.TextContent);
    }

    [Fact]
    public async Task Candidature_ListsTheMailsAboutIt_AndAFailureShows()
    {
        var appel = await _f.AppelOuvertAsync();
        var candidat = await _f.CreateUserAsync(Roles.Candidat);
        var id = await _f.CandidatureAsync(appel, candidat);
        var client = await StaffAsync();
        var page = $"/admin/candidatures/{id}";
        var version = (await EigWebFactory.GetDocumentAsync(client, page)).QuerySelector<IHtmlInputElement>("input[name='Version']")!.Value;

        await EigWebFactory.PostFormAsync(client, page, new Dictionary<string, string> { ["Version"] = version }, handler: "Inviter");
        await _f.WithDbAsync(async db =>
        {
            var m = await db.Outbox.SingleAsync(x => x.ObjetId == id);
            for (var i = 0; i < OutboxMessage.TentativesMax; i++) m.EchecEnvoi(DateTime.UtcNow, "Boîte pleine");
            await db.SaveChangesAsync();
        });

        var ligne = Assert.Single(Lignes(await EigWebFactory.GetDocumentAsync(client, page)));
        Assert.Contains("Vous êtes invité·e à un premier entretien", ligne.TextContent);
        Assert.Contains(candidat.Email, ligne.TextContent);
        Assert.Contains("Échec", ligne.TextContent);
        var texte = await EigWebFactory.GetDocumentAsync(client, ligne.QuerySelector("a")!.GetAttribute("href")!);
        Assert.Contains("Boîte pleine", texte.QuerySelector("dl")!.TextContent);
    }

    [Fact]
    public async Task MailAboutNoRecord_IsNotShown()
    {
        var client = await StaffAsync();
        var reinit = await _f.WithDbAsync(async db =>
        {
            var m = new OutboxMessage { A = "camille@example.fr", Sujet = "Réinitialisation", CorpsTexte = "lien secret", CreeLe = DateTime.UtcNow };
            db.Outbox.Add(m);
            await db.SaveChangesAsync();
            return m.Id;
        });

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/admin/courriels/envoyes/{reinit}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/admin/courriels/envoyes/{Guid.NewGuid()}")).StatusCode);
    }
}
