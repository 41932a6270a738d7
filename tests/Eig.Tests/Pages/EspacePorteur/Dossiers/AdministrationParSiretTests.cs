using System.Net;
using System.Security.Claims;
using Eig.Tests.Support;
using Eig.Web.AppelsAProjets;
using Eig.Web.Comptes;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;

namespace Eig.Tests.Pages.EspacePorteur.Dossiers;

/// <summary>A porteur signed in with ProConnect comes with their administration's SIRET: the dossier they start
/// names the administration from the public company directory, and they can still correct it; when the directory
/// does not answer, the field is left for them to type and starting the dossier works all the same.</summary>
public class AdministrationParSiretTests
{
    private const string Siret = "13002526500013";

    /// <summary>What recherche-entreprises.api.gouv.fr answers, as the real API writes it (trimmed).</summary>
    private const string ReponseDinum = """
        {"results":[{"siren":"130025265","nom_complet":"DIRECTION INTERMINISTERIELLE DU NUMERIQUE","nom_raison_sociale":"DIRECTION INTERMINISTERIELLE DU NUMERIQUE",
          "siege":{"siret":"13002526500013","libelle_commune":"PARIS"},"complements":{"est_service_public":true},
          "matching_etablissements":[{"siret":"13002526500013"}]}],"total_results":1,"page":1,"per_page":1,"total_pages":1}
        """;

    private sealed class FauxAnnuaire(Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> repondre) : HttpMessageHandler
    {
        public List<Uri> Demandes { get; } = [];
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
        {
            lock (Demandes) Demandes.Add(request.RequestUri!);
            return repondre(request, ct);
        }
    }

    private static EigWebFactory Factory(FauxAnnuaire annuaire, string delai = "3") => new()
    {
        Settings = { ["RechercheEntreprises:UrlDeBase"] = "https://annuaire.test/", ["RechercheEntreprises:DelaiSecondes"] = delai },
        ServicesDeTest = s => s.Configure<HttpClientFactoryOptions>(RechercheEntreprises.Client,
            o => o.HttpMessageHandlerBuilderActions.Add(b => b.PrimaryHandler = annuaire)),
    };

