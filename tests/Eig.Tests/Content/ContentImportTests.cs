using System.Text.Json.Nodes;
using Eig.Tests.Support;
using Eig.Web.Contenus;
using Eig.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Eig.Tests.Content;

public class ContentImportTests
{
    [Fact]
    public async Task Import_Fixtures_FillsEveryCollection()
    {
        await using var factory = new EigWebFactory();

        var rapport = await factory.ImporterAsync(ContentFolders.Fixtures);

        Assert.Empty(rapport.Erreurs);
        await factory.WithDbAsync(async db =>
        {
            Assert.Equal(2, await db.Taxons.CountAsync(t => t.Type == TypeTaxon.Theme));
            Assert.Equal(2, await db.Taxons.CountAsync(t => t.Type == TypeTaxon.Expertise));
            Assert.Equal(2, await db.Taxons.CountAsync(t => t.Type == TypeTaxon.Categorie));
            Assert.Equal([5, 6], await db.Promotions.OrderBy(p => p.Numero).Select(p => p.Numero).ToListAsync());
            Assert.Equal(3, await db.Defis.CountAsync());
            Assert.Equal(3, await db.Personnes.CountAsync());
            Assert.Equal(3, await db.Articles.CountAsync());
            Assert.Equal(4, await db.Pages.CountAsync(p => p.Statut == StatutPublication.Publie));

            var eau = await db.Defis.SingleAsync(d => d.Slug == "qualite-de-l-eau");
            Assert.Equal("Agence régionale de santé Occitanie", eau.Administration);
            Assert.Equal("Montpellier", eau.Ville);
            Assert.Equal(["sante", "environnement"], ListeSlugs.Lire(eau.Themes));
            Assert.True(eau.StartupEtat);
            Assert.Equal(new DateOnly(2021, 9, 13), eau.Date);
            Assert.Equal("12 000", JsonNode.Parse(eau.ChiffresCles)![0]!["amount"]!.GetValue<string>());
            Assert.False((await db.Defis.SingleAsync(d => d.Slug == "defi-masque")).Publie);
        });
    }

    [Fact]
    public async Task Import_UnknownField_IsKeptAndListed()
    {
        await using var factory = new EigWebFactory();

        var rapport = await factory.ImporterAsync(ContentFolders.Fixtures);

        Assert.Contains("defis/qualite-de-l-eau.md : couleur", rapport.ChampsInconnus);
        var extras = await factory.WithDbAsync(db => db.Defis.Where(d => d.Slug == "qualite-de-l-eau").Select(d => d.Extras).SingleAsync());
        Assert.Equal("bleu", JsonNode.Parse(extras)!["couleur"]!.GetValue<string>());
    }

    [Fact]
    public async Task Import_MalformedFiles_AreReportedWithLine_AndTheRestIsImported()
    {
        await using var factory = new EigWebFactory();

        var rapport = await factory.ImporterAsync(ContentFolders.FixturesInvalides);

        Assert.Equal(2, rapport.Erreurs.Count);
        var yaml = Assert.Single(rapport.Erreurs, e => e.Fichier == "articles/yaml-casse.md");
        Assert.Equal(3, yaml.Ligne);
        var type = Assert.Single(rapport.Erreurs, e => e.Fichier == "defis/mauvais-type.md");
        Assert.Equal(4, type.Ligne);
        Assert.Contains("visible", type.Message);
        Assert.Equal(2, rapport.Importes);
        await factory.WithDbAsync(async db =>
        {
            Assert.Equal(["bon-article"], await db.Articles.Select(a => a.Slug).ToListAsync());
            Assert.False(await db.Defis.AnyAsync(d => d.Titre == "Un défi"));
        });
    }

    [Fact]
    public async Task Import_PlainTextFile_FirstLineIsTheTitle()
    {
        await using var factory = new EigWebFactory();

        await factory.ImporterAsync(ContentFolders.Fixtures);

        var a = await factory.WithDbAsync(db => db.Articles.SingleAsync(x => x.Fichier == "breve-en-texte.txt"));
        Assert.Equal("Une brève écrite en texte brut", a.Titre);
        Assert.True(a.TexteBrut);
        Assert.StartsWith("Premier paragraphe", a.Corps);
    }

    [Fact]
    public async Task Import_Twice_UpdatesInsteadOfDuplicating()
    {
        await using var factory = new EigWebFactory();

        await factory.ImporterAsync(ContentFolders.Fixtures);
        var second = await factory.ImporterAsync(ContentFolders.Fixtures);

        Assert.Empty(second.Erreurs);
        Assert.Equal(3, await factory.WithDbAsync(db => db.Defis.CountAsync()));
        Assert.Equal(4, await factory.WithDbAsync(db => db.Pages.CountAsync()));
    }

