using System.Net;
using System.Net.Http.Headers;
using Eig.Tests.Support;
using Eig.Web.Comptes;
using Eig.Web.Contenus;
using Eig.Web.Promotions;
using Microsoft.EntityFrameworkCore;

namespace Eig.Tests.Pages.Public;

/// <summary>A photo uploaded to the media library gets a WebP variant cut for the card's slot (16:9, centred, 400 px
/// at most), which the défi, person and article cards use with its size and lazy loading; an SVG is served and shown
/// as it is.</summary>
public class VignettesCartesTests(EigWebFactory f) : IClassFixture<EigWebFactory>
{
    /// <summary>A real 1600 × 1066 JPEG photo (noise, so that it weighs what a photo weighs).</summary>
    private static byte[] PhotoJpeg()
    {
        using var bruit = NetVips.Image.Gaussnoise(1600, 1066, mean: 128, sigma: 40);
        using var rgb = bruit.Bandjoin(bruit.Rot180(), bruit.Flip(NetVips.Enums.Direction.Horizontal)).Cast(NetVips.Enums.BandFormat.Uchar);
        return rgb.JpegsaveBuffer(q: 85);
    }

    private async Task<HttpResponseMessage> TeleverserAsync(HttpClient staff, byte[] octets, string nom, string type)
    {
        var page = await EigWebFactory.GetDocumentAsync(staff, "/admin/contenus/medias");
        var jeton = page.QuerySelector($"form[enctype] input[name='{EigWebFactory.AntiforgeryField}']")!.GetAttribute("value")!;
        var form = new MultipartFormDataContent();
        var fichier = new ByteArrayContent(octets);
        fichier.Headers.ContentType = new MediaTypeHeaderValue(type);
        form.Add(fichier, "Input.Fichier", Path.GetFileName(nom));
        form.Add(new StringContent(nom), "Input.Nom");
        form.Add(new StringContent(jeton), EigWebFactory.AntiforgeryField);
        return await staff.PostAsync("/admin/contenus/medias", form);
    }

    [Fact]
    public async Task PhotoTeleversee_LesCartesUtilisentSaVariante_PlusLegere_De400Pixels()
    {
        var staff = f.NewClient();
        await f.SignInAsAsync(staff, await f.CreateUserAsync(Roles.Staff));
        var cle = Guid.NewGuid().ToString("N")[..8];
        var photo = PhotoJpeg();
        var nomPhoto = $"defis/photo-{cle}.jpg";
        var nomSvg = $"defis/logo-{cle}.svg";
        Assert.Equal(HttpStatusCode.Redirect, (await TeleverserAsync(staff, photo, nomPhoto, "image/jpeg")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await TeleverserAsync(staff,
            """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10" fill="#000091"/></svg>"""u8.ToArray(), nomSvg, "image/svg+xml")).StatusCode);
        await f.WithDbAsync(async db =>
        {
            var promo = new Promotion { Numero = 90 + Random.Shared.Next(9), Annee = 2031, Debut = new DateOnly(2031, 9, 1), Fin = new DateOnly(2032, 6, 30) };
            db.Promotions.Add(promo);
            db.Defis.Add(new Defi { PromotionId = promo.Id, Titre = "Défi en photo " + cle, Slug = "photo-" + cle, Publie = true, Image = "img/" + nomPhoto, Date = new DateOnly(2099, 1, 2) });
            db.Defis.Add(new Defi { PromotionId = promo.Id, Titre = "Défi en SVG " + cle, Slug = "svg-" + cle, Publie = true, Image = "/img/" + nomSvg, Date = new DateOnly(2099, 1, 1) });
            db.Personnes.Add(new Personne { Fichier = $"personnes/p-{cle}.md", Slug = "p-" + cle, Nom = "Aaa Photo " + cle, Role = RolePersonne.Participant, ConsentementProfilPublic = true, Poids = -1000, Image = "img/" + nomPhoto });
            var article = new Article { Fichier = $"blog/a-{cle}.md", Slug = "a-" + cle, Titre = "Article en photo " + cle, Date = new DateOnly(2099, 1, 1), Image = "/img/" + nomPhoto };
            article.Publier(DateTime.UtcNow);
            db.Articles.Add(article);
            await db.SaveChangesAsync();
        });

        var visiteur = f.NewClient();
        var defis = await EigWebFactory.GetDocumentAsync(visiteur, "/defis");
        var cadre = defis.QuerySelectorAll(".fr-card").Single(c => c.TextContent.Contains("Défi en photo " + cle)).QuerySelector(".fr-card__img")!;
        // The image waiting for site.js: its address to come, an empty picture of its size meanwhile (nothing fetched).
        var carte = cadre.QuerySelector("img[data-eig-src]")!;
        Assert.Equal($"/img/{nomPhoto}?variante=carte", carte.GetAttribute("data-eig-src"));
        Assert.Equal("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 400 225'%3E%3C/svg%3E", carte.GetAttribute("src"));
        Assert.Equal("400", carte.GetAttribute("width"));
        Assert.Equal("225", carte.GetAttribute("height"));   // the card's 16:9 frame, 400 px wide
        Assert.Equal("async", carte.GetAttribute("decoding"));
        // Without JavaScript: the same image, lazy as the browser has it.
        var sansScript = cadre.QuerySelector("noscript img")!;
        Assert.Equal($"/img/{nomPhoto}?variante=carte", sansScript.GetAttribute("src"));
        Assert.Equal("lazy", sansScript.GetAttribute("loading"));
        Assert.Equal(("400", "225"), (sansScript.GetAttribute("width"), sansScript.GetAttribute("height")));

        var variante = await visiteur.GetAsync(carte.GetAttribute("data-eig-src"));
        Assert.Equal(HttpStatusCode.OK, variante.StatusCode);
        Assert.Equal("image/webp", variante.Content.Headers.ContentType?.MediaType);
        var octets = await variante.Content.ReadAsByteArrayAsync();
        Assert.True(octets.Length * 4 < photo.Length, $"variante de {octets.Length} octets pour une photo de {photo.Length}");
        using (var image = NetVips.Image.NewFromBuffer(octets))
            Assert.Equal((400, 225), (image.Width, image.Height));
        // The photo itself is still there, untouched, at its own address.
        Assert.Equal(photo, await visiteur.GetByteArrayAsync("/img/" + nomPhoto));

        // An SVG has no variant: the card shows the file itself, without a size it does not have.
        var svg = defis.QuerySelectorAll(".fr-card").Single(c => c.TextContent.Contains("Défi en SVG " + cle)).QuerySelector(".fr-card__img img[data-eig-src]")!;
        Assert.Equal("/img/" + nomSvg, svg.GetAttribute("data-eig-src"));
        Assert.Null(svg.GetAttribute("width"));
        Assert.Contains("viewBox='0 0 16 9'", svg.GetAttribute("src"));   // the card's frame, whatever the drawing's size
        Assert.Equal("image/svg+xml", (await visiteur.GetAsync($"/img/{nomSvg}?variante=carte")).Content.Headers.ContentType?.MediaType);

        // The person's and the article's cards use the same variant.
        foreach (var (adresse, texte) in new[] { ("/talents", "Aaa Photo " + cle), ("/actualites", "Article en photo " + cle) })
        {
            var page = await EigWebFactory.GetDocumentAsync(visiteur, adresse);
            var img = page.QuerySelectorAll(".fr-card").Single(c => c.TextContent.Contains(texte)).QuerySelector(".fr-card__img img[data-eig-src]")!;
            Assert.Equal($"/img/{nomPhoto}?variante=carte", img.GetAttribute("data-eig-src"));
            Assert.Equal("400", img.GetAttribute("width"));
        }
    }

