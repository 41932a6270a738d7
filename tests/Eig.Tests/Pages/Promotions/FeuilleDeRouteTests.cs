using System.Net;
using AngleSharp.Dom;
using Eig.Tests.Pages.Candidatures;
using Eig.Tests.Support;
using Eig.Web.Candidatures;
using Eig.Web.Comptes;
using Eig.Web.Promotions;
using Microsoft.EntityFrameworkCore;

namespace Eig.Tests.Pages.Promotions;

/// <summary>A défi's roadmap: milestones per phase of its promotion, written by the team from its space, done or not
/// with a date; read by the sponsor and staff on the défi's space and in staff's follow-up list.</summary>
public class FeuilleDeRouteTests : IAsyncLifetime
{
    private readonly EigWebFactory _f = new();
    public ValueTask InitializeAsync() => ValueTask.CompletedTask;
    public ValueTask DisposeAsync() => _f.DisposeAsync();

    private async Task<HttpClient> ClientAsync(TestUser u)
    {
        var c = _f.NewClient();
        await _f.SignInAsAsync(c, u);
        return c;
    }

    /// <summary>A défi whose promotion has the usual three phases, with <paramref name="membre"/> in its team.</summary>
    private async Task<Guid> DefiAvecEquipeAsync(TestUser sponsor, TestUser membre)
    {
        var aac = await _f.AppelOuvertAsync();
        await _f.WithDbAsync(async db =>
        {
            var promo = await db.Promotions.Include(p => p.Phases).SingleAsync(p => p.Id == aac.PromotionId);
            promo.Debut = new DateOnly(2025, 9, 15);
            promo.Fin = new DateOnly(2026, 7, 31);
            promo.DefinirPhases(Promotion.PhasesTypes(2025));
            await db.SaveChangesAsync();
        });
        var (defiId, _) = await _f.DefiAvecPosteAsync(aac, sponsor, titre: "Eau potable");
        var candidatureId = await _f.CandidatureAsync(aac, membre, EtatCandidature.Vivier, prenom: "Yasmine");
        await _f.WithDbAsync(async db =>
        {
            var c = await db.Candidatures.SingleAsync(x => x.Id == candidatureId);
            await new Equipes(db).AccueillirAsync(c, await db.Defis.SingleAsync(d => d.Id == defiId), "Directeur ou directrice de produit", new DateOnly(2025, 9, 15), DateTime.UtcNow);
            await db.SaveChangesAsync();
        });
        return defiId;
    }

    private static Dictionary<string, string> Saisie(string phase, string titre, string echeance = "", string faitLe = "") => new()
    {
        ["Input.Phase"] = phase, ["Input.Titre"] = titre, ["Input.Echeance"] = echeance, ["Input.FaitLe"] = faitLe,
    };

    private static IElement Phase(IDocument espace, string nom) =>
        espace.QuerySelectorAll("main h3").Single(h => h.TextContent.Contains(nom));

    /// <summary>The milestones listed under a phase's heading, up to the next heading.</summary>
    private static string JalonsDe(IDocument espace, string nom)
    {
        var texte = "";
        for (var e = Phase(espace, nom).NextElementSibling; e is not null && e.LocalName is not ("h2" or "h3"); e = e.NextElementSibling) texte += e.TextContent;
        return texte;
    }

    [Fact]
    public async Task TeamWritesMilestonesPerPhase_SponsorAndStaffReadThem_OthersGet404()
    {
        var sponsor = await _f.CreateUserAsync(Roles.Porteur);
        var membre = await _f.CreateUserAsync(Roles.Candidat);
        var defiId = await DefiAvecEquipeAsync(sponsor, membre);
        var espace = $"/espace-defi/{defiId}";
        var ajout = $"/espace-defi/{defiId}/jalons";

        // The team clicks "Ajouter un jalon" on its space: one milestone reached in Concevoir, one to do in Consolider.
        var equipe = await ClientAsync(membre);
        Assert.NotNull((await EigWebFactory.GetDocumentAsync(equipe, espace)).QuerySelector($"main a[href='{ajout}']"));
        var formulaire = await EigWebFactory.GetDocumentAsync(equipe, ajout);
        Assert.Equal(3, formulaire.QuerySelectorAll("input[name='Input.Phase']").Length);
        var atteint = await EigWebFactory.PostFormAsync(equipe, ajout, Saisie("1", "Prototype testé par dix agents", "2026-01-15", "2026-01-20"));
        Assert.Equal(HttpStatusCode.Redirect, atteint.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await EigWebFactory.PostFormAsync(equipe, ajout, Saisie("2", "Ouverture à trois départements", "2026-05-15"))).StatusCode);

        var vue = await EigWebFactory.GetDocumentAsync(equipe, espace);
        Assert.Contains("Prototype testé par dix agents", JalonsDe(vue, "Concevoir"));
        Assert.Contains("Atteint le 20 janvier 2026", JalonsDe(vue, "Concevoir"));
        Assert.Contains("Ouverture à trois départements", JalonsDe(vue, "Consolider"));
        Assert.Contains("À faire, échéance le 15 mai 2026", JalonsDe(vue, "Consolider"));
        Assert.Contains("Aucun jalon pour cette phase.", JalonsDe(vue, "Amplifier"));

