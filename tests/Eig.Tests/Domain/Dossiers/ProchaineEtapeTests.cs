using Eig.Web.AppelsAProjets;

namespace Eig.Tests.Domain.Dossiers;

/// <summary>The next step the porteur's home shows for a dossier called to a soutenance, with or without a slot.</summary>
public class ProchaineEtapeTests
{
    private static readonly DateTime Maintenant = new(2027, 2, 10, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Soutenance_Reservee_AVenir_ProposeDeLaPresenter()
    {
        var d = DossierProjetTests.EnEtat(EtatDossier.Soutenance);
        var etape = SuiviPorteur.ProchaineEtape(d, DossierProjetTests.Ouvert(), Maintenant.AddDays(3), false, Maintenant);
        Assert.StartsWith("Présenter le projet en soutenance le", etape.Texte);
        Assert.True(etape.AFaire);
    }

    [Fact]
    public void Soutenance_Annulee_AvecDesCreneauxLibres_ProposeDEnReserverUn()
    {
        var d = DossierProjetTests.EnEtat(EtatDossier.Soutenance);
        var etape = SuiviPorteur.ProchaineEtape(d, DossierProjetTests.Ouvert(), null, true, Maintenant);
        Assert.Equal(("Réserver un créneau de soutenance", $"/espace-porteur/dossiers/{d.Id}/soutenance", true), (etape.Texte, etape.Lien, etape.AFaire));
    }

    [Fact]
    public void Soutenance_Annulee_SansCreneauLibre_NAnnoncePasLaDeliberation()
    {
        var d = DossierProjetTests.EnEtat(EtatDossier.Soutenance);
        var etape = SuiviPorteur.ProchaineEtape(d, DossierProjetTests.Ouvert(), null, false, Maintenant);
        Assert.Equal("L'équipe va vous proposer un autre créneau de soutenance", etape.Texte);
        Assert.DoesNotContain("délibérer", etape.Texte);
        Assert.False(etape.AFaire);
    }
}
