using Microsoft.AspNetCore.Http.HttpResults;

namespace Eig.Web.Promotions;

/// <summary>Running a promotion: its phases, the laureates that become défis, the teams, the outcomes, the figures
/// computed from them, and their open data (a read-only API described by OpenAPI, CSV and JSON files).</summary>
public sealed class PromotionsModule : IFeatureModule
{
    public const string DocumentOpenApi = "/api/openapi/v1.json";

    public void AddServices(IServiceCollection services, IConfiguration config)
    {
        services.AddScoped<Laureats>();
        services.AddScoped<Equipes>();
        services.AddScoped<Indicateurs>();
        services.AddScoped<CalendrierPublic>();
        services.AddScoped<DonneesOuvertes>();
        services.AddScoped<Questionnaires>();
        services.AddScoped<ProgrammeAccompagnement>();
        services.AddScoped<ImportResultats>();
        services.AddOpenApi("v1", o =>
        {
            o.ShouldInclude = d => d.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true;
            o.AddDocumentTransformer((doc, _, _) =>
            {
                doc.Info = new Microsoft.OpenApi.OpenApiInfo
                {
                    Title = "Entrepreneurs d'intérêt général — données ouvertes",
                    Version = "1",
                    Description = "Promotions, défis, issues des défis et chiffres clés du programme, en lecture seule, sans authentification. "
                                  + "Identifiants stables : une promotion est son numéro, un défi son identifiant d'adresse (slug). "
                                  + "Aucune donnée personnelle hormis le nom des EIG qui ont accepté un profil public.",
                    License = new Microsoft.OpenApi.OpenApiLicense { Name = DonneesOuvertes.Licence, Url = new Uri(DonneesOuvertes.LicenceUrl) },
                };
                return Task.CompletedTask;
            });
        });
    }

    public IEnumerable<Infrastructure.Mail.ModeleCourriel> Courriels => ModelesPromotions.Tous;

    public IEnumerable<RubriqueAdmin> Rubriques =>
    [
        new("Promotions", "/admin/promotions", "Promotions, phases, défis, équipes et résultats."),
    ];

    public IEnumerable<VerbeOperateur> Verbes =>
    [
        new("import-resultats", "import-resultats <fichier.csv> : importe les issues des défis et des EIG (format : README, page Promotions du back-office)", ImporterResultatsAsync),
    ];

    /// <summary>The same import as the back office's, from a file on the server: one line per row, and nothing saved
    /// when a row is refused (exit code 1).</summary>
    private static async Task<int> ImporterResultatsAsync(IServiceProvider sp, string[] args)
    {
        if (args.Length != 1)
        {
            Console.Error.WriteLine("Usage : import-resultats <fichier.csv>");
            return 2;
        }
        if (!File.Exists(args[0]))
        {
            Console.Error.WriteLine($"Fichier introuvable : {args[0]}");
            return 2;
        }
        var contenu = await File.ReadAllBytesAsync(args[0]);
        if (!Infrastructure.Fichiers.Televersement.EstTexteUtf8(contenu))
        {
            Console.Error.WriteLine(Infrastructure.Fichiers.Televersement.ErreurPasCsv);
            return 1;
        }
        var rapport = await sp.GetRequiredService<ImportResultats>().ImporterAsync(contenu, null);
        foreach (var l in rapport.Lignes)
            Console.WriteLine($"ligne {l.Ligne} : {LibelleStatut(l.Statut)} — {l.Texte}");
        (rapport.Enregistre ? Console.Out : Console.Error).WriteLine(rapport.Resume);
        return rapport.Enregistre ? 0 : 1;
    }

    public static string LibelleStatut(StatutImportResultat s) => s switch
    {
        StatutImportResultat.Importee => "importée",
        StatutImportResultat.DejaAJour => "déjà à jour",
        StatutImportResultat.NonEnregistree => "correcte, non enregistrée",
        _ => "refusée",
    };

    public IEnumerable<EspaceDeRole> Espaces =>
    [
        new(Eig.Web.Comptes.Roles.Candidat, "Mes défis", "/espace-defi", "Votre équipe, sa feuille de route et ses points d'étape."),
        new(Eig.Web.Comptes.Roles.Porteur, "Vos défis en cours", "/espace-defi", "Les points d'étape des équipes de vos défis."),
    ];

    public void MapEndpoints(IEndpointRouteBuilder app)
    {
        app.MapOpenApi(DocumentOpenApi.Replace("v1", "{documentName}")).AllowAnonymous();
        var api = app.MapGroup("/api/v1").AllowAnonymous().WithTags("Données ouvertes");
        api.MapGet("/promotions", (DonneesOuvertes d, CancellationToken ct) => d.PromotionsAsync(ct))
            .WithName("ListerPromotions").WithSummary("Les promotions publiées et leurs phases");
        api.MapGet("/promotions/{numero:int}", async Task<Results<Ok<PromotionOuverte>, ProblemHttpResult>> (int numero, DonneesOuvertes d, CancellationToken ct) =>
                (await d.PromotionsAsync(ct)).FirstOrDefault(p => p.Numero == numero) is { } p
                    ? TypedResults.Ok(p)
                    : TypedResults.Problem($"Aucune promotion publiée ne porte le numéro {numero}.", statusCode: StatusCodes.Status404NotFound, title: "Promotion introuvable"))
            .ProducesProblem(StatusCodes.Status404NotFound).WithName("LirePromotion").WithSummary("Une promotion, par son numéro");
        api.MapGet("/defis", (DonneesOuvertes d, CancellationToken ct) => d.DefisAsync(ct))
            .WithName("ListerDefis").WithSummary("Les défis publiés : administration, promotions, thèmes, expertises, équipe, issue");
        api.MapGet("/defis/{id}", async Task<Results<Ok<DefiOuvert>, ProblemHttpResult>> (string id, DonneesOuvertes d, CancellationToken ct) =>
                (await d.DefisAsync(ct)).FirstOrDefault(x => x.Id == id) is { } defi
                    ? TypedResults.Ok(defi)
                    : TypedResults.Problem($"Aucun défi publié n'a l'identifiant « {id} ».", statusCode: StatusCodes.Status404NotFound, title: "Défi introuvable"))
            .ProducesProblem(StatusCodes.Status404NotFound).WithName("LireDefi").WithSummary("Un défi, par son identifiant stable");
        api.MapGet("/resultats-defis", (DonneesOuvertes d, CancellationToken ct) => d.ResultatsDefisAsync(ct))
            .WithName("ListerResultatsDefis").WithSummary("Ce que chaque défi est devenu");
        api.MapGet("/chiffres", (DonneesOuvertes d, CancellationToken ct) => d.ChiffresAsync(ct))
            .WithName("ListerChiffres").WithSummary("Les chiffres clés, pour le programme et par promotion, avec leur définition");

        // The same data as files to download (CSV for spreadsheets, JSON), described on /donnees.
        app.MapGet("/donnees/{nom}.csv", async (string nom, DonneesOuvertes d, CancellationToken ct) =>
            await d.CsvAsync(nom, ct) is { } csv ? Results.File(csv, "text/csv; charset=utf-8", $"eig-{nom}.csv") : Results.NotFound()).AllowAnonymous();
        app.MapGet("/donnees/{nom}.json", async (string nom, DonneesOuvertes d, CancellationToken ct) =>
            await d.JsonAsync(nom, ct) is { } json ? Results.Json(json, contentType: "application/json; charset=utf-8") : Results.NotFound()).AllowAnonymous();
    }
}
