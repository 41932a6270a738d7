using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Eig.Tests.Support;
using Eig.Web.Comptes;
using Eig.Web.Promotions;
using Microsoft.EntityFrameworkCore;

namespace Eig.Tests.Pages.Promotions;

/// <summary>Promotions and phases as data: staff create, adjust and publish; the public page shows the phases with
/// the running one marked.</summary>
public class PromotionsTests : IAsyncLifetime
{
    private readonly EigWebFactory _f = new();
    public ValueTask InitializeAsync() => ValueTask.CompletedTask;
    public ValueTask DisposeAsync() => _f.DisposeAsync();

    private static readonly DateOnly Aujourdhui = DateOnly.FromDateTime(Eig.Web.Infrastructure.Formats.Fr.EnHeureDeParis(DateTime.UtcNow));
    private static string J(int jours) => Aujourdhui.AddDays(jours).ToString("yyyy-MM-dd");

    [Fact]
    public async Task Staff_CreateAdjustPublish_PublicPageMarksTheRunningPhase()
    {
        var staff = _f.NewClient();
        await _f.SignInAsAsync(staff, await _f.CreateUserAsync(Roles.Staff));
        var accueil = await EigWebFactory.GetDocumentAsync(staff, "/admin");
        Assert.NotNull(accueil.QuerySelector("a[href='/admin/promotions']"));

        var cree = await EigWebFactory.PostFormAsync(staff, "/admin/promotions", new Dictionary<string, string>
        {
            ["Input.Numero"] = "42", ["Input.Annee"] = Aujourdhui.Year.ToString(), ["Input.Libelle"] = "DIG",
        });
        Assert.Equal(HttpStatusCode.Redirect, cree.StatusCode);
        var promo = await _f.WithDbAsync(db => db.Promotions.Include(p => p.Phases).SingleAsync(p => p.Numero == 42));
        Assert.Equal(["Concevoir", "Consolider", "Amplifier"], promo.PhasesOrdonnees.Select(p => p.Nom));
        Assert.Equal($"/admin/promotions/{promo.Id}", cree.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, (await _f.NewClient().GetAsync("/promotions/42")).StatusCode);

        var doublon = await EigWebFactory.PostFormAsync(staff, "/admin/promotions", new Dictionary<string, string>
        {
            ["Input.Numero"] = "42", ["Input.Annee"] = "2030", ["Input.Libelle"] = "DIG",
        });
        Assert.Equal(HttpStatusCode.BadRequest, doublon.StatusCode);
        Assert.Contains("La promotion « Promotion 42 - DIG » existe déjà.", (await EigWebFactory.ParseAsync(doublon)).Body!.TextContent);

        var url = $"/admin/promotions/{promo.Id}";
        string Version(AngleSharp.Dom.IDocument d) => d.QuerySelector<IHtmlInputElement>("input[name='Input.Version']")!.Value;
        var formulaire = await EigWebFactory.GetDocumentAsync(staff, url);
        var phase1 = formulaire.GetElementById("phase-0")!;
        Assert.Equal("FIELDSET", phase1.TagName);
        Assert.Equal("Phase 1", phase1.QuerySelector(":scope > legend")!.TextContent.Trim());
        Assert.NotNull(phase1.QuerySelector(":scope > .fr-fieldset__element > .fr-input-group > input[name='Input.Phases[0].Nom']"));
        Assert.NotNull(formulaire.QuerySelector("main ul.fr-btns-group > li > form > button[type=submit]"));
        Dictionary<string, string> Champs(string version, int decalage) => new()
        {
            ["Input.Libelle"] = "DIG", ["Input.Annee"] = Aujourdhui.Year.ToString(), ["Input.Debut"] = J(-40), ["Input.Fin"] = J(90),
            ["Input.Phases[0].Nom"] = "Concevoir", ["Input.Phases[0].Debut"] = J(-40), ["Input.Phases[0].Fin"] = J(-1 + decalage),
            ["Input.Phases[0].Description"] = "Prototyper", ["Input.Phases[0].Attendus"] = "Un prototype testé",
            ["Input.Phases[1].Nom"] = "Consolider", ["Input.Phases[1].Debut"] = J(0), ["Input.Phases[1].Fin"] = J(40),
            ["Input.Phases[1].Attendus"] = "Des alliés dans l'administration",
            ["Input.Phases[2].Nom"] = "Amplifier", ["Input.Phases[2].Debut"] = J(41), ["Input.Phases[2].Fin"] = J(90),
            ["Input.Phases[3].Nom"] = "", ["Input.Phases[3].Debut"] = "", ["Input.Phases[3].Fin"] = "",
            ["Input.Version"] = version,
        };
        var chevauche = await EigWebFactory.PostFormAsync(staff, url, Champs(Version(formulaire), decalage: 5));
        Assert.Equal(HttpStatusCode.BadRequest, chevauche.StatusCode);
        Assert.Contains("La phase « Consolider » commence avant la fin de la phase « Concevoir ».", (await EigWebFactory.ParseAsync(chevauche)).Body!.TextContent);

        Assert.Equal(HttpStatusCode.Redirect, (await EigWebFactory.PostFormAsync(staff, url, Champs(Version(formulaire), decalage: 0))).StatusCode);
        var perime = await EigWebFactory.PostFormAsync(staff, url, Champs(Version(formulaire), decalage: 0));
        Assert.Equal(HttpStatusCode.BadRequest, perime.StatusCode);

        var publier = await EigWebFactory.PostFormAsync(staff, url, new Dictionary<string, string>(), handler: "Publier");
        Assert.Equal(HttpStatusCode.Redirect, publier.StatusCode);

        var anonyme = _f.NewClient();
        var liste = await EigWebFactory.GetDocumentAsync(anonyme, "/promotions");
        Assert.NotNull(liste.QuerySelector("a[href='/promotions/42']"));
        var page = await EigWebFactory.GetDocumentAsync(anonyme, "/promotions/42");
        Assert.Equal("Promotion 42 - DIG", page.QuerySelector("h1")!.TextContent.Trim());
        var courante = page.QuerySelectorAll("[aria-current='step']");
        Assert.Single(courante);
        Assert.Contains("Consolider", courante[0].TextContent);
        Assert.Contains("Phase en cours", courante[0].TextContent);
        Assert.Contains("Des alliés dans l'administration", courante[0].TextContent);
        Assert.Contains("Elle est en phase 2 : Consolider.", page.Body!.TextContent);
        Assert.Equal(3, page.QuerySelectorAll("ol.eig-phases > li").Length);
    }

    [Fact]
    public async Task NonStaff_CannotReachTheBackOffice()
    {
        var porteur = _f.NewClient();
        await _f.SignInAsAsync(porteur, await _f.CreateUserAsync(Roles.Porteur));
        var promo = Promotion.Nouvelle(43, 2030, "");
        await _f.WithDbAsync(async db => { db.Promotions.Add(promo); await db.SaveChangesAsync(); });
        Assert.NotEqual(HttpStatusCode.OK, (await porteur.GetAsync($"/admin/promotions/{promo.Id}")).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await porteur.GetAsync("/admin/promotions")).StatusCode);
    }
}
