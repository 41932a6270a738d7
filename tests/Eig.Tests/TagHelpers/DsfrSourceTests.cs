namespace Eig.Tests.TagHelpers;

/// <summary>Pages write DSFR components through the tag helpers (TagHelpers/Dsfr), never by hand: a search of the
/// source tree for the classes those helpers own finds nothing under Pages/. Reads the repository's files, so it
/// skips when the tests run without the source tree (from a copy of the binaries).</summary>
public class DsfrSourceTests
{
    /// <summary>The components a tag helper renders: <c>dsfr-buttons</c>, <c>dsfr-fields</c> (and the fieldsets of
    /// <c>dsfr-radios</c>/<c>dsfr-checkboxes</c>), <c>dsfr-callout</c>, <c>dsfr-tags</c>.</summary>
    private static readonly string[] ClassesDesTagHelpers = ["fr-btns-group", "fr-fieldset", "fr-callout", "fr-tags-group"];

    /// <summary>"file:line « class »" for each use of a tag helper's class in the files under <paramref name="dossier"/>.</summary>
    private static List<string> EcritsALaMain(string dossier) =>
        (from f in Directory.EnumerateFiles(dossier, "*", SearchOption.AllDirectories)
         from l in File.ReadAllLines(f).Select((texte, i) => (texte, numero: i + 1))
         from c in ClassesDesTagHelpers
         where l.texte.Contains(c, StringComparison.Ordinal)
         select $"{Path.GetRelativePath(dossier, f)}:{l.numero} « {c} »").Distinct().ToList();

    private static string PagesOrSkip()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Directory.Packages.props")))
            dir = dir.Parent;
        var pages = dir is null ? null : Path.Combine(dir.FullName, "src", "Eig.Web", "Pages");
        if (pages is null || !Directory.Exists(pages)) Assert.Skip("Les sources (src/Eig.Web/Pages) sont absentes : test ignoré.");
        return pages!;
    }

    [Fact]
    public void Pages_WriteNoButtonGroupFieldsetCalloutOrTagGroupByHand()
    {
        var pages = PagesOrSkip();
        Assert.NotEmpty(Directory.EnumerateFiles(pages, "*.cshtml", SearchOption.AllDirectories));

        var trouves = EcritsALaMain(pages);

        Assert.True(trouves.Count == 0,
            "Composants DSFR écrits à la main dans Pages/ (passez par dsfr-buttons, dsfr-fields, dsfr-callout, dsfr-tags) :\n" + string.Join("\n", trouves));
    }

    [Fact]
    public void Search_FindsEachComponentWrittenByHand()
    {
        var dossier = Path.Combine(Path.GetTempPath(), "eig-pages-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(dossier, "Admin"));
        try
        {
            File.WriteAllText(Path.Combine(dossier, "Admin", "Page.cshtml"),
                "<ul class=\"fr-btns-group fr-btns-group--inline-md\"></ul>\n<dsfr-buttons></dsfr-buttons>\n<fieldset class=\"fr-fieldset\"></fieldset>\n" +
                "<div class=\"fr-callout\"></div>\n<ul class=\"fr-tags-group\"></ul>\n<dsfr-fields legend=\"x\"></dsfr-fields>\n");

            var trouves = EcritsALaMain(dossier);

            var page = Path.Combine("Admin", "Page.cshtml");
            Assert.Equal([$"{page}:1 « fr-btns-group »", $"{page}:3 « fr-fieldset »", $"{page}:4 « fr-callout »", $"{page}:5 « fr-tags-group »"], trouves);
        }
        finally { Directory.Delete(dossier, recursive: true); }
    }
}