    private static HttpResponseMessage Json(string json, HttpStatusCode code = HttpStatusCode.OK) =>
        new(code) { Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json") };

    /// <summary>A porteur as ProConnect leaves them: the siret claim kept on the account.</summary>
    private static async Task<(HttpClient, TestUser)> PorteurProConnectAsync(EigWebFactory f, string? siret = Siret)
    {
        var porteur = await f.CreateUserAsync(Roles.Porteur);
        if (siret is not null)
            using (var scope = f.Services.CreateScope())
            {
                var users = scope.ServiceProvider.GetRequiredService<UserManager<Utilisateur>>();
                var user = await users.FindByIdAsync(porteur.Id.ToString());
                await users.AddClaimAsync(user!, new Claim(ProConnect.ClaimSiret, siret));
            }
        var client = f.NewClient();
        await f.SignInAsAsync(client, porteur);
        return (client, porteur);
    }

    private static async Task<(HttpResponseMessage Reponse, DossierProjet Dossier)> CommencerAsync(EigWebFactory f, HttpClient client, TestUser porteur)
    {
        var appel = await AapDonnees.AppelPublieAsync(f);
        var r = await EigWebFactory.PostFormAsync(client, "/espace-porteur/dossiers", new Dictionary<string, string> { ["appelId"] = appel.Id.ToString() });
        var d = await f.WithDbAsync(db => db.DossiersProjets.AsNoTracking().SingleAsync(x => x.PorteurId == porteur.Id));
        return (r, d);
    }

    [Fact]
    public async Task Commencer_AvecSiretProConnect_DeduitLAdministration_QueLePorteurPeutCorriger()
    {
        var annuaire = new FauxAnnuaire((_, _) => Task.FromResult(Json(ReponseDinum)));
        await using var f = Factory(annuaire);
        var (client, porteur) = await PorteurProConnectAsync(f);

        var (r, dossier) = await CommencerAsync(f, client, porteur);

        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        Assert.Equal("DIRECTION INTERMINISTERIELLE DU NUMERIQUE", dossier.Administration);
        Assert.Equal(Siret, dossier.Siret);
        var demande = Assert.Single(annuaire.Demandes);
        Assert.Equal("annuaire.test", demande.Host);
        Assert.Equal("/search", demande.AbsolutePath);
        Assert.Contains("q=" + Siret, demande.Query);

        // Step 1 shows it filled in, says where it comes from, and the porteur's correction wins.
        var etape1 = r.Headers.Location!.OriginalString;
        var page = await EigWebFactory.GetDocumentAsync(client, etape1);
        Assert.Equal("DIRECTION INTERMINISTERIELLE DU NUMERIQUE", page.QuerySelector("input[name='Input.Administration']")!.GetAttribute("value"));
        Assert.Contains("SIRET", page.QuerySelector(".fr-alert--info")!.TextContent);
        var corrige = await EigWebFactory.PostFormAsync(client, etape1, new Dictionary<string, string>
        {
            ["Input.Titre"] = "Simplifier les aides", ["Input.Administration"] = "DINUM — Incubateur",
            ["Input.TypeAdministration"] = "Administration centrale", ["Input.Siret"] = Siret,
            ["Input.SponsorNom"] = "Claire Martin", ["Input.SponsorFonction"] = "Directrice",
        });
        Assert.Equal(HttpStatusCode.Redirect, corrige.StatusCode);
        Assert.Equal("DINUM — Incubateur", await f.WithDbAsync(db => db.DossiersProjets.Where(x => x.Id == dossier.Id).Select(x => x.Administration).SingleAsync()));
    }

    public static TheoryData<string> Pannes => ["erreur", "lent", "inconnu", "illisible"];

    /// <summary>An answer that comes after the configured delay: the lookup gives up (its token is cancelled).</summary>
    private static async Task<HttpResponseMessage> LentAsync(CancellationToken ct)
    {
        await Task.Delay(TimeSpan.FromSeconds(10), ct);
        return Json(ReponseDinum);
    }

    [Theory]
    [MemberData(nameof(Pannes))]
    public async Task Commencer_AnnuaireEnPanne_LaisseLeChampAuPorteur_SansErreur(string panne)
    {
        var annuaire = new FauxAnnuaire(async (_, ct) => panne switch
        {
            "erreur" => Json("""{"erreur":"indisponible"}""", HttpStatusCode.ServiceUnavailable),
            "lent" => await LentAsync(ct),
            "inconnu" => Json("""{"results":[{"siren":"999999999","nom_complet":"UNE AUTRE ENTREPRISE"}],"total_results":1}"""),
            _ => Json("<html>pas du JSON</html>"),
        });
        await using var f = Factory(annuaire, delai: "0.5");
        var (client, porteur) = await PorteurProConnectAsync(f);

        var (r, dossier) = await CommencerAsync(f, client, porteur);

        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        Assert.EndsWith("/etape/1", r.Headers.Location!.OriginalString);
        Assert.Equal("", dossier.Administration);
        Assert.Equal(Siret, dossier.Siret);
        Assert.Single(annuaire.Demandes);
        var page = await EigWebFactory.GetDocumentAsync(client, r.Headers.Location!.OriginalString);
        Assert.Equal("", page.QuerySelector("input[name='Input.Administration']")!.GetAttribute("value") ?? "");
    }

    [Fact]
    public async Task Commencer_SansProConnect_NeDemandeRienALAnnuaire()
    {
        var annuaire = new FauxAnnuaire((_, _) => Task.FromResult(Json(ReponseDinum)));
        await using var f = Factory(annuaire);
        var (client, porteur) = await PorteurProConnectAsync(f, siret: null);

        var (r, dossier) = await CommencerAsync(f, client, porteur);

        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        Assert.Empty(annuaire.Demandes);
        Assert.Equal("", dossier.Administration);
        Assert.Null(dossier.Siret);
    }
}
