using System.Net;
using Eig.Tests.Support;
using Eig.Web.Contenus;
using Microsoft.EntityFrameworkCore;

namespace Eig.Tests.Pages.Public.Newsletter;

public class InscriptionTests(EigWebFactory factory) : IClassFixture<EigWebFactory>
{
    private static string Adresse() => $"lecteur-{Guid.NewGuid():N}@exemple.fr";

    private Task<HttpResponseMessage> PostAsync(HttpClient client, string email) =>
        EigWebFactory.PostFormAsync(client, "/newsletter/inscription", new Dictionary<string, string> { ["Input.Email"] = email });

    [Fact]
    public async Task Post_EmptyEmail_ShowsErrorNextToTheField()
    {
        var response = await PostAsync(factory.NewClient(), "");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var doc = await EigWebFactory.ParseAsync(response);
        EigWebFactory.AssertHasError(doc, "Input.Email", "Saisissez votre adresse électronique.");
        Assert.NotNull(doc.QuerySelector("#erreurs"));
    }

    [Fact]
    public async Task Post_BadEmail_ShowsClearMessageAndKeepsWhatWasTyped()
    {
        var response = await PostAsync(factory.NewClient(), "pas-une-adresse");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var doc = await EigWebFactory.ParseAsync(response);
        EigWebFactory.AssertHasError(doc, "Input.Email", "adresse électronique valide");
        Assert.Equal("pas-une-adresse", doc.QuerySelector("input[name='Input.Email']")?.GetAttribute("value"));
    }

    [Fact]
    public async Task Post_ValidEmail_SendsConfirmationWithUnsubscribeLink_AndConfirmLinkConfirms()
    {
        var email = Adresse();
        var client = factory.NewClient();

        var response = await PostAsync(client, email);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var mail = Assert.Single((await factory.ReadMailsAsync()).Where(m => m.To.Contains(email)));
        Assert.NotNull(mail.Link("/newsletter/desinscription"));
        var lien = mail.Link("/newsletter/confirmer")!;
        Assert.Equal(StatutAbonnement.EnAttente, await StatutAsync(email));

        var chemin = new Uri(lien).PathAndQuery;
        var confirme = await EigWebFactory.PostFormAsync(client, chemin, new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, confirme.StatusCode);
        Assert.Equal(StatutAbonnement.Confirme, await StatutAsync(email));
    }

    [Fact]
    public async Task Post_SameEmailTwice_IsHarmless_OneSubscriber()
    {
        var email = Adresse();

        var premier = await PostAsync(factory.NewClient(), email);
        var second = await PostAsync(factory.NewClient(), email.ToUpperInvariant());

        Assert.Equal(HttpStatusCode.Redirect, premier.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal(1, await factory.WithDbAsync(db => db.AbonnesNewsletter.CountAsync(a => a.Email == email)));
    }

    [Fact]
    public async Task Post_FromWaitBlockWithoutToken_IsAccepted()
    {
        var email = Adresse();

        var response = await factory.NewClient().PostAsync("/newsletter/inscription",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = email }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(StatutAbonnement.EnAttente, await StatutAsync(email));
    }

    [Fact]
    public async Task Unsubscribe_WithMailLink_Unsubscribes_AndWrongTokenDoesNot()
    {
        var email = Adresse();
        var client = factory.NewClient();
        await PostAsync(client, email);
        var mail = (await factory.ReadMailsAsync()).Single(m => m.To.Contains(email));
        var chemin = new Uri(mail.Link("/newsletter/desinscription")!).PathAndQuery;
        var faux = chemin[..chemin.IndexOf("jeton=", StringComparison.Ordinal)] + "jeton=faux";

        var refuse = await EigWebFactory.GetDocumentAsync(client, faux);
        Assert.Null(refuse.QuerySelector("main form"));
        var response = await EigWebFactory.PostFormAsync(client, chemin, new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(StatutAbonnement.Desinscrit, await StatutAsync(email));
    }

    private Task<StatutAbonnement> StatutAsync(string email) =>
        factory.WithDbAsync(db => db.AbonnesNewsletter.Where(a => a.Email == email).Select(a => a.Statut).SingleAsync());
}
