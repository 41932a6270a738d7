using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Eig.Tests.Pages.Candidatures;
using Eig.Tests.Support;
using Eig.Web.Comptes;
using Eig.Web.Promotions;
using Microsoft.EntityFrameworkCore;

namespace Eig.Tests.Pages.Promotions;

/// <summary>The open data: every API answer validated against the OpenAPI document the app publishes, and the CSV
/// files as a French spreadsheet opens them.</summary>
public class DonneesOuvertesTests : IAsyncLifetime
{
    private readonly EigWebFactory _f = new();
    public ValueTask InitializeAsync() => ValueTask.CompletedTask;
    public ValueTask DisposeAsync() => _f.DisposeAsync();

    private async Task<(string Slug, int Numero)> ArrangerAsync()
    {
        var aac = await _f.AppelOuvertAsync();
        var porteur = await _f.CreateUserAsync(Roles.Porteur);
        var (defiId, _) = await _f.DefiAvecPosteAsync(aac, porteur, titre: "Réussite à l'école");
        var visible = await _f.CreateUserAsync(Roles.Candidat);
        var discret = await _f.CreateUserAsync(Roles.Candidat);
        var c1 = await _f.CandidatureAsync(aac, visible, Eig.Web.Candidatures.EtatCandidature.Vivier, prenom: "Élodie");
        var c2 = await _f.CandidatureAsync(aac, discret, Eig.Web.Candidatures.EtatCandidature.Vivier, prenom: "Secrète");
        return await _f.WithDbAsync(async db =>
        {
            var promo = await db.Promotions.Include(p => p.Phases).SingleAsync(p => p.Id == aac.PromotionId);
            promo.Libelle = "DIG";
            promo.DefinirPhases([new("Concevoir", promo.Debut, promo.Debut.AddMonths(5), "Prototyper", "Un prototype"), new("Amplifier", promo.Debut.AddMonths(6), promo.Fin, null, null)]);
            promo.Publier(DateTime.UtcNow);
            var defi = await db.Defis.SingleAsync(d => d.Id == defiId);
            defi.Administration = "Ministère de l'Éducation nationale";
            defi.Promotions = $"|{promo.Numero}|";
            defi.Themes = "|education|";
            defi.Publie = true;
            var candidatures = await db.Candidatures.Where(c => c.Id == c1 || c.Id == c2).ToListAsync();
            foreach (var c in candidatures)
            {
                c.AnnuairePublic = c.Id == c1;
                await new Equipes(db).AccueillirAsync(c, defi, "Directeur ou directrice de produit", promo.Debut, DateTime.UtcNow);
            }
            db.ResultatsDefis.Add(Resultats.PourDefi(defi.Id, IssueDefi.ProduitOuStartup, promo.Fin, "https://beta.gouv.fr/startups/exemple.html", "", SourceResultat.Equipe, null, DateTime.UtcNow));
            await db.SaveChangesAsync();
            return (defi.Slug, promo.Numero);
        });
    }

    [Fact]
    public async Task EveryApiAnswer_MatchesTheOpenApiDocument()
    {
        var (slug, numero) = await ArrangerAsync();
        var client = _f.NewClient();
        var reponse = await client.GetAsync(PromotionsModule.DocumentOpenApi);
        Assert.Equal(HttpStatusCode.OK, reponse.StatusCode);
        var doc = JsonNode.Parse(await reponse.Content.ReadAsStringAsync())!.AsObject();
        Assert.StartsWith("3.", doc["openapi"]!.GetValue<string>());
        Assert.Equal(Eig.Web.Promotions.DonneesOuvertes.Licence, doc["info"]!["license"]!["name"]!.GetValue<string>());
        var chemins = doc["paths"]!.AsObject();
        Assert.Equal(["/api/v1/chiffres", "/api/v1/defis", "/api/v1/defis/{id}", "/api/v1/promotions", "/api/v1/promotions/{numero}", "/api/v1/resultats-defis"],
            chemins.Select(p => p.Key).Order(StringComparer.Ordinal));

        var valides = 0;
        foreach (var (chemin, item) in chemins)
        {
            var url = chemin.Replace("{numero}", numero.ToString()).Replace("{id}", slug);
            var get = item!["get"]!.AsObject();
            var r = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
            Assert.StartsWith("application/json", r.Content.Headers.ContentType!.MediaType);
            var schema = get["responses"]!["200"]!["content"]!["application/json"]!["schema"]!.AsObject();
            var corps = JsonNode.Parse(await r.Content.ReadAsStringAsync());
            var erreurs = new List<string>();
            Valider(corps, schema, doc, url, erreurs);
            Assert.True(erreurs.Count == 0, string.Join("\n", erreurs));
            valides++;
        }
        Assert.Equal(6, valides);

        // Unknown identifiers: a 404 with a problem document, as declared.
        var absent = await client.GetAsync("/api/v1/defis/pas-de-defi");
        Assert.Equal(HttpStatusCode.NotFound, absent.StatusCode);
        Assert.Equal("application/problem+json", absent.Content.Headers.ContentType!.MediaType);
        Assert.NotNull(chemins["/api/v1/defis/{id}"]!["get"]!["responses"]!["404"]);

        // Personal data: the name of the consenting EIG only.
        var defi = JsonNode.Parse(await client.GetStringAsync($"/api/v1/defis/{slug}"))!;
        var equipe = defi["equipe"]!.AsArray().Select(m => m!["nom"]?.GetValue<string>()).ToList();
        Assert.Contains("Élodie Martin", equipe);
        Assert.Contains(null, equipe);
        Assert.DoesNotContain("Secrète Martin", await client.GetStringAsync("/api/v1/defis"));
        Assert.Equal("produit-ou-startup", defi["issue"]!.GetValue<string>());
    }

