using System.Net;
using System.Text.Json.Nodes;
using AngleSharp.Dom;
using Eig.Tests.Support;
using Eig.Web.Contenus;
using Eig.Web.Contenus.Site;
using Eig.Web.Infrastructure.Formats;
using Eig.Web.Appels;
using Eig.Web.AppelsAProjets;
using Eig.Web.Candidatures;
using Eig.Web.Promotions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Eig.Tests.Pages.Public;

/// <summary>The content pages (programme, administrations, candidats, plain pages, articles) render every field of
/// the program's files. Tests in a class run one after another: each imports what it checks just before.</summary>
public class ContenuTests(EigWebFactory factory) : IClassFixture<EigWebFactory>
{
    private static readonly string[] ChampsLien = ["url", "btnUrl"];
    private static readonly string[] ChampsImage = ["icon", "image", "photo"];

    public static TheoryData<string> Seeds() => ["000", "001", "003", "004"];

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task Get_SeedPage_CallClosed_ShowsEveryFieldAndTheWaitBlock(string prefixe) =>
        await VerifierSeedAsync(prefixe, ouvert: false);

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task Get_SeedPage_CallOpen_ShowsEveryFieldAndTheApplyButton(string prefixe) =>
        await VerifierSeedAsync(prefixe, ouvert: true);

    [Fact]
    public async Task Get_PlainTextSeedArticle_ShowsTitleAndEveryLine()
    {
        var seeds = ContentFolders.SeedsOrSkip();
        var fichier = Directory.GetFiles(seeds, "002_*").Single();
        await ImporterAsync(fichier);
        var lignes = (await File.ReadAllLinesAsync(fichier)).Select(PageText.Normaliser).Where(l => l.Length > 0).ToList();
        var titre = lignes[0];

        var doc = await EigWebFactory.GetDocumentAsync(factory.NewClient(), "/actualites/" + Slug.De(titre));

        Assert.Equal(titre, PageText.Normaliser(doc.QuerySelector("h1")?.TextContent));
        var texte = PageText.TexteDe(doc);
        foreach (var ligne in lignes.Skip(1))
            Assert.Contains(ligne, texte);
    }

    [Fact]
    public async Task Get_Programme_KeyNumbersComeFromTheData()
    {
        await factory.ImporterAsync(ContentFolders.Fixtures);
        await factory.WithDbAsync(async db =>
        {
            var promo = await db.Promotions.FirstAsync();
            db.Defis.Add(new Defi { PromotionId = promo.Id, Titre = "Un défi de plus", Slug = "defi-de-plus-" + Guid.NewGuid().ToString("N")[..6], Publie = true, Administration = "Une troisième administration" });
            await db.SaveChangesAsync();
        });
        var attendu = await factory.WithDbAsync(async db => new
        {
            Eig = await db.Personnes.CountAsync(p => p.Role == RolePersonne.Participant),
            Defis = await db.Defis.CountAsync(d => d.Publie),
            Administrations = (await db.Defis.Where(d => d.Publie).Select(d => d.Administration).ToListAsync()).Distinct().Count(),
        });

        var doc = await EigWebFactory.GetDocumentAsync(factory.NewClient(), "/programme");

        var chiffres = doc.QuerySelectorAll(".eig-chiffre").Select(e => PageText.Normaliser(e.TextContent)).ToList();
        Assert.Equal([attendu.Eig.ToString(), attendu.Defis.ToString(), attendu.Administrations.ToString()], chiffres);
        Assert.NotEqual("1", chiffres[0]);
    }

