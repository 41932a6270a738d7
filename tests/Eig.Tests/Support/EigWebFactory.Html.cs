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

    /// <summary>The one way tests send a form, as a browser would: GETs <paramref name="url"/>, picks the form
    /// (the one whose action or a submit button targets <paramref name="handler"/>, then the one holding every given
    /// field, else the first; never the header's sign-out form), sends every field the form already holds (hidden
    /// fields, the antiforgery token, typed values, checked boxes, selected options) with <paramref name="fields"/>
    /// replacing them, to the form's action; as multipart/form-data with <paramref name="file"/> when given.</summary>
    /// <param name="action">Where to post instead of the form's own action (attack tests reuse a form's token).</param>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string url, IReadOnlyDictionary<string, string> fields,
        string? handler = null, (string Field, string FileName, byte[] Content)? file = null, string? action = null)
    {
        var document = await GetDocumentAsync(client, url);
        var forms = document.QuerySelectorAll<IHtmlFormElement>("form")
            .Where(f => f.QuerySelector($"input[name='{AntiforgeryField}']") is not null)
            .Where(f => !(f.GetAttribute("action") ?? "").Contains("/compte/deconnexion", StringComparison.OrdinalIgnoreCase)
                        || url.Contains("/compte/deconnexion", StringComparison.OrdinalIgnoreCase))
            .ToList();
        if (forms.Count == 0) throw new InvalidOperationException($"{url} n'a pas de formulaire avec {AntiforgeryField}.");
        var cibles = forms.Select(f => (Form: f, Action: Cible(f, handler))).ToList();
        var candidats = handler is null ? cibles : cibles.Where(c => c.Action is not null).ToList();
        if (candidats.Count == 0) candidats = cibles;
        var keys = fields.Keys.Concat(file is { } fi ? [fi.Field] : []).ToList();
        var (form, cible) = candidats.FirstOrDefault(c => keys.All(k => c.Form.QuerySelector($"[name='{k}']") is not null));
        if (form is null) (form, cible) = candidats[0];
        action ??= cible ?? (form.GetAttribute("action") is { Length: > 0 } a ? a : url);
        // Relative to the page, as a browser resolves it ("?handler=Soumettre" stays on the page).
        if (!action.StartsWith('/')) action = new Uri(new Uri(new Uri("http://localhost"), url), action).PathAndQuery;
        // A handler chosen by a submit button's name="handler" value, or named by the test: put it in the address.
        if (handler is not null && cible is null)
        {
            action = System.Text.RegularExpressions.Regex.Replace(action, @"[?&]handler=[^&]*", "");
            action += (action.Contains('?') ? "&" : "?") + "handler=" + handler;
        }

        var valeurs = new List<KeyValuePair<string, string>>();
        foreach (var e in form.QuerySelectorAll("input[name], textarea[name], select[name]"))
        {
            var name = e.GetAttribute("name")!;
            if (fields.ContainsKey(name) || name == file?.Field) continue;
            switch (e)
            {
                case IHtmlInputElement { Type: "checkbox" or "radio" } i when !i.IsChecked: break;
                case IHtmlInputElement { Type: "file" or "submit" or "button" or "reset" }: break;
                case IHtmlInputElement i: valeurs.Add(new(name, i.Value)); break;
                case IHtmlTextAreaElement t: valeurs.Add(new(name, t.Value)); break;
                case IHtmlSelectElement s: valeurs.Add(new(name, s.Value ?? "")); break;
            }
        }
        valeurs.AddRange(fields);
        if (file is not { } fichier)
            return await client.PostAsync(action, new FormUrlEncodedContent(valeurs));
        var content = new MultipartFormDataContent();
        foreach (var (k, v) in valeurs) content.Add(new StringContent(v), k);
        var bytes = new ByteArrayContent(fichier.Content);
        bytes.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(
            fichier.FileName.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) ? "application/pdf" : "application/octet-stream");
        content.Add(bytes, fichier.Field, fichier.FileName);
        return await client.PostAsync(action, content);
    }

    /// <summary>Where the form sends <paramref name="handler"/>: its action, or a submit button's formaction.</summary>
    private static string? Cible(IHtmlFormElement form, string? handler)
    {
        if (handler is null) return null;
        var marque = $"handler={handler}";
        if ((form.GetAttribute("action") ?? "").Contains(marque, StringComparison.OrdinalIgnoreCase)) return form.GetAttribute("action");
        return form.QuerySelectorAll("[formaction]").Select(b => b.GetAttribute("formaction")!)
            .FirstOrDefault(a => a.Contains(marque, StringComparison.OrdinalIgnoreCase));
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
        static bool EstErreur(IElement e) => e.ClassList.Contains("fr-error-text") || e.ClassList.Contains("fr-message--error");
        // A DSFR fieldset (radios, checkboxes) names its messages group in aria-labelledby, beside its legend.
        var liees = decrits
            .SelectMany(e => (e.GetAttribute("aria-describedby") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Concat(champ.Closest("fieldset")?.GetAttribute("aria-labelledby")?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [])
            .Append(champ.Id + "-erreur")
            .Select(id => document.GetElementById(id))
            .Where(e => e is not null)
            .SelectMany(e => EstErreur(e!) ? [e!] : e!.QuerySelectorAll(".fr-error-text, .fr-message--error").ToArray())
            .Select(e => e.TextContent.Trim()).ToList();
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
