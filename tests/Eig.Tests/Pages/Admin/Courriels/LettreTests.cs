using System.Net;
using System.Text.RegularExpressions;
using Eig.Tests.Support;
using Eig.Web.Comptes;
using Eig.Web.Contenus;
using Microsoft.EntityFrameworkCore;

namespace Eig.Tests.Pages.Admin.Courriels;

/// <summary>The newsletter sent from the platform: to confirmed subscribers only, each mail with its own one-click
/// unsubscribe (List-Unsubscribe with an https link and a mailto, List-Unsubscribe-Post), which a mail client's POST
/// honours without a session or antiforgery token, while a GET only asks.</summary>
public class LettreTests : IAsyncLifetime
{
    private readonly EigWebFactory _f = new() { Settings = { ["Mail:BaseUrl"] = "https://eig.example.fr" } };
    public ValueTask InitializeAsync() => ValueTask.CompletedTask;
    public ValueTask DisposeAsync() => _f.DisposeAsync();

    private async Task<Guid> AbonneAsync(string email, bool confirme) => await _f.WithDbAsync(async db =>
    {
        var a = new AbonneNewsletter { Email = email };
        var (jeton, _) = a.DemanderConfirmation(DateTime.UtcNow);
        if (confirme) a.Confirmer(jeton, DateTime.UtcNow);
        db.AbonnesNewsletter.Add(a);
        await db.SaveChangesAsync();
        return a.Id;
    });

    [Fact]
    public async Task Letter_GoesToConfirmedSubscribers_WithOneClickUnsubscribeHeaders_ThatWork()
    {
        var camille = await AbonneAsync("camille@example.fr", confirme: true);
        await AbonneAsync("attente@example.fr", confirme: false);
        var client = _f.NewClient();
        await _f.SignInAsAsync(client, await _f.CreateUserAsync(Roles.Staff));

        var admin = await EigWebFactory.GetDocumentAsync(client, "/admin");
        var contenus = await EigWebFactory.GetDocumentAsync(client, admin.QuerySelectorAll("a").First(a => a.GetAttribute("href") == "/admin/contenus").GetAttribute("href")!);
        var lettre = await EigWebFactory.GetDocumentAsync(client, contenus.QuerySelectorAll("a").First(a => a.GetAttribute("href") == "/admin/contenus/newsletter").GetAttribute("href")!);
        var ecrire = lettre.QuerySelectorAll("a").First(a => a.TextContent.Contains("Écrire la lettre")).GetAttribute("href")!;
        var apercu = await EigWebFactory.ParseAsync(await EigWebFactory.PostFormAsync(client, ecrire,
            new Dictionary<string, string> { ["Input.Sujet"] = "La lettre de décembre", ["Input.Corps"] = "Les défis de la promotion 9 démarrent.\nTout est sur {{lien}}" }, handler: "Apercu"));
        Assert.Contains("Envoyer à 1 destinataire", apercu.GetElementById("apercu")!.ParentElement!.TextContent.Replace('\u00a0', ' '));
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostAsync("/admin/courriels/ecrire?handler=Envoyer", EcrireTests.Envoi(apercu))).StatusCode);

        var mail = Assert.Single(await _f.ReadMailsAsync());
        Assert.Equal("camille@example.fr", mail.To);
        Assert.Contains("Tout est sur https://eig.example.fr/", mail.Text);
        var entete = mail.Message!.Headers["List-Unsubscribe"];
        Assert.Equal("List-Unsubscribe=One-Click", mail.Message.Headers["List-Unsubscribe-Post"]);
        var liens = Regex.Matches(entete, "<([^>]+)>").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(2, liens.Count);
        Assert.StartsWith($"https://eig.example.fr/newsletter/desinscription?id={camille}&jeton=", liens[0]);
        Assert.StartsWith("mailto:", liens[1]);
        Assert.Equal(liens[0], mail.Link("/newsletter/desinscription"));
        Assert.True(await _f.WithDbAsync(db => db.Audit.AnyAsync(a => a.Action == "courriels.lettre")));

        // A mail client, with no session and no antiforgery token.
        var clientMail = _f.NewClient();
        var chemin = new Uri(liens[0]).PathAndQuery;
        var faux = await clientMail.PostAsync(Regex.Replace(chemin, "jeton=[^&]+", "jeton=s.faux"), new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));
        Assert.Equal(HttpStatusCode.BadRequest, faux.StatusCode);
        var page = await EigWebFactory.GetDocumentAsync(clientMail, chemin);
        Assert.Contains("Me désinscrire", page.QuerySelector("main")!.TextContent);
        Assert.Equal(StatutAbonnement.Confirme, await _f.WithDbAsync(db => db.AbonnesNewsletter.Where(a => a.Id == camille).Select(a => a.Statut).SingleAsync()));

        var unClic = await clientMail.PostAsync(chemin, new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));

        Assert.Equal(HttpStatusCode.OK, unClic.StatusCode);
        Assert.Equal(StatutAbonnement.Desinscrit, await _f.WithDbAsync(db => db.AbonnesNewsletter.Where(a => a.Id == camille).Select(a => a.Statut).SingleAsync()));
    }
}
