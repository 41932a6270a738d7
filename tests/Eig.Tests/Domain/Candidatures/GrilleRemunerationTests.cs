using Eig.Web.Infrastructure;
using Eig.Web.Candidatures;

namespace Eig.Tests.Domain.Candidatures;

public class GrilleRemunerationTests
{
    private static readonly GrilleRemuneration Grille = GrilleRemuneration.Promotion7;

    [Theory]
    [InlineData(0, 4250, 6)]
    [InlineData(9, 4250, 6)]
    [InlineData(10, 4250, 6)] // "jusqu'à 10 ans" includes 10
    [InlineData(11, 5000, 10)]
    [InlineData(25, 5000, 10)]
    public void Calculer_SelonAnnees_AppliqueLaBonneLigne(int annees, int salaire, int variable)
    {
        var r = Grille.Calculer(annees);

        Assert.Equal(salaire, r.SalaireNetMensuel);
        Assert.Equal(variable, r.PartVariablePourcent);
    }

    [Fact]
    public void Calculer_DixAnsPile_ExpliqueLaRegleJusquaDixAns()
    {
        var r = Grille.Calculer(10);

        Assert.Contains("jusqu'à 10 ans", r.RegleAppliquee);
        Assert.Contains("4\u202f250\u00a0€", r.RegleAppliquee);
        Assert.Contains("6 %", r.RegleAppliquee);
    }

    [Fact]
    public void Calculer_OnzeAns_ExpliqueLaRegleAuDela()
    {
        var r = Grille.Calculer(11);

        Assert.Contains("au-delà de 10 ans", r.RegleAppliquee);
        Assert.Contains("5\u202f000\u00a0€", r.RegleAppliquee);
    }

    [Fact]
    public void Calculer_AnneesNegatives_EstRefuse() =>
        Assert.Throws<DomainException>(() => Grille.Calculer(-1));

    [Fact]
    public void Valider_VariableAuDelaDeCent_EstRefuse() =>
        Assert.Throws<DomainException>(() => (Grille with { VariableAuDela = 101 }).Valider());

    [Fact]
    public void Calculer_GrilleDUnAutreAppel_SuitSesDonnees()
    {
        var autre = new GrilleRemuneration(5, 3500, 0, 4000, 5);

        Assert.Equal(3500, autre.Calculer(5).SalaireNetMensuel);
        Assert.Equal(4000, autre.Calculer(6).SalaireNetMensuel);
    }
}
