using Eig.Web.Promotions;

namespace Eig.Tests.Domain.Promotions;

/// <summary>Each figure's definition, on data built by hand (<see cref="Indicateurs.Calculer"/> is pure).</summary>
public class IndicateursTests
{
    private static readonly Guid D1 = Guid.NewGuid(), D2 = Guid.NewGuid(), D3 = Guid.NewGuid();
    private static readonly Guid Alice = Guid.NewGuid(), Bruno = Guid.NewGuid(), Chloe = Guid.NewGuid(), David = Guid.NewGuid();

    private static Indicateurs.Donnees Donnees(Dictionary<Guid, IssueDefi>? defis = null, Dictionary<Guid, IssueEig>? eig = null) => new(
        [(D1, ["5"], "Ministère de la Culture"), (D2, ["5", "6"], " ministère de la  culture "), (D3, ["6"], "Ville de Lyon")],
        // Alice took part in two défis of two promotions: she is one EIG overall, and one in each promotion.
        [(Alice, ["5", "6"]), (Bruno, ["5"]), (Chloe, ["6"]), (David, ["6"])],
        defis ?? [], eig ?? []);

    [Fact]
    public void Counts_EachPersonAndEachDefiOnce_AndAdministrationsWithoutCaseOrSpaces()
    {
        var tout = Indicateurs.Calculer(Donnees(), null);
        Assert.Equal((4, 3, 2), (tout.Eig, tout.Defis, tout.Administrations));

        var p5 = Indicateurs.Calculer(Donnees(), 5);
        Assert.Equal((2, 2, 1), (p5.Eig, p5.Defis, p5.Administrations));
        var p6 = Indicateurs.Calculer(Donnees(), 6);
        Assert.Equal((3, 2, 2), (p6.Eig, p6.Defis, p6.Administrations));
    }

    [Fact]
    public void Stayed_IsOverKnownOutcomesOnly_AndCountsAnotherPublicEmployer()
    {
        var c = Indicateurs.Calculer(Donnees(eig: new() { [Alice] = IssueEig.ResteSecteurPublic, [Bruno] = IssueEig.Parti, [Chloe] = IssueEig.ResteSecteurPublic }), null);
        Assert.Equal(new Part(2, 3, 1), c.EigRestes);
        Assert.Equal(67, c.EigRestes.Pourcentage);
        // Promotion 5: Alice stayed, Bruno left: 50 %; Alice counts in promotion 6 too, with her one outcome.
        Assert.Equal(50, Indicateurs.Calculer(Donnees(eig: new() { [Alice] = IssueEig.ResteSecteurPublic, [Bruno] = IssueEig.Parti }), 5).EigRestes.Pourcentage);
        Assert.Equal(new Part(1, 1, 2), Indicateurs.Calculer(Donnees(eig: new() { [Alice] = IssueEig.ResteSecteurPublic, [Bruno] = IssueEig.Parti }), 6).EigRestes);
    }

    [Fact]
    public void DefiWithoutOutcome_IsNeitherContinuedNorStopped_ButCountedAsUnknown()
    {
        var aucun = Indicateurs.Calculer(Donnees(), null);
        Assert.Null(aucun.DefisPerdurent.Pourcentage);
        Assert.Equal(new Part(0, 0, 3), aucun.DefisPerdurent);

        var c = Indicateurs.Calculer(Donnees(defis: new() { [D1] = IssueDefi.ProduitOuStartup, [D3] = IssueDefi.Arrete }), null);
        Assert.Equal(new Part(1, 2, 1), c.DefisPerdurent);
        Assert.Equal(50, c.DefisPerdurent.Pourcentage);
        var poursuivi = Indicateurs.Calculer(Donnees(defis: new() { [D1] = IssueDefi.Poursuivi }), 5);
        Assert.Equal(new Part(1, 1, 1), poursuivi.DefisPerdurent);
    }

    [Fact]
    public void ParPromotion_ListsEveryPromotionInOrder()
    {
        var parPromo = Indicateurs.ParPromotion(Donnees());
        Assert.Equal([5, 6], parPromo.Select(c => c.Promotion!.Value));
    }

    [Fact]
    public void APromotionsFigures_CoverAllItsTracks()
    {
        var d = new Indicateurs.Donnees([(D1, ["3-dig"], "Archives nationales"), (D2, ["3"], "Ville de Lyon"), (D3, ["4"], "DGCCRF")],
            [(Alice, ["3-dig"]), (Bruno, ["3"]), (Chloe, ["4"])], new Dictionary<Guid, IssueDefi>(), new Dictionary<Guid, IssueEig>());
        var p3 = Indicateurs.Calculer(d, 3);
        Assert.Equal((2, 2, 2), (p3.Eig, p3.Defis, p3.Administrations));
        Assert.Equal([3, 4], Indicateurs.ParPromotion(d).Select(c => c.Promotion!.Value));
        Assert.Equal((3, null), (Indicateurs.NumeroDe("3-dig"), Indicateurs.NumeroDe("dig")));
    }

    [Fact]
    public void EveryFigure_HasItsDefinition()
    {
        Assert.Equal(["eig", "defis", "administrations", "eig_restes_secteur_public", "defis_perdurent"], Indicateurs.Definitions.Keys);
        Assert.All(Indicateurs.Definitions.Values, d => Assert.True(d.Length > 30));
    }
}
