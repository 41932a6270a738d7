using Eig.Web.Infrastructure;
using Eig.Web.Evaluations;

namespace Eig.Tests.Domain.Evaluation;

public class GrilleTests
{
    [Fact]
    public void AjouterCritere_NumeroteDansLOrdre()
    {
        var grille = new Grille { Nom = "AAP" };

        var a = grille.AjouterCritere("Problème avéré", "Confronté au terrain");
        var b = grille.AjouterCritere("Problème majeur");

        Assert.Equal(1, a.Numero);
        Assert.Equal(2, b.Numero);
        Assert.Equal(grille.Id, b.GrilleId);
        Assert.False(grille.EstPonderee);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void AjouterCritere_SansNom_EstRefuse(string nom)
    {
        var grille = new Grille();

        Assert.Throws<DomainException>(() => grille.AjouterCritere(nom));
        Assert.Empty(grille.Criteres);
    }

    [Fact]
    public void AjouterCritere_NomTropLong_EstRefuse()
    {
        Assert.Throws<DomainException>(() => new Grille().AjouterCritere(new string('a', 201)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(101)]
    public void AjouterCritere_PoidsHorsBornes_EstRefuse(int poids)
    {
        Assert.Throws<DomainException>(() => new Grille().AjouterCritere("Critère", poids: poids));
    }

    [Fact]
    public void AjouterCritere_AvecPoids_RendLaGrillePonderee()
    {
        var grille = new Grille();
        grille.AjouterCritere("A", poids: 2);

        Assert.True(grille.EstPonderee);
    }

    [Theory]
    [InlineData(5, 1)]
    [InlineData(3, 3)]
    [InlineData(-1, 5)]
    [InlineData(0, 200)]
    public void DefinirEchelle_Incoherente_EstRefusee(int min, int max)
    {
        var grille = new Grille();

        Assert.Throws<DomainException>(() => grille.DefinirEchelle(min, max));
        Assert.Equal((1, 5), (grille.EchelleMin, grille.EchelleMax));
    }

    [Fact]
    public void DefinirEchelle_SeuilSuperieurALEtendue_EstRefuse()
    {
        Assert.Throws<DomainException>(() => new Grille().DefinirEchelle(1, 5, 5));
    }

    [Fact]
    public void DefinirEchelle_Valide_EstAppliquee()
    {
        var grille = new Grille();

        grille.DefinirEchelle(0, 10, 2.5);

        Assert.Equal(0, grille.EchelleMin);
        Assert.Equal(10, grille.EchelleMax);
        Assert.Equal(2.5, grille.SeuilDesaccord);
        Assert.True(grille.EstDansLEchelle(0));
        Assert.False(grille.EstDansLEchelle(11));
    }
}