    [Fact]
    public async Task ImportExportImport_Fixtures_GivesTheSameData() =>
        await RoundTripAsync(ContentFolders.Fixtures);

    [Fact]
    public async Task ImportExportImport_Seeds_GivesTheSameData() =>
        await RoundTripAsync(ContentFolders.SeedsOrSkip());

    [Fact]
    public async Task Import_Seeds_AllFilesImported_AndLastAdminsPageTakesTheAddress()
    {
        var seeds = ContentFolders.SeedsOrSkip();
        await using var factory = new EigWebFactory();

        var rapport = await factory.ImporterAsync(seeds);

        Assert.Empty(rapport.Erreurs);
        Assert.Equal(5, rapport.Importes);
        var publiees = await factory.WithDbAsync(db => db.Pages.Where(p => p.Statut == StatutPublication.Publie)
            .OrderBy(p => p.Adresse).Select(p => p.Adresse + " " + p.Fichier).ToListAsync());
        Assert.Equal(3, publiees.Count);
        Assert.Contains(publiees, p => p.StartsWith("/participer/administrations 001_", StringComparison.Ordinal));
        Assert.Contains(publiees, p => p.StartsWith("/programme 003_", StringComparison.Ordinal));
        Assert.Contains(publiees, p => p.StartsWith("/participer/candidats 004_", StringComparison.Ordinal));
    }

    internal static async Task RoundTripAsync(string dossier)
    {
        await using var premiere = new EigWebFactory();
        var rapport = await premiere.ImporterAsync(dossier);
        Assert.Empty(rapport.Erreurs);
        var avant = await premiere.WithDbAsync(Instantane);
        var export = Path.Combine(Path.GetTempPath(), "eig-export-" + Guid.NewGuid().ToString("N"));
        using (var scope = premiere.Services.CreateScope())
            await scope.ServiceProvider.GetRequiredService<ContentExporter>().ExporterAsync(export);

        await using var seconde = new EigWebFactory();
        var retour = await seconde.ImporterAsync(export);

        Assert.Empty(retour.Erreurs);
        var apres = await seconde.WithDbAsync(Instantane);
        Assert.Equal(avant, apres);
        Assert.Empty(retour.Relations);
        Directory.Delete(export, true);
    }

    /// <summary>Everything the files carry, without ids and timestamps, as sorted lines.</summary>
    private static async Task<List<string>> Instantane(EigDbContext db)
    {
        var lignes = new List<string>();
        lignes.AddRange(await db.Taxons.Select(t => $"taxon|{t.Type}|{t.Slug}|{t.Nom}|{t.Description}|{t.Extras}").ToListAsync());
        lignes.AddRange(await db.Promotions.Select(p => $"promo|{p.Numero}|{p.Libelle}|{p.Annee}|{p.Debut}|{p.Fin}|{p.Extras}").ToListAsync());
        lignes.AddRange(await db.Defis.Select(d => $"defi|{d.Slug}|{d.Titre}|{d.Resume}|{d.Administration}|{d.Lieu}|{d.Ville}|{d.Themes}|{d.Expertises}|{d.Promotions}|{d.Date}|{d.Image}|{d.Publie}|{d.StartupEtat}|{d.StartupUrl}|{d.CodeSourceUrl}|{d.SiteWeb}|{d.ChiffresCles}|{d.Extras}|{d.Corps}").ToListAsync());
        lignes.AddRange(await db.Personnes.Select(p => $"personne|{p.Slug}|{p.Nom}|{p.Poste}|{p.Description}|{p.Promotions}|{p.Role}|{p.Defis}|{p.Expertises}|{p.Image}|{p.LinkedIn}|{p.GitHub}|{p.ConsentementProfilPublic}|{p.Poids}|{p.Extras}|{p.Corps}").ToListAsync());
        lignes.AddRange(await db.Articles.Select(a => $"article|{a.Slug}|{a.Titre}|{a.Auteur}|{a.Date}|{a.Description}|{a.Image}|{a.Categories}|{a.ArticlesLies}|{a.Statut}|{a.Extras}|{a.Corps}").ToListAsync());
        lignes.AddRange(await db.Pages.Select(p => $"page|{p.Fichier}|{p.Adresse}|{p.Titre}|{p.Layout}|{p.Statut}|{p.DescriptionSeo}|{p.ImageOg}|{p.FrontMatter}|{p.Corps}").ToListAsync());
        lignes.Sort(StringComparer.Ordinal);
        return lignes;
    }
}
