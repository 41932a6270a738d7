using Eig.Web.Contenus;
using Eig.Web.Infrastructure.Database;
using Microsoft.Extensions.DependencyInjection;

namespace Eig.Tests.Support;

/// <summary>Where the content tests find files: the project's own fixtures (always there), and the program's real
/// pages in ../shared/seeds next to the repository (optional: tests that need them skip when absent).</summary>
public static class ContentFolders
{
    /// <summary>The demo content of the web project (Infrastructure/Demo/contenus), copied next to the binaries.</summary>
    public static string Fixtures => Eig.Web.Infrastructure.Demo.DemoSeeder.DossierContenus;
    public static string FixturesInvalides => Path.Combine(AppContext.BaseDirectory, "Fixtures", "contenus-invalides");

    /// <summary>The seeds folder, found by walking up from the test binaries to the repository root; null if absent.</summary>
    public static string? Seeds
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Directory.Packages.props")))
                dir = dir.Parent;
            var seeds = dir?.Parent is { } parent ? Path.Combine(parent.FullName, "shared", "seeds") : null;
            return seeds is not null && Directory.Exists(seeds) ? seeds : null;
        }
    }

    public static string SeedsOrSkip()
    {
        if (Seeds is { } s) return s;
        Assert.Skip("../shared/seeds est absent : test ignoré.");
        return "";
    }

    /// <summary>A temp folder holding only the given files (copied), for importing one seed at a time.</summary>
    public static string Copie(params string[] fichiers)
    {
        var dir = Path.Combine(Path.GetTempPath(), "eig-contenus-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        foreach (var f in fichiers) File.Copy(f, Path.Combine(dir, Path.GetFileName(f)));
        return dir;
    }

    public static async Task<ImportRapport> ImporterAsync(this EigWebFactory factory, string dossier)
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ContentImporter>().ImporterAsync(dossier);
    }
}
