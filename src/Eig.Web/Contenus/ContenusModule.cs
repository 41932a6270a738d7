
namespace Eig.Web.Contenus;

/// <summary>The public site's content: Markdown rendering, import/export of the program's files and their verbs.</summary>
public sealed class ContenusModule : IFeatureModule
{
    public void AddServices(IServiceCollection services, IConfiguration config)
    {
        services.AddSingleton<MarkdownRenderer>();
        services.AddScoped<ContentImporter>();
        services.AddScoped<ContentExporter>();
        services.AddScoped<Site.EtatDesAppels>();
        services.AddScoped<Site.NewsletterService>();
        services.AddScoped<ContentEditor>();
        services.AddOutputCache(o => o.AddBasePolicy(new Site.CachePublicPolicy()));
        services.AddSingleton<Site.CachePublic>();
    }

    public IEnumerable<RubriqueAdmin> Rubriques =>
    [
        new("Contenus du site", "/admin/contenus", "Pages, actualités, médias : modifier, publier, revenir en arrière."),
    ];

    public IEnumerable<VerbeOperateur> Verbes =>
    [
        new VerbeOperateur("import-content",
            "import-content <dossier> : importe les pages, défis, personnes, articles… au format du site du programme (YAML + Markdown)",
            async (sp, args) =>
            {
                if (args.Length != 1)
                {
                    Console.Error.WriteLine("Usage : import-content <dossier>");
                    return 2;
                }
                var rapport = await sp.GetRequiredService<ContentImporter>().ImporterAsync(args[0]);
                await sp.GetRequiredService<Site.CachePublic>().ViderAsync();
                Console.WriteLine($"{rapport.Importes} fichier(s) importé(s).");
                foreach (var r in rapport.Remarques) Console.WriteLine("  " + r);
                if (rapport.ChampsInconnus.Count > 0)
                {
                    Console.WriteLine($"Champs conservés mais non affichés par le site ({rapport.ChampsInconnus.Count}) :");
                    foreach (var c in rapport.ChampsInconnus) Console.WriteLine("  " + c);
                }
                if (rapport.Erreurs.Count > 0)
                {
                    Console.Error.WriteLine($"{rapport.Erreurs.Count} fichier(s) non importé(s) :");
                    foreach (var e in rapport.Erreurs) Console.Error.WriteLine("  " + e.Message);
                    return 1;
                }
                return 0;
            }),
        new VerbeOperateur("export-content",
            "export-content <dossier> : écrit tout le contenu du site au même format, pour l'archiver ou le réimporter",
            async (sp, args) =>
            {
                if (args.Length != 1)
                {
                    Console.Error.WriteLine("Usage : export-content <dossier>");
                    return 2;
                }
                var n = await sp.GetRequiredService<ContentExporter>().ExporterAsync(args[0]);
                Console.WriteLine($"{n} fichier(s) écrit(s) dans {Path.GetFullPath(args[0])}.");
                return 0;
            }),
    ];
}
