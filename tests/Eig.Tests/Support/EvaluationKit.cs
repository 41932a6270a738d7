using System.Net;

namespace Eig.Tests.Support;

/// <summary>The evaluation form as an evaluator goes through it, for dossiers and candidatures alike.</summary>
public static class EvaluationKit
{
    /// <summary>"Soumettre l'évaluation" on the form (<paramref name="champs"/>), then "Soumettre l'évaluation" again
    /// on the confirmation that says it is final. Returns the form's answer if it is not the way to the
    /// confirmation (a 400 with messages), else the confirmation's.</summary>
    public static async Task<HttpResponseMessage> SoumettreAsync(HttpClient client, string url, IReadOnlyDictionary<string, string> champs)
    {
        var formulaire = new Dictionary<string, string>(champs) { ["Input.Soumettre"] = "true" };
        var r = await EigWebFactory.PostFormAsync(client, url, formulaire);
        if (r.StatusCode != HttpStatusCode.Redirect || r.Headers.Location?.OriginalString is not { } confirmation
            || !confirmation.Contains("confirmer=", StringComparison.OrdinalIgnoreCase))
            return r;
        var page = await EigWebFactory.GetDocumentAsync(client, confirmation);
        Assert.Contains("Une évaluation soumise ne peut plus être modifiée.", page.QuerySelector(".fr-alert--warning")!.TextContent);
        return await EigWebFactory.PostFormAsync(client, confirmation, new Dictionary<string, string>(), handler: "Soumettre");
    }
}