    [Fact]
    public async Task ImportDuDossierImages_DonneSaVarianteAChaquePhoto()
    {
        var dossier = Directory.CreateTempSubdirectory("eig-img-").FullName;
        try
        {
            var cle = Guid.NewGuid().ToString("N")[..8];
            Directory.CreateDirectory(Path.Combine(dossier, "personnes"));
            File.WriteAllBytes(Path.Combine(dossier, "personnes", $"grande-{cle}.jpg"), PhotoJpeg());
            using (var img = NetVips.Image.Black(120, 80).Linear(new[] { 1.0 }, new[] { 90.0 }).Cast(NetVips.Enums.BandFormat.Uchar))
                File.WriteAllBytes(Path.Combine(dossier, "personnes", $"petite-{cle}.png"), img.PngsaveBuffer());
            // A small photo saved as PNG (noise: it weighs what a photo would, 40-odd KB for 120 × 120).
            using (var bruit = NetVips.Image.Gaussnoise(120, 120, mean: 128, sigma: 40).Cast(NetVips.Enums.BandFormat.Uchar))
                File.WriteAllBytes(Path.Combine(dossier, "personnes", $"portrait-{cle}.png"), bruit.PngsaveBuffer());

            await f.WithDbAsync(db => new MediaImporter(db, new Eig.Web.Infrastructure.SystemClock()).ImporterDossierAsync(dossier));

            var medias = await f.WithDbAsync(db => db.Medias.AsNoTracking().Where(m => m.Nom.Contains(cle)).ToDictionaryAsync(m => m.Nom));
            var grande = medias[$"personnes/grande-{cle}.jpg"];
            Assert.Equal((1600, 1066, 400, 225), (grande.Largeur, grande.Hauteur, grande.VignetteLargeur, grande.VignetteHauteur));
            Assert.NotNull(grande.Vignette);
            // Already smaller than a card: kept as it is, its size known.
            var petite = medias[$"personnes/petite-{cle}.png"];
            Assert.Equal((120, 80), (petite.Largeur, petite.Hauteur));
            Assert.Null(petite.Vignette);
            // Card-sized but heavy: a WebP of the part the card shows (the middle 16:9), at most three quarters of its weight.
            var portrait = medias[$"personnes/portrait-{cle}.png"];
            Assert.Equal((120, 120, 120, 68), (portrait.Largeur, portrait.Hauteur, portrait.VignetteLargeur, portrait.VignetteHauteur));
            Assert.True(portrait.Vignette!.Length * 4 <= portrait.Donnees.Length * 3, $"{portrait.Vignette.Length} octets pour {portrait.Donnees.Length}");
            using (var webp = NetVips.Image.NewFromBuffer(portrait.Vignette))
                Assert.Equal((120, 68), (webp.Width, webp.Height));
        }
        finally { Directory.Delete(dossier, recursive: true); }
    }
}
