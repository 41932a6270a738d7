using System.Net.Http.Json;
using System.Text.Json.Serialization;

namespace Eig.Web.AppelsAProjets;

/// <summary>The administration a SIRET belongs to, for a porteur signed in with ProConnect (claim <c>siret</c>):
/// their dossier starts with it, and they correct it on the first step if it reads wrong.</summary>
public interface IAdministrationParSiret
{
    /// <summary>The administration's name, or null when it is not known (unknown SIRET, the API down or slow): the
    /// porteur then types it, and starting the dossier never fails because of it.</summary>
    Task<string?> NomAsync(string siret, CancellationToken ct);
}

/// <summary>The State's public company directory, <c>recherche-entreprises.api.gouv.fr</c> (no key, no personal data
/// sent but the SIRET). <c>RechercheEntreprises:UrlDeBase</c> and <c>RechercheEntreprises:DelaiSecondes</c> (3).</summary>
public sealed class RechercheEntreprises(HttpClient http, ILogger<RechercheEntreprises> logger) : IAdministrationParSiret
{
    public const string Client = "recherche-entreprises";
    public const string UrlParDefaut = "https://recherche-entreprises.api.gouv.fr/";

    public async Task<string?> NomAsync(string siret, CancellationToken ct)
    {
        if (siret.Length != 14 || !siret.All(char.IsAsciiDigit)) return null;
        try
        {
            var reponse = await http.GetFromJsonAsync<Reponse>($"search?q={siret}&page=1&per_page=1", ct);
            // The search is full text: keep only the legal unit of this SIRET (its first nine digits).
            var unite = reponse?.Results?.FirstOrDefault(r => r.Siren == siret[..9]);
            var nom = unite?.NomComplet?.Trim();
            return string.IsNullOrEmpty(nom) ? null : nom.Length > DossierProjet.Court ? nom[..DossierProjet.Court] : nom;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException or NotSupportedException)
        {
            if (ct.IsCancellationRequested) throw;
            logger.LogWarning("Administration du SIRET {Siret} introuvable : {Erreur}", siret, ex.Message);
            return null;
        }
    }

    private sealed record Reponse([property: JsonPropertyName("results")] List<Unite>? Results);
    private sealed record Unite(
        [property: JsonPropertyName("siren")] string? Siren,
        [property: JsonPropertyName("nom_complet")] string? NomComplet);

    public static void Ajouter(IServiceCollection services, IConfiguration config)
    {
        services.AddHttpClient<IAdministrationParSiret, RechercheEntreprises>(Client, http =>
        {
            var url = config["RechercheEntreprises:UrlDeBase"] is { Length: > 0 } u ? u : UrlParDefaut;
            http.BaseAddress = new Uri(url.EndsWith('/') ? url : url + "/");
            http.Timeout = TimeSpan.FromSeconds(config.GetValue("RechercheEntreprises:DelaiSecondes", 3.0));
            http.DefaultRequestHeaders.Accept.ParseAdd("application/json");
        });
    }
}
