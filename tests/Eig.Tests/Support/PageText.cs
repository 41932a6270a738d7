using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Eig.Tests.Support;

/// <summary>Checks that what a content field says is on a rendered page: its text (compared with whitespace
/// collapsed) and, for Markdown, its structure (headings, list items, bold, links).</summary>
public static partial class PageText
{
    public static string Normaliser(string? s) => Espaces().Replace(s ?? "", " ").Trim();

    public static string TexteDe(IDocument doc) => Normaliser(doc.QuerySelector("main")?.TextContent);

    /// <summary>Every line of the field's Markdown, as a reader sees it, must be in the page's text.</summary>
    public static void AssertTexteVisible(IDocument doc, string markdown, string champ)
    {
        var texte = TexteDe(doc);
        var plain = Markdown.ToPlainText(markdown);
        foreach (var ligne in plain.Split('\n').Select(Normaliser).Where(l => l.Length > 0))
            Assert.True(texte.Contains(ligne, StringComparison.Ordinal), $"« {champ} » : texte absent de la page : {ligne}");
    }

    /// <summary>Headings are real headings (h1 demoted to h2), list items real li, bold real strong, links real a.</summary>
    public static void AssertStructure(IDocument doc, string markdown, string champ)
    {
        var ast = Markdown.Parse(markdown);
        foreach (var node in ast.Descendants())
        {
            switch (node)
            {
                case HeadingBlock h when h.Inline is not null && Texte(h.Inline).Length > 0:
                    var niveau = Math.Max(2, h.Level);
                    var attendu = Texte(h.Inline);
                    Assert.True(doc.QuerySelectorAll($"main h{niveau}").Any(e => Normaliser(e.TextContent) == attendu),
                        $"« {champ} » : pas de titre h{niveau} « {attendu} »");
                    break;
                case ListItemBlock li:
                    var itemTexte = Normaliser(string.Join(" ", li.Descendants<ParagraphBlock>().Where(p => p.Inline is not null).Select(p => Texte(p.Inline!))));
                    if (itemTexte.Length == 0) break;
                    var premier = itemTexte.Length > 40 ? itemTexte[..40] : itemTexte;
                    Assert.True(doc.QuerySelectorAll("main li").Any(e => Normaliser(e.TextContent).Contains(premier, StringComparison.Ordinal)),
                        $"« {champ} » : pas d'élément de liste « {premier} »");
                    break;
                case EmphasisInline { DelimiterCount: 2 } em when Texte(em).Length > 0:
                    var gras = Texte(em);
                    Assert.True(doc.QuerySelectorAll("main strong").Any(e => Normaliser(e.TextContent) == gras),
                        $"« {champ} » : pas de gras « {gras} »");
                    break;
                case LinkInline { IsImage: false } lien when !string.IsNullOrEmpty(lien.Url):
                    Assert.True(doc.QuerySelectorAll("main a").Any(e => e.GetAttribute("href") == lien.Url),
                        $"« {champ} » : pas de lien vers {lien.Url}");
                    break;
            }
        }
    }

    private static string Texte(Inline inline)
    {
        var sb = new StringBuilder();
        void Visiter(Inline i)
        {
            switch (i)
            {
                case LiteralInline l: sb.Append(l.Content.ToString()); break;
                case CodeInline c: sb.Append(c.Content); break;
                case LineBreakInline: sb.Append(' '); break;
                case LinkInline { IsImage: true }: break;
                case ContainerInline ci: foreach (var child in ci) Visiter(child); break;
            }
        }
        Visiter(inline);
        return Normaliser(sb.ToString());
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Espaces();
}
