using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Eig.Tests.Support;

/// <summary>HTML helpers: pages are read with AngleSharp, forms are posted with the antiforgery token of their GET.</summary>
public partial class EigWebFactory
{
    public const string AntiforgeryField = "__RequestVerificationToken";

    public static async Task<IDocument> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var context = BrowsingContext.New(Configuration.Default);
        return await context.OpenAsync(r => r.Content(html).Address(response.RequestMessage?.RequestUri?.ToString() ?? "http://localhost/"));
    }

    /// <summary>GETs a page and parses it; fails with the status and the start of the body when it is not a 200.</summary>
    public static async Task<IDocument> GetDocumentAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            var body = await response.Content.ReadAsStringAsync();
            Assert.Fail($"GET {url} : {(int)response.StatusCode} {response.Headers.Location}\n{body[..Math.Min(body.Length, 500)]}");
        }
        return await ParseAsync(response);
    }

    /// <summary>GETs <paramref name="url"/>, takes the antiforgery token from the form that has the given fields
    /// (or the only/first form with a token), and POSTs the fields with it to that form's action.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string url, IReadOnlyDictionary<string, string> fields)
    {
        var document = await GetDocumentAsync(client, url);
        var forms = document.QuerySelectorAll<IHtmlFormElement>("form")
            .Where(f => f.QuerySelector($"input[name='{AntiforgeryField}']") is not null)
            .ToList();
        var form = forms.FirstOrDefault(f => fields.Keys.All(k => f.QuerySelector($"[name='{k}']") is not null))
                   ?? forms.FirstOrDefault()
                   ?? throw new InvalidOperationException($"{url} n'a pas de formulaire avec {AntiforgeryField}.");
        var token = form.QuerySelector<IHtmlInputElement>($"input[name='{AntiforgeryField}']")!.Value;
        var action = form.GetAttribute("action") is { Length: > 0 } a ? a : url;
        // Like a browser, send the form's hidden fields too (a return URL, a reset code…), unless the test sets them.
        var hidden = form.QuerySelectorAll<IHtmlInputElement>("input[type='hidden'][name]")
            .Where(i => i.Name != AntiforgeryField && !fields.ContainsKey(i.Name!))
            .GroupBy(i => i.Name!)
            .Select(g => new KeyValuePair<string, string>(g.Key, g.First().Value));
        var content = new FormUrlEncodedContent([.. fields, .. hidden, new(AntiforgeryField, token)]);
        return await client.PostAsync(action, content);
    }

    /// <summary>Asserts that the re-rendered form shows <paramref name="message"/> next to <paramref name="field"/>
    /// (the element named so, or its fieldset, links the error by <c>aria-describedby</c>, as a screen reader
    /// announces it). <paramref name="field"/> "" means a message for the whole form, in the summary at the top.</summary>
    public static void AssertHasError(IDocument document, string field, string message)
    {
        var toutes = document.QuerySelectorAll(".fr-error-text, .fr-message--error, #erreurs li, #erreurs p")
            .Select(e => e.TextContent.Trim()).Where(t => t.Length > 0).Distinct().ToList();
        string Liste() => toutes.Count == 0 ? "aucun message d'erreur sur la page" : "messages de la page : « " + string.Join(" », « ", toutes) + " »";
        if (field.Length == 0)
        {
            var resume = document.GetElementById("erreurs")?.TextContent ?? "";
            Assert.True(resume.Contains(message, StringComparison.Ordinal), $"« {message} » n'est pas dans le résumé des erreurs ; {Liste()}");
            return;
        }
        var champ = document.QuerySelector($"[name='{field}']");
        Assert.True(champ is not null, $"Pas de champ « {field} » sur la page ; {Liste()}");
        var decrits = new List<IElement> { champ! };
        if (champ!.Closest("fieldset") is { } fieldset) decrits.Add(fieldset);
        var liees = decrits
            .SelectMany(e => (e.GetAttribute("aria-describedby") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Append(champ.Id + "-erreur")
            .Select(id => document.GetElementById(id))
            .Where(e => e is not null && (e.ClassList.Contains("fr-error-text") || e.ClassList.Contains("fr-message--error")))
            .Select(e => e!.TextContent.Trim()).ToList();
        Assert.True(liees.Any(t => t.Contains(message, StringComparison.Ordinal)),
            $"« {message} » n'est pas le message lié au champ « {field} » ({(liees.Count == 0 ? "aucun" : string.Join(" | ", liees))}) ; {Liste()}");
    }

    /// <summary>Signs in through the real pages: <c>/compte/connexion</c>, then, when the account is sent there,
    /// <c>/compte/connexion-2fa</c> with a TOTP code. Returns the last response (a 302 when it worked).</summary>
    public static async Task<HttpResponseMessage> LoginAsync(HttpClient client, string email, string password, string? authenticatorKey = null)
    {
        var response = await PostFormAsync(client, "/compte/connexion", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });
        var next = response.Headers.Location?.OriginalString;
        if (authenticatorKey is not null && response.StatusCode == HttpStatusCode.Redirect
            && next?.StartsWith("/compte/connexion-2fa", StringComparison.OrdinalIgnoreCase) == true)
        {
            response = await PostFormAsync(client, next, new Dictionary<string, string>
            {
                ["Input.Code"] = Totp.Code(authenticatorKey),
            });
        }
        return response;
    }

    public static Task<HttpResponseMessage> LoginAsync(HttpClient client, TestUser user) =>
        LoginAsync(client, user.Email, user.Password, user.AuthenticatorKey);
}
