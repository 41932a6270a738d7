using System.Net;
using System.Text;
using Eig.Tests.Support;

namespace Eig.Tests.Infrastructure.Http;

/// <summary>Finding 8: a NUL byte, too many fields, an oversized value or a broken multipart body got an invalid
/// "HTTP/1.1 0" status line; a field named "code" chose the error page's status; TRACE answered 500.</summary>
public class RequetesRobustesTests(EigWebFactory factory) : IClassFixture<EigWebFactory>
{
    private async Task<(HttpClient Client, string Token)> FormulaireAsync()
    {
        var client = factory.NewClient();
        var doc = await EigWebFactory.GetDocumentAsync(client, "/contact");
        return (client, doc.QuerySelector($"input[name='{EigWebFactory.AntiforgeryField}']")!.GetAttribute("value")!);
    }

    private static async Task AssertPageDErreurAsync(HttpResponseMessage r, HttpStatusCode attendu, string titre)
    {
        Assert.Equal(attendu, r.StatusCode);
        var doc = await EigWebFactory.ParseAsync(r);
        Assert.Equal(titre, doc.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains($"Erreur {(int)attendu}", doc.Body!.TextContent);
    }

    private static Dictionary<string, string> Contact(string token, string objet = "Bonjour") => new()
    {
        [EigWebFactory.AntiforgeryField] = token, ["Input.Nom"] = "Alex", ["Input.Email"] = "alex@exemple.fr",
        ["Input.Objet"] = objet, ["Input.Message"] = "Un message assez long pour passer.",
    };

    [Fact]
    public async Task NulByteInAField_Is400_WithTheErrorPage()
    {
        var (client, token) = await FormulaireAsync();

        using var r = await client.PostAsync("/contact", new FormUrlEncodedContent(Contact(token, "Bon\0jour")), TestContext.Current.CancellationToken);

        await AssertPageDErreurAsync(r, HttpStatusCode.BadRequest, "Demande incorrecte");
    }

    [Fact]
    public async Task MoreThan1024Fields_Is400()
    {
        var (client, token) = await FormulaireAsync();
        var champs = Contact(token);
        for (var i = 0; i < 1100; i++) champs[$"x{i}"] = "1";

        using var r = await client.PostAsync("/contact", new FormUrlEncodedContent(champs), TestContext.Current.CancellationToken);

        await AssertPageDErreurAsync(r, HttpStatusCode.BadRequest, "Demande incorrecte");
    }

    [Fact]
    public async Task AValueOver4Megabytes_Is400()
    {
        var (client, token) = await FormulaireAsync();
        var champs = Contact(token);
        champs["Input.Message"] = new string('a', 4 * 1024 * 1024 + 10);

        using var r = await client.PostAsync("/contact", new FormUrlEncodedContent(champs), TestContext.Current.CancellationToken);

        await AssertPageDErreurAsync(r, HttpStatusCode.BadRequest, "Demande incorrecte");
    }

    [Fact]
    public async Task BrokenMultipartBody_Is400()
    {
        var (client, _) = await FormulaireAsync();
        var corps = new StringContent("--frontiere\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nvaleur sans fin", Encoding.UTF8);
        corps.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("multipart/form-data") { Parameters = { new("boundary", "frontiere") } };

        using var r = await client.PostAsync("/contact", corps, TestContext.Current.CancellationToken);

        await AssertPageDErreurAsync(r, HttpStatusCode.BadRequest, "Demande incorrecte");
    }

    [Fact]
    public async Task BodyOverTheLimit_Is413()
    {
        await using var f = new EigWebFactory { Settings = { ["Http:CorpsMaxMo"] = "1" } };
        using var client = f.NewClient();
        var doc = await EigWebFactory.GetDocumentAsync(client, "/contact");
        var token = doc.QuerySelector($"input[name='{EigWebFactory.AntiforgeryField}']")!.GetAttribute("value")!;
        using var corps = new MultipartFormDataContent
        {
            { new StringContent(token), EigWebFactory.AntiforgeryField },
            { new ByteArrayContent(new byte[2 * 1024 * 1024]), "piece", "gros.pdf" },
        };

        using var r = await client.PostAsync("/contact", corps, TestContext.Current.CancellationToken);

        await AssertPageDErreurAsync(r, HttpStatusCode.RequestEntityTooLarge, "Envoi trop volumineux");
    }

    [Fact]
    public async Task AFormFieldNamedCode_DoesNotChooseTheStatus()
    {
        var (client, token) = await FormulaireAsync();
        var champs = Contact(token);
        champs["code"] = "-1";
        champs["Input.Email"] = "pas une adresse";

        using var r = await client.PostAsync("/contact", new FormUrlEncodedContent(champs), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);

        using var direct = await client.PostAsync("/erreur/404", new FormUrlEncodedContent(new Dictionary<string, string> { ["code"] = "-1" }),
            TestContext.Current.CancellationToken);
        await AssertPageDErreurAsync(direct, HttpStatusCode.NotFound, "Page non trouvée");
    }

    [Theory]
    [InlineData("TRACE", "/")]
    [InlineData("TRACE", "/compte/mes-donnees")]
    [InlineData("PUT", "/contact")]
    [InlineData("DELETE", "/compte")]
    [InlineData("OPTIONS", "/")]
    public async Task UnusedVerbs_Are405(string verbe, string url)
    {
        using var client = factory.NewClient();

        using var r = await client.SendAsync(new HttpRequestMessage(new HttpMethod(verbe), url), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, r.StatusCode);
        Assert.Contains("GET", r.Content.Headers.Allow.Concat(r.Headers.TryGetValues("Allow", out var a) ? a : []));
    }
}