    [Fact]
    public async Task Get_PageWithHostileMarkdown_RendersNoScriptNoHandlerNoJavascriptUrl()
    {
        var dir = ContentFolders.Copie();
        await File.WriteAllTextAsync(Path.Combine(dir, "piege.md"), """
            ---
            title: Page piégée
            url: /piege
            ---
            <script>alert(1)</script>

            [clic](javascript:alert(1)) et [autre](JaVaScRiPt:alert(2))

            <img src=x onerror=alert(3)>

            ![image](javascript:alert(4))

            <a href="https://exemple.fr" onclick="alert(5)">lien</a>

            ## Un vrai titre
            """);
        var rapport = await factory.ImporterAsync(dir);
        Assert.Empty(rapport.Erreurs);

        var doc = await EigWebFactory.GetDocumentAsync(factory.NewClient(), "/piege");

        var main = doc.QuerySelector("main")!;
        Assert.Empty(doc.QuerySelectorAll("script:not([src])"));
        Assert.Empty(main.QuerySelectorAll("script, iframe, object"));
        Assert.DoesNotContain(main.Descendants<IElement>(), e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)));
        Assert.DoesNotContain(main.Descendants<IElement>(), e => e.Attributes.Any(a =>
            a.Value.Trim().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase)));
        Assert.NotNull(main.QuerySelectorAll("h2").FirstOrDefault(h => h.TextContent == "Un vrai titre"));
    }

    [Fact]
    public async Task Get_PageWithEmptyImageAndEmptyStrings_RendersNothingBroken()
    {
        var dir = ContentFolders.Copie();
        await File.WriteAllTextAsync(Path.Combine(dir, "vide.md"), """
            ---
            title: Candidats (vide)
            layout: candidates
            url: /candidats-vide
            head:
              sub: ""
            wait:
              title: Bientôt
              desc: ""
            how:
              title: Comment ?
              desc: "Texte\n\n![]()\n\nFin"
            ---
            """);
        await factory.ImporterAsync(dir);
        await OuvrirAppelsAsync(false);

        var doc = await EigWebFactory.GetDocumentAsync(factory.NewClient(), "/candidats-vide");

        var main = doc.QuerySelector("main")!;
        Assert.DoesNotContain(main.QuerySelectorAll("img"), i => string.IsNullOrWhiteSpace(i.GetAttribute("src")));
        Assert.DoesNotContain(main.QuerySelectorAll("p"), p => p.TextContent.Trim().Length == 0 && p.Children.Length == 0);
        Assert.Contains("Bientôt", PageText.TexteDe(doc));
    }

    [Fact]
    public async Task Get_UnknownAddress_Returns404()
    {
        var response = await factory.NewClient().GetAsync("/cette-page-n-existe-pas");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Get_FixtureAdmins_Closed_ShowsNewsletterSignupInsteadOfApply()
    {
        await factory.ImporterAsync(ContentFolders.Fixtures);
        await OuvrirAppelsAsync(false);

        var doc = await EigWebFactory.GetDocumentAsync(factory.NewClient(), "/participer/administrations");

        Assert.Empty(doc.QuerySelectorAll("a[href='/participer/administrations/proposer']"));
        var form = doc.QuerySelector("form[action='/newsletter/inscription']");
        Assert.NotNull(form);
        Assert.NotNull(form.QuerySelector("input[name='Email'][type='email']"));
        Assert.Contains("Le prochain appel ouvrira bientôt.", PageText.TexteDe(doc));
    }

    private async Task VerifierSeedAsync(string prefixe, bool ouvert)
    {
        var seeds = ContentFolders.SeedsOrSkip();
        var fichier = Directory.GetFiles(seeds, prefixe + "_*").Single();
        await ImporterAsync(fichier);
        await OuvrirAppelsAsync(ouvert);
        var doc0 = FrontMatterDocument.Lire(await File.ReadAllTextAsync(fichier), Path.GetFileName(fichier));
        var fm = doc0.Donnees;
        var layout = fm["layout"]!.GetValue<string>();
        var adresse = fm["url"]?.GetValue<string>() ?? Eig.Web.Contenus.PageContenu.AdresseParDefaut(layout, "");

        var doc = await EigWebFactory.GetDocumentAsync(factory.NewClient(), adresse);

        Assert.Contains(PageText.Normaliser(fm["title"]!.GetValue<string>()), PageText.Normaliser(doc.Title));
        var suit = layout is "admins" or "candidates";
        foreach (var (chemin, valeur) in Feuilles(fm, ""))
        {
            var cle = chemin.Split('.', '[').Last().TrimEnd(']');
            if (chemin is "layout" or "menu" or "open" or "url" or "numbers[].num" || valeur.Length == 0) continue;
            if (suit && chemin.StartsWith("head.apply.", StringComparison.Ordinal) && !ouvert)
            {
                if (cle == "url") Assert.Empty(doc.QuerySelectorAll($"main a[href='{valeur}']"));
                continue;
            }
            if (suit && chemin.StartsWith("wait.", StringComparison.Ordinal) && ouvert)
            {
                Assert.DoesNotContain(PageText.Normaliser(valeur), PageText.TexteDe(doc));
                continue;
            }
            if (ChampsLien.Contains(cle))
            {
                var href = FrontMatterView.Image(valeur.Trim());
                Assert.True(doc.QuerySelectorAll("main a").Any(a => a.GetAttribute("href") == href), $"{chemin} : pas de lien vers {href}");
            }
            else if (ChampsImage.Contains(cle))
            {
                var src = FrontMatterView.Image(valeur.Trim());
                Assert.True(doc.QuerySelectorAll("main img").Any(i => i.GetAttribute("src") == src), $"{chemin} : pas d'image {src}");
            }
            else
            {
                PageText.AssertTexteVisible(doc, valeur, chemin);
                PageText.AssertStructure(doc, valeur, chemin);
            }
        }
        if (suit && !ouvert)
            Assert.NotNull(doc.QuerySelector("form[action='/newsletter/inscription'] input[name='Email']"));
        if (suit && ouvert)
            Assert.Null(doc.QuerySelector("form[action='/newsletter/inscription']"));
        // Each number of the programme page keeps its title, button and link next to a value computed from the data.
        foreach (var n in (fm["numbers"] as JsonArray ?? []).OfType<JsonObject>())
        {
            var tuile = doc.QuerySelectorAll(".eig-chiffres li").FirstOrDefault(li => li.TextContent.Contains(n["title"]!.GetValue<string>().Trim()));
            Assert.NotNull(tuile);
            Assert.NotNull(tuile.QuerySelector($"a[href='{n["btnUrl"]!.GetValue<string>()}']"));
            Assert.Matches(@"^\d[\d  ]*$", PageText.Normaliser(tuile.QuerySelector(".eig-chiffre")!.TextContent));
        }
        // Each criterion: its number and name together in one heading, its description below.
        foreach (var c in (fm["criteria"]?["list"] as JsonArray ?? []).OfType<JsonObject>())
        {
            var titre = doc.QuerySelectorAll("main h3").FirstOrDefault(h => h.TextContent.Contains(c["name"]!.GetValue<string>().Trim()));
            Assert.NotNull(titre);
            Assert.Contains(c["num"]!.GetValue<string>(), titre.TextContent);
        }
    }

    private static IEnumerable<(string Chemin, string Valeur)> Feuilles(JsonNode? n, string chemin)
    {
        switch (n)
        {
            case JsonObject o:
                foreach (var (k, v) in o)
                    foreach (var f in Feuilles(v, chemin.Length == 0 ? k : chemin + "." + k)) yield return f;
                break;
            case JsonArray a:
                foreach (var v in a)
                    foreach (var f in Feuilles(v, chemin + "[]")) yield return f;
                break;
            case JsonValue v when v.TryGetValue<string>(out var s):
                yield return (chemin, s);
                break;
        }
    }

    private async Task ImporterAsync(string fichier)
    {
        var dir = ContentFolders.Copie(fichier);
        var rapport = await factory.ImporterAsync(dir);
        Assert.Empty(rapport.Erreurs);
        Directory.Delete(dir, true);
    }

    /// <summary>Leaves exactly one open call of each kind, or none.</summary>
    private async Task OuvrirAppelsAsync(bool ouvert)
    {
        await factory.WithDbAsync(async db =>
        {
            db.AppelsAProjets.RemoveRange(db.AppelsAProjets);
            db.AppelsACandidatures.RemoveRange(db.AppelsACandidatures);
            var promo = await db.Promotions.FirstOrDefaultAsync();
            if (promo is null) db.Promotions.Add(promo = new Promotion { Numero = 99, Annee = 2026, Debut = new(2026, 9, 1), Fin = new(2027, 6, 30) });
            if (ouvert)
            {
                var maintenant = DateTime.UtcNow;
                var aap = new AppelAProjets { PromotionId = promo.Id, Titre = "AAP", Mode = ModeAppel.Continu, Ouverture = DateOnly.FromDateTime(maintenant).AddDays(-1) };
                aap.Publier(maintenant);
                var aac = new AppelACandidatures { PromotionId = promo.Id, Titre = "AAC", Mode = ModeAppel.Continu, Ouverture = DateOnly.FromDateTime(maintenant).AddDays(-1) };
                aac.Publier(maintenant);
                db.AppelsAProjets.Add(aap);
                db.AppelsACandidatures.Add(aac);
            }
            await db.SaveChangesAsync();
        });
        // Calls are another feature's: their changes reach the public pages when the cache entry expires; the
        // test doesn't wait for that.
        await factory.Services.GetRequiredService<CachePublic>().ViderAsync();
    }
}
