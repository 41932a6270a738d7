using Microsoft.Extensions.DependencyInjection;
using Eig.BrowserTests.Support;
using Eig.Web.Contenus;
using Eig.Web.Contenus.Site;
using Eig.Web.Promotions;
using Microsoft.Playwright;

namespace Eig.BrowserTests.Public;

/// <summary>A directory of people with photos, reached from the home page: the cards on screen show their photo, a card
/// far below the screen fetches nothing until the visitor scrolls to it, and then shows its photo; without JavaScript
/// every card shows its photo all the same (the browser's own lazy loading).</summary>
public class ImagesDesCartesTests(BrowserFixture browser)
{
    private const int Nombre = 24;

    /// <summary>A promotion of its own with 24 people, each with a photo; the key in their file names, and its title.</summary>
    private async Task<(string Cle, string Titre)> PromotionAvecPhotosAsync()
    {
        var cle = Guid.NewGuid().ToString("N")[..6];
        var promotion = new Promotion
        {
            Numero = 700 + Random.Shared.Next(200), Libelle = "Photos " + cle, Annee = 2031,
            Debut = new DateOnly(2031, 9, 1), Fin = new DateOnly(2032, 6, 30),
        };
        await browser.App.WithDbAsync(async db =>
        {
            db.Promotions.Add(promotion);
            for (var i = 0; i < Nombre; i++)
            {
                // A photo of its own for each person (noise weighs what a photo weighs), so each card fetches its own.
                using var bruit = NetVips.Image.Gaussnoise(320, 240, mean: 128, sigma: 30 + i).Cast(NetVips.Enums.BandFormat.Uchar);
                var media = new Eig.Web.Contenus.Media { Nom = $"personnes/photo-{cle}-{i:00}.jpg", AjouteLe = DateTime.UtcNow };
                media.Remplacer("image/jpeg", bruit.JpegsaveBuffer(q: 80));
                db.Medias.Add(media);
                db.Personnes.Add(new Personne
                {
                    Fichier = $"personnes/photo-{cle}-{i:00}.md", Slug = $"photo-{cle}-{i:00}", Nom = $"Zz Photo {cle} {i:00}",
                    Role = RolePersonne.Participant, ConsentementProfilPublic = true, Image = "img/" + media.Nom,
                    Promotions = ListeSlugs.Ecrire([promotion.Cle]),
                    Description = "Développeuse, datavisualisation et cartographie.",
                });
            }
            await db.SaveChangesAsync();
        });
        // Written straight into the database: the public pages kept in cache are emptied as a staff save does.
        await browser.App.Services.GetRequiredService<CachePublic>().ViderAsync(TestContext.Current.CancellationToken);
        var titre = promotion.Titre;
        return (cle, titre);
    }

    private static async Task<IPage> AnnuaireFiltreAsync(IPage page, string titre)
    {
        await page.GotoAsync("/");
        await Clics.LienAsync(page, "header a[href='/talents']", "**/talents");
        await page.SelectOptionAsync("#Promotion", new SelectOptionValue { Label = titre });
        await page.ClickAsync("main form[action='/talents'] button");
        await page.WaitForURLAsync("**/talents?Promotion=*");
        Assert.Equal(Nombre, await page.Locator("main .fr-card").CountAsync());
        return page;
    }

    private static Task<bool> PhotoAfficheeAsync(ILocator img) =>
        img.EvaluateAsync<bool>("i => i.complete && i.naturalWidth > 16 && i.currentSrc.includes('?variante=carte')");

    [Fact]
    public async Task LesPhotosSousLEcranAttendentQuOnYArrive_PuisSAffichent()
    {
        var (cle, titre) = await PromotionAvecPhotosAsync();
        var page = await browser.NewPageAsync();
        var demandees = new List<string>();
        page.Request += (_, r) => { if (r.Url.Contains($"photo-{cle}-")) lock (demandees) demandees.Add(r.Url); };
        await AnnuaireFiltreAsync(page, titre);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        var premiere = page.Locator("main .fr-card").First.Locator(".fr-card__img img").First;
        await page.WaitForFunctionAsync("i => i.complete && i.naturalWidth > 16", await premiere.ElementHandleAsync());
        Assert.True(await PhotoAfficheeAsync(premiere));
        // Where each card's image stands, in CSS pixels from the top of the screen (900 px high).
        var hauts = await page.EvaluateAsync<double[]>("() => [...document.querySelectorAll('main .fr-card .fr-card__img img')].filter(i => i.closest('noscript') === null).map(i => i.getBoundingClientRect().top)");
        Assert.Equal(Nombre, hauts.Length);
        var derniere = page.Locator("main .fr-card").Last.Locator(".fr-card__img img").First;
        lock (demandees)
        {
            for (var i = 0; i < Nombre; i++)
            {
                var demandee = demandees.Any(u => u.Contains($"photo-{cle}-{i:00}.jpg?variante=carte"));
                // On screen: asked for. More than 300 px below it: not asked for, where Chromium's own loading="lazy"
                // would have fetched everything up to 1,250 px below.
                if (hauts[i] < 900) Assert.True(demandee, $"photo {i} à {hauts[i]} px, à l'écran, non demandée");
                if (hauts[i] > 900 + 300) Assert.False(demandee, $"photo {i} à {hauts[i]} px, sous l'écran, demandée");
            }
        }
        Assert.Contains(hauts, h => h > 900 + 300 && h < 900 + 1250);   // so the test tells the two apart
        Assert.NotNull(await derniere.GetAttributeAsync("data-eig-src"));

        // The visitor scrolls down to the last card: its photo comes and shows.
        await page.Locator("main .fr-card").Last.ScrollIntoViewIfNeededAsync();
        await page.WaitForFunctionAsync("i => i.complete && i.naturalWidth > 16", await derniere.ElementHandleAsync());
        Assert.True(await PhotoAfficheeAsync(derniere));
        Assert.Null(await derniere.GetAttributeAsync("data-eig-src"));
        await Axe.AssertNoViolationsAsync(page);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task SansJavaScript_ChaqueCarteMontreSaPhoto()
    {
        var (_, titre) = await PromotionAvecPhotosAsync();
        var context = await browser.Browser.NewContextAsync(new()
        {
            BaseURL = browser.BaseUrl.ToString(), Locale = "fr-FR", JavaScriptEnabled = false,
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        var page = await context.NewPageAsync();
        await AnnuaireFiltreAsync(page, titre);

        var carte = page.Locator("main .fr-card").First;
        // The image waiting for the script takes no room; the <noscript> one is shown, and loads.
        Assert.False(await carte.Locator("img[data-eig-src]").IsVisibleAsync());
        var photo = carte.Locator(".fr-card__img img:not([data-eig-src])");
        Assert.True(await photo.IsVisibleAsync());
        await photo.ScrollIntoViewIfNeededAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.True(await PhotoAfficheeAsync(photo));
        var boite = await photo.BoundingBoxAsync();
        Assert.NotNull(boite);
        Assert.InRange(boite.Width / boite.Height, 1.7, 1.86);   // the card's 16:9 frame
        await context.CloseAsync();
    }
}