        // Reached later: the team edits it from its link and gives the date.
        var jalonId = await _f.WithDbAsync(db => db.Jalons.Where(j => j.Titre == "Ouverture à trois départements").Select(j => j.Id).SingleAsync());
        var edition = $"/espace-defi/{defiId}/jalons/{jalonId}";
        Assert.NotNull(vue.QuerySelector($"main a[href='{edition}']"));
        Assert.Equal(HttpStatusCode.Redirect, (await EigWebFactory.PostFormAsync(equipe, edition, Saisie("2", "Ouverture à trois départements", "2026-05-15", "2026-05-28"))).StatusCode);
        var jalon = await _f.WithDbAsync(db => db.Jalons.SingleAsync(j => j.Id == jalonId));
        Assert.Equal(new DateOnly(2026, 5, 28), jalon.FaitLe);

        // The sponsor and staff read it on the space, without the team's links; staff see the count in their list.
        var cote = await ClientAsync(sponsor);
        var vueSponsor = await EigWebFactory.GetDocumentAsync(cote, espace);
        Assert.Contains("Atteint le 28 mai 2026", JalonsDe(vueSponsor, "Consolider"));
        Assert.Null(vueSponsor.QuerySelector($"main a[href^='{ajout}']"));
        var staff = await ClientAsync(await _f.CreateUserAsync(Roles.Staff));
        Assert.Contains("Prototype testé par dix agents", JalonsDe(await EigWebFactory.GetDocumentAsync(staff, espace), "Concevoir"));
        var suivi = await EigWebFactory.GetDocumentAsync(staff, "/admin/promotions/suivi");
        Assert.Contains("2\u00a0jalons atteints sur 2", suivi.QuerySelector($"main tr:has(a[href='{espace}'])")!.TextContent);

        // Only the team writes: the sponsor, staff, another EIG get a 404 on the form, and removing needs the team too.
        Assert.Equal(HttpStatusCode.NotFound, (await cote.GetAsync(edition)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync(ajout)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await ClientAsync(await _f.CreateUserAsync(Roles.Candidat))).GetAsync(edition)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await ClientAsync(await _f.CreateUserAsync(Roles.Candidat))).GetAsync(espace)).StatusCode);
        var retrait = (await EigWebFactory.GetDocumentAsync(equipe, edition)).QuerySelector("main form[action*='Supprimer']")!;
        var jeton = retrait.QuerySelector($"input[name='{EigWebFactory.AntiforgeryField}']")!.GetAttribute("value")!;
        var jetonSponsor = vueSponsor.QuerySelector($"input[name='{EigWebFactory.AntiforgeryField}']")!.GetAttribute("value")!; // the header's sign-out form
        Assert.Equal(HttpStatusCode.NotFound, (await cote.PostAsync(retrait.GetAttribute("action"), new FormUrlEncodedContent([new(EigWebFactory.AntiforgeryField, jetonSponsor)]))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await equipe.PostAsync(retrait.GetAttribute("action"), new FormUrlEncodedContent([new(EigWebFactory.AntiforgeryField, jeton)]))).StatusCode);
        Assert.Equal(1, await _f.WithDbAsync(db => db.Jalons.CountAsync(j => j.DefiId == defiId)));
    }

    [Fact]
    public async Task Post_EmptyTitleOrFutureDate_ShowsErrorsNextToTheFields_SavesNothing()
    {
        var membre = await _f.CreateUserAsync(Roles.Candidat);
        var defiId = await DefiAvecEquipeAsync(await _f.CreateUserAsync(Roles.Porteur), membre);
        var equipe = await ClientAsync(membre);
        var demain = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(2).ToString("yyyy-MM-dd");

        var refus = await EigWebFactory.PostFormAsync(equipe, $"/espace-defi/{defiId}/jalons", Saisie("9", " ", "bientôt", demain));

        Assert.Equal(HttpStatusCode.BadRequest, refus.StatusCode);
        var doc = await EigWebFactory.ParseAsync(refus);
        EigWebFactory.AssertHasError(doc, "Input.Titre", "Renseignez l'intitulé du jalon.");
        EigWebFactory.AssertHasError(doc, "Input.Echeance", "Indiquez l'échéance au format jj/mm/aaaa.");
        EigWebFactory.AssertHasError(doc, "Input.FaitLe", "Un jalon ne peut pas être atteint à une date future");
        // The radios' message sits in their fieldset's messages group, which labels the fieldset (DSFR's pattern).
        Assert.Contains("Input_Phase-messages", doc.QuerySelector("fieldset#Input_Phase")!.GetAttribute("aria-labelledby"));
        Assert.Equal("Choisissez la phase du jalon.", doc.QuerySelector("#Input_Phase-messages .fr-message--error")!.TextContent.Trim());
        Assert.Equal(0, await _f.WithDbAsync(db => db.Jalons.CountAsync()));
    }
}
