using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Eig.Tests.Support;

namespace Eig.Tests.Pages.Candidatures;

/// <summary>HTTP helpers of the AAC page tests (the data arrangers are in AacDonnees.cs, shared with the browser tests).</summary>
public static partial class AacKit
{
    public static async Task<HttpClient> ClientAsync(this EigWebFactory f, TestUser user)
    {
        var client = f.NewClient();
        await f.SignInAsAsync(client, user);
        return client;
    }

    public static void AssertRedirect(HttpResponseMessage r, string to)
    {
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        var location = r.Headers.Location!;
        var chemin = location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
        Assert.StartsWith(to, chemin, StringComparison.OrdinalIgnoreCase);
    }

    public static Dictionary<string, string> FormulaireComplet(Appel appel, string action = "deposer") => new()
    {
        ["Input.Prenom"] = "Léa",
        ["Input.Nom"] = "Martin",
        ["Input.Email"] = "lea.martin@exemple.fr",
        ["Input.Telephone"] = "06 12 34 56 78",
        ["Input.Ville"] = "Lyon",
        ["Input.ProfilId"] = appel.ProduitId.ToString(),
        ["Input.AnneesExperience"] = "10",
        ["Input.ExperienceEntrepreneuriale"] = "J'ai cofondé deux entreprises.",
        ["Input.Motivation"] = "Mettre mon expérience au service du public.",
        ["Input.Competences"] = "Stratégie produit, Santé",
        ["Input.Domaines"] = "santé",
        ["Input.LienLinkedIn"] = "https://www.linkedin.com/in/lea-martin",
        ["Input.LienGitHub"] = "",
        ["Input.LienPortfolio"] = "",
        ["Input.Disponibilite"] = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(60).ToString("yyyy-MM-dd"),
        ["Input.Consentement"] = "true",
        ["Input.AnnuairePublic"] = "false",
        ["action"] = action,
    };
}