    [Fact]
    public async Task Csv_OpensInAFrenchSpreadsheet_WithItsAccents()
    {
        var (slug, numero) = await ArrangerAsync();
        var client = _f.NewClient();
        var page = await EigWebFactory.GetDocumentAsync(client, "/donnees");
        Assert.Contains(Eig.Web.Promotions.DonneesOuvertes.Licence, page.Body!.TextContent);
        foreach (var f in Eig.Web.Promotions.DonneesOuvertes.Fichiers)
        {
            Assert.NotNull(page.QuerySelector($"a[href='/donnees/{f.Nom}.csv']"));
            Assert.NotNull(page.QuerySelector($"a[href='/donnees/{f.Nom}.json']"));
        }

        var r = await client.GetAsync("/donnees/defis.csv");
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Equal("text/csv", r.Content.Headers.ContentType!.MediaType);
        var octets = await r.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, octets[..3]);
        var lignes = Encoding.UTF8.GetString(octets[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("id;titre;administration;promotions;themes;expertises;equipe;url;issue;date_issue;lien_issue", lignes[0]);
        var ligne = lignes.Single(l => l.StartsWith(slug + ";"));
        Assert.Contains(";Réussite à l'école;Ministère de l'Éducation nationale;" + numero + ";education;", ligne);
        Assert.Contains("Directeur ou directrice de produit : Élodie Martin", ligne);
        Assert.DoesNotContain("Secrète", ligne);

        var chiffres = Encoding.UTF8.GetString((await client.GetByteArrayAsync("/donnees/chiffres.csv"))[3..]);
        Assert.Contains($"promotion;{numero};defis_perdurent;1;1;0;100;", chiffres);
        Assert.Contains("programme;;eig;2;;;;", chiffres);
        var promotions = JsonNode.Parse(await client.GetStringAsync("/donnees/promotions.json"))!.AsArray();
        Assert.Equal($"Promotion {numero} - DIG", promotions.Single(p => p!["numero"]!.GetValue<int>() == numero)!["libelle"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/donnees/inconnu.csv")).StatusCode);
    }

    /// <summary>A small JSON Schema check of what the generated document uses: $ref, type (one or several),
    /// properties, required, items, oneOf/anyOf/allOf, pattern and the date format. An answer's property that the
    /// schema does not describe is an error too: the document must tell everything the API says.</summary>
    private static void Valider(JsonNode? valeur, JsonObject schema, JsonObject doc, string ou, List<string> erreurs)
    {
        if (schema["$ref"] is JsonValue reference)
        {
            var nom = reference.GetValue<string>().Split('/')[^1];
            Valider(valeur, doc["components"]!["schemas"]![nom]!.AsObject(), doc, ou, erreurs);
            return;
        }
        foreach (var cle in new[] { "oneOf", "anyOf" })
            if (schema[cle] is JsonArray choix)
            {
                if (!choix.Any(s => { var e = new List<string>(); Valider(valeur, s!.AsObject(), doc, ou, e); return e.Count == 0; }))
                    erreurs.Add($"{ou} : aucune des variantes de {cle} ne correspond");
                return;
            }
        if (schema["allOf"] is JsonArray tous) foreach (var s in tous) Valider(valeur, s!.AsObject(), doc, ou, erreurs);
        var types = schema["type"] switch
        {
            JsonArray a => a.Select(t => t!.GetValue<string>()).ToList(),
            JsonValue v => [v.GetValue<string>()],
            _ => [],
        };
        if (types.Count == 0 && schema["allOf"] is null && schema["properties"] is null)
        {
            erreurs.Add($"{ou} : schéma sans type");
            return;
        }
        string Genre(JsonNode? n) => n switch
        {
            null => "null",
            JsonObject => "object",
            JsonArray => "array",
            JsonValue v when v.TryGetValue<string>(out _) => "string",
            JsonValue v when v.TryGetValue<bool>(out _) => "boolean",
            JsonValue v when v.TryGetValue<long>(out _) => "integer",
            _ => "number",
        };
        var genre = Genre(valeur);
        if (types.Count > 0 && !types.Contains(genre) && !(genre == "integer" && types.Contains("number")))
        {
            erreurs.Add($"{ou} : {genre} au lieu de {string.Join("|", types)}");
            return;
        }
        if (valeur is JsonObject o)
        {
            var proprietes = schema["properties"] as JsonObject ?? [];
            foreach (var requis in schema["required"] as JsonArray ?? [])
                if (!o.ContainsKey(requis!.GetValue<string>())) erreurs.Add($"{ou} : « {requis} » manque");
            foreach (var (cle, v) in o)
            {
                if (proprietes[cle] is JsonObject sp) Valider(v, sp, doc, $"{ou}.{cle}", erreurs);
                else erreurs.Add($"{ou} : « {cle} » n'est pas décrit par le document");
            }
        }
        if (valeur is JsonArray tableau && schema["items"] is JsonObject items)
            for (var i = 0; i < tableau.Count; i++) Valider(tableau[i], items, doc, $"{ou}[{i}]", erreurs);
        if (genre == "string")
        {
            var s = valeur!.GetValue<string>();
            if (schema["format"]?.GetValue<string>() == "date" && !Regex.IsMatch(s, @"^\d{4}-\d{2}-\d{2}$")) erreurs.Add($"{ou} : « {s} » n'est pas une date");
            if (schema["pattern"] is JsonValue p && !Regex.IsMatch(s, p.GetValue<string>())) erreurs.Add($"{ou} : « {s} » ne suit pas {p}");
        }
    }
}
