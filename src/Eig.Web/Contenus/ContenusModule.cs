using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Contenus;

/// <summary>The public site's content: Markdown rendering, import/export of the program's files and their verbs.</summary>
public sealed class ContenusModule : IFeatureModule
{
    public IEnumerable<Infrastructure.Mail.ModeleCourriel> Courriels => Site.ModelesSite.Tous;

    public void AddServices(IServiceCollection services, IConfiguration config)
    {
        services.AddSingleton<MarkdownRenderer>();
        services.AddScoped<ContentImporter>();
        services.AddScoped<MediaImporter>();
        services.AddScoped<Site.TextesDesPages>();
        services.AddSingleton<Site.RedirectionsAnciennes>();
        services.AddScoped<ContentExporter>();
        services.AddScoped<Site.EtatDesAppels>();
        services.AddScoped<Site.NewsletterService>();
        services.AddScoped<ContentEditor>();
        services.AddSingleton<Site.CachePages>();
        // Public pages compressed once, then kept compressed in the pages' cache (WebApp.cs orders the two).
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.Providers.Add<Microsoft.AspNetCore.ResponseCompression.BrotliCompressionProvider>();
            o.Providers.Add<Microsoft.AspNetCore.ResponseCompression.GzipCompressionProvider>();
            o.MimeTypes = [.. Microsoft.AspNetCore.ResponseCompression.ResponseCompressionDefaults.MimeTypes, "image/svg+xml"];
        });
        services.Configure<Microsoft.AspNetCore.ResponseCompression.BrotliCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Optimal);
        services.Configure<Microsoft.AspNetCore.ResponseCompression.GzipCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Optimal);
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
                foreach (var ligne in rapport.Lignes()) Console.WriteLine(ligne);
                return rapport.Refuses > 0 ? 1 : 0;
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
                Console.WriteLine($"{Fr.Nombre(n, "fichier écrit", "fichiers écrits")} dans {Path.GetFullPath(args[0])}.");
                return 0;
            }),
    ];

    public IEnumerable<Infrastructure.Conservation.RegleConservation> Conservation =>
    [
        new("newsletter", 50, "Abonnés à la lettre d'information", "adresse électronique",
            "envoyer les actualités du programme", 1,
            mois => $"jusqu'à la désinscription (lien dans chaque envoi) ; une inscription jamais confirmée ou une désinscription est effacée après {Infrastructure.Conservation.ReglesConservation.Mois(mois)}",
            async (sp, limite, ct) => await sp.GetRequiredService<Infrastructure.Database.EigDbContext>().AbonnesNewsletter
                .Where(a => (a.Statut == StatutAbonnement.EnAttente && a.InscritLe < limite)
                            || (a.Statut == StatutAbonnement.Desinscrit && a.DesinscritLe < limite))
                .ExecuteDeleteAsync(ct)),
        new("messages-contact", 55, "Personnes écrivant à l'équipe par le formulaire de contact", "nom, adresse électronique, objet et texte du message",
            "répondre à la demande", 12,
            mois => $"{Infrastructure.Conservation.ReglesConservation.Mois(mois)} après sa réception, puis effacé automatiquement",
            async (sp, limite, ct) => await sp.GetRequiredService<Infrastructure.Database.EigDbContext>().MessagesContact
                .Where(m => m.RecuLe < limite).ExecuteDeleteAsync(ct)),
    ];
}
