using Eig.Web.Infrastructure;
using Eig.Web.Appels;
using Eig.Web.AppelsAProjets;
using Eig.Web.Candidatures;

namespace Eig.Tests.Domain.Appels;

public class AppelTests
{
    private static readonly DateTime Maintenant = new(2026, 11, 23, 10, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Ouverture = new(2027, 2, 1);
    private static readonly DateOnly Cloture = new(2027, 4, 7);

    private static AppelAProjets Brouillon(ModeAppel mode = ModeAppel.Fenetre, DateOnly? ouverture = null, DateOnly? cloture = null) =>
        new() { Titre = "Appel 2027", Mode = mode, Ouverture = ouverture ?? Ouverture, Cloture = cloture ?? Cloture };

    private static AppelAProjets Publie() { var a = Brouillon(); a.Publier(Maintenant); return a; }
    private static AppelAProjets Clos() { var a = Publie(); a.Clore(Maintenant.AddDays(60)); return a; }

    [Fact]
    public void AjouterProfil_TropLong_EstRefuse_SansRienAjouter()
    {
        var appel = new AppelACandidatures();

        var code = Assert.Throws<DomainException>(() => appel.AjouterProfil(new string('c', ProfilRecherche.LongueurCode + 1), "Produit"));
        var libelle = Assert.Throws<DomainException>(() => appel.AjouterProfil("produit", new string('l', ProfilRecherche.LongueurLibelle + 1)));
        var description = Assert.Throws<DomainException>(() => appel.AjouterProfil("produit", "Produit", new string('d', ProfilRecherche.LongueurDescription + 1)));

        Assert.Equal("Le code court ne doit pas dépasser 40 caractères.", code.Message);
        Assert.Equal("Le libellé ne doit pas dépasser 200 caractères.", libelle.Message);
        Assert.Equal("La description ne doit pas dépasser 2\u202f000 caractères.", description.Message);
        Assert.Empty(appel.Profils);
        Assert.Equal("produit", appel.AjouterProfil("produit", "Produit", new string('d', ProfilRecherche.LongueurDescription)).Code);
    }

    [Fact]
    public void Nouveau_EstEnBrouillon()
    {
        var appel = new AppelACandidatures();

        Assert.Equal(EtatAppel.Brouillon, appel.Etat);
        Assert.Null(appel.PublieLe);
        Assert.Null(appel.ClosLe);
    }

    [Fact]
    public void Publier_Brouillon_PasseAPublieEtDate()
    {
        var appel = Brouillon();

        appel.Publier(Maintenant);

        Assert.Equal(EtatAppel.Publie, appel.Etat);
        Assert.Equal(Maintenant, appel.PublieLe);
    }

    [Fact]
    public void Publier_ModeContinuSansDates_EstAccepte()
    {
        var appel = new AppelAProjets { Mode = ModeAppel.Continu };

        appel.Publier(Maintenant);

        Assert.Equal(EtatAppel.Publie, appel.Etat);
    }

    [Fact]
    public void Publier_DejaPublie_EstRefuse()
    {
        var appel = Publie();

        var ex = Assert.Throws<DomainException>(() => appel.Publier(Maintenant.AddDays(1)));

        Assert.Contains("brouillon", ex.Message);
        Assert.Equal(Maintenant, appel.PublieLe);
    }

    [Fact]
    public void Publier_Clos_EstRefuse()
    {
        var appel = Clos();

        Assert.Throws<DomainException>(() => appel.Publier(Maintenant));
        Assert.Equal(EtatAppel.Clos, appel.Etat);
    }

    [Theory]
    [InlineData(false, true)]
    [InlineData(true, false)]
    [InlineData(false, false)]
    public void Publier_FenetreSansDates_EstRefuse(bool avecOuverture, bool avecCloture)
    {
        var appel = new AppelAProjets
        {
            Mode = ModeAppel.Fenetre,
            Ouverture = avecOuverture ? Ouverture : null,
            Cloture = avecCloture ? Cloture : null,
        };

        var ex = Assert.Throws<DomainException>(() => appel.Publier(Maintenant));

        Assert.Contains("fenêtre fixe", ex.Message);
        Assert.Equal(EtatAppel.Brouillon, appel.Etat);
        Assert.Null(appel.PublieLe);
    }

    [Theory]
    [InlineData(ModeAppel.Fenetre)]
    [InlineData(ModeAppel.Continu)]
    public void Publier_ClotureAvantOuverture_EstRefuse(ModeAppel mode)
    {
        var appel = Brouillon(mode, ouverture: Cloture, cloture: Ouverture);

        var ex = Assert.Throws<DomainException>(() => appel.Publier(Maintenant));

        Assert.Contains("clôture", ex.Message);
        Assert.Equal(EtatAppel.Brouillon, appel.Etat);
    }

    [Fact]
    public void Publier_OuvertureEtClotureLeMemeJour_EstAccepte()
    {
        var appel = Brouillon(ouverture: Ouverture, cloture: Ouverture);

        appel.Publier(Maintenant);

        Assert.Equal(EtatAppel.Publie, appel.Etat);
    }

    [Fact]
    public void Clore_Publie_PasseAClosEtDate()
    {
        var appel = Publie();

        appel.Clore(Maintenant.AddDays(3));

        Assert.Equal(EtatAppel.Clos, appel.Etat);
        Assert.Equal(Maintenant.AddDays(3), appel.ClosLe);
    }

    [Fact]
    public void Clore_Brouillon_EstRefuse()
    {
        var appel = Brouillon();

        var ex = Assert.Throws<DomainException>(() => appel.Clore(Maintenant));

        Assert.Contains("publié", ex.Message);
        Assert.Equal(EtatAppel.Brouillon, appel.Etat);
        Assert.Null(appel.ClosLe);
    }

    [Fact]
    public void Clore_DejaClos_EstRefuse()
    {
        var appel = Clos();
        var closLe = appel.ClosLe;

        Assert.Throws<DomainException>(() => appel.Clore(Maintenant.AddDays(90)));
        Assert.Equal(closLe, appel.ClosLe);
    }

    [Theory]
    [InlineData("2027-01-31", false)]
    [InlineData("2027-02-01", true)]
    [InlineData("2027-03-15", true)]
    [InlineData("2027-04-07", true)]
    [InlineData("2027-04-08", false)]
    public void EstOuvert_Publie_DansLaFenetreSeulement(string jour, bool ouvert)
    {
        Assert.Equal(ouvert, Publie().EstOuvert(DateOnly.Parse(jour, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void EstOuvert_BrouillonOuClos_JamaisMemeDansLaFenetre()
    {
        var jour = new DateOnly(2027, 3, 1);

        Assert.False(Brouillon().EstOuvert(jour));
        Assert.False(Clos().EstOuvert(jour));
    }

    [Fact]
    public void EstOuvert_ContinuSansDates_ToujoursQuandPublie()
    {
        var appel = new AppelACandidatures { Mode = ModeAppel.Continu };
        appel.Publier(Maintenant);

        Assert.True(appel.EstOuvert(new DateOnly(2020, 1, 1)));
        Assert.True(appel.EstOuvert(new DateOnly(2040, 1, 1)));
    }
}
