using Eig.Tests.Support;
using Eig.Web.Contenus;
using Microsoft.Extensions.DependencyInjection;

namespace Eig.Tests.Content;

/// <summary>Export back to the CMS's format (its folders and field names), read back identically.</summary>
public class CmsExportTests
{
    [Fact]
    public async Task ImportExportImport_CmsFixture_GivesTheSameData()
    {
        // The round trip is about what imports: the fixture's file with a YAML error is left out of the copy.
        var copie = Path.Combine(Path.GetTempPath(), "eig-cms-" + Guid.NewGuid().ToString("N"));
        foreach (var f in Directory.EnumerateFiles(CmsFixtures.Contenu, "*", SearchOption.AllDirectories))
        {
            var relatif = Path.GetRelativePath(CmsFixtures.Contenu, f);
            if (relatif.EndsWith("yaml-casse.md", StringComparison.Ordinal)) continue;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(copie, relatif))!);
            File.Copy(f, Path.Combine(copie, relatif));
        }
        try { await ContentImportTests.RoundTripAsync(copie); }
        finally { Directory.Delete(copie, true); }
    }

    [Fact]
    public async Task Export_WritesTheCmsFoldersAndFieldNames()
    {
        await using var f = new EigWebFactory();
        await f.ImporterAsync(CmsFixtures.Racine);
        var dossier = Path.Combine(Path.GetTempPath(), "eig-export-cms-" + Guid.NewGuid().ToString("N"));
        using (var scope = f.Services.CreateScope())
            await scope.ServiceProvider.GetRequiredService<ContentExporter>().ExporterAsync(dossier);
        try
        {
            var defi = await File.ReadAllTextAsync(Path.Combine(dossier, "defis", "qualité-de-l-eau.md"));
            Assert.Contains("who: Agence régionale de santé Occitanie", defi);
            Assert.Contains("isSET: true", defi);
            Assert.Contains("urlSET: https://beta.gouv.fr/startups/exemple-eau.html", defi);
            Assert.Contains("ogImage: img/defis/eau-partage.png", defi);
            Assert.Contains("- \"Promotion 6 \"", defi); // the title as written, stray space included
            Assert.Contains("- Santé", defi);
            Assert.Contains("date: 2022\n", defi);
            Assert.DoesNotContain("administration:", defi);

            var patient = await File.ReadAllTextAsync(Path.Combine(dossier, "defis", "parcours-patient.md"));
            Assert.Contains("- Promotion 3 - DIG", patient);
            Assert.Contains("urlSET: \"\"", patient);
            Assert.Contains("date: 2019-11-20T00:00:00.000Z", patient);

            var alice = await File.ReadAllTextAsync(Path.Combine(dossier, "personnes", "alice-martin.md"));
            Assert.StartsWith("---\ntitle: Alice Martin\n", alice);
            Assert.Contains("desc: Ancienne chercheuse en épidémiologie.", alice);
            Assert.Contains("weight: 2", alice);
            Assert.Contains("- Qualité de l'eau en temps réel", alice);

            Assert.True(File.Exists(Path.Combine(dossier, "blog", "appel-a-projets-2021.md")));
            Assert.Contains("- Lancement de la promotion 6", await File.ReadAllTextAsync(Path.Combine(dossier, "blog", "appel-a-projets-2021.md")));
            Assert.Contains("visible: false", await File.ReadAllTextAsync(Path.Combine(dossier, "blog", "brouillon-cache.md")));
            Assert.Equal("---\ntitle: Promotion 3 - DIG\n---\n", await File.ReadAllTextAsync(Path.Combine(dossier, "promos", "promotion-3-dig.md")));
            Assert.True(File.Exists(Path.Combine(dossier, "participer", "candidats", "faq.md")));
        }
        finally { Directory.Delete(dossier, true); }
    }
}
