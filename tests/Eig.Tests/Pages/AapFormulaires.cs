using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Eig.Tests.Support;

namespace Eig.Tests.Pages;

/// <summary>Posts a form as a browser would: every field the form already carries (hidden version tokens, pre-filled
/// values) plus the ones the test sets. <see cref="EigWebFactory.PostFormAsync"/> sends only the test's fields.</summary>
public static class AapFormulaires
{
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, IReadOnlyDictionary<string, string> champs,
        string? handler = null)
    {
        var document = await EigWebFactory.GetDocumentAsync(client, url);
        var forms = document.QuerySelectorAll<IHtmlFormElement>("form")
            .Where(f => f.QuerySelector($"input[name='{EigWebFactory.AntiforgeryField}']") is not null)
            // The header's sign-out form is never the one a test means.
            .Where(f => !(f.GetAttribute("action") ?? "").StartsWith("/compte/", StringComparison.OrdinalIgnoreCase))
            .Where(f => handler is null || (f.GetAttribute("action") ?? "").Contains($"handler={handler}", StringComparison.OrdinalIgnoreCase))
            .ToList();
        var form = forms.FirstOrDefault(f => champs.Keys.All(k => f.QuerySelector($"[name='{k}']") is not null))
                   ?? forms.FirstOrDefault()
                   ?? throw new InvalidOperationException($"{url} n'a pas de formulaire.");
        var valeurs = new List<KeyValuePair<string, string>>();
        foreach (var e in form.QuerySelectorAll("input[name], textarea[name], select[name]"))
        {
            var name = e.GetAttribute("name")!;
            if (champs.ContainsKey(name)) continue;
            switch (e)
            {
                case IHtmlInputElement { Type: "checkbox" or "radio" } i when !i.IsChecked: break;
                case IHtmlInputElement { Type: "file" or "submit" }: break;
                case IHtmlInputElement i: valeurs.Add(new(name, i.Value)); break;
                case IHtmlTextAreaElement t: valeurs.Add(new(name, t.Value)); break;
                case IHtmlSelectElement s: valeurs.Add(new(name, s.Value ?? "")); break;
            }
        }
        valeurs.AddRange(champs);
        var action = form.GetAttribute("action") is { Length: > 0 } a ? a : url;
        return await client.PostAsync(action, new FormUrlEncodedContent(valeurs));
    }
}
