using Eig.Web.Infrastructure;
using Eig.Web.Candidatures;

namespace Eig.Tests.Domain.Candidatures;

public class CandidatureTests
{
    internal static readonly DateTime Maintenant = new(2026, 11, 23, 10, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Staff = Guid.CreateVersion7();

    internal static Candidature Complete()
    {
        var c = Candidature.Creer(Guid.CreateVersion7(), Guid.CreateVersion7(), "lea@exemple.fr", Maintenant);
        c.Prenom = "Léa"; c.Nom = "Martin"; c.ProfilId = Guid.CreateVersion7(); c.AnneesExperience = 12;
        c.ExperienceEntrepreneuriale = "Cofondatrice d'une start-up"; c.Motivation = "Servir l'intérêt général";
        c.Disponibilite = new DateOnly(2027, 9, 1);
        c.Enregistrer(consentement: true, Maintenant);
        return c;
    }

    internal static Candidature Deposee() { var c = Complete(); c.Deposer(true, true, null, Maintenant); return c; }
    internal static Candidature EnPremierEntretien() { var c = Deposee(); c.InviterPremierEntretien(Staff, Maintenant); return c; }
    internal static Candidature AuVivier() { var c = EnPremierEntretien(); c.IntegrerVivier(Staff, Maintenant); return c; }

    [Fact]
    public void Creer_EstUnBrouillon()
    {
        var c = Candidature.Creer(Guid.CreateVersion7(), Guid.CreateVersion7(), "a@b.fr", Maintenant);

        Assert.Equal(EtatCandidature.Brouillon, c.Etat);
        Assert.Empty(c.Historique);
    }

    [Fact]
    public void Manques_BrouillonVide_ListeChaqueChamp()
    {
        var c = Candidature.Creer(Guid.CreateVersion7(), Guid.CreateVersion7(), "", Maintenant);

        var champs = c.Manques(aUnCv: false).Select(m => m.Champ).ToList();

        Assert.Equal(["Prenom", "Nom", "Email", "ProfilId", "AnneesExperience", "ExperienceEntrepreneuriale", "Motivation", "Disponibilite", "Cv", "Consentement"], champs);
    }

    [Fact]
    public void Deposer_Complete_PasseADeposeeDateeEtHistorisee()
    {
        var c = Complete();
        var sprint = Guid.CreateVersion7();

        c.Deposer(true, true, sprint, Maintenant.AddMinutes(5));

        Assert.Equal(EtatCandidature.Deposee, c.Etat);
        Assert.Equal(Maintenant.AddMinutes(5), c.DeposeeLe);
        Assert.Equal(sprint, c.SprintId);
        Assert.Equal(EtatCandidature.Deposee, Assert.Single(c.Historique).Etat);
    }

    [Fact]
    public void Deposer_DeuxFois_EstRefuse()
    {
        var c = Deposee();

        var ex = Assert.Throws<DomainException>(() => c.Deposer(true, true, null, Maintenant));
        Assert.Contains("déjà déposée", ex.Message);
        Assert.Single(c.Historique);
    }

    [Fact]
    public void Deposer_SansCv_EstRefuse() =>
        Assert.Throws<DomainException>(() => Complete().Deposer(false, true, null, Maintenant));

    [Fact]
    public void Deposer_SansConsentement_EstRefuse()
    {
        var c = Complete();
        c.Enregistrer(consentement: false, Maintenant);

        Assert.Throws<DomainException>(() => c.Deposer(true, true, null, Maintenant));
    }

    [Fact]
    public void Deposer_AppelFerme_EstRefuse() =>
        Assert.Throws<DomainException>(() => Complete().Deposer(true, false, null, Maintenant));

    [Fact]
    public void Enregistrer_ApresDepot_EstRefuse() =>
        Assert.Throws<DomainException>(() => Deposee().Enregistrer(true, Maintenant));

    [Fact]
    public void Parcours_DossierEntretienVivierRecrutement_ChaqueEtapeDateeEtAttribuee()
    {
        var c = Deposee();
        c.InviterPremierEntretien(Staff, Maintenant.AddDays(1));
        c.IntegrerVivier(Staff, Maintenant.AddDays(2));
        c.Recruter(Maintenant.AddDays(3));

        Assert.Equal(EtatCandidature.Recrutee, c.Etat);
        Assert.Equal([EtatCandidature.Deposee, EtatCandidature.PremierEntretien, EtatCandidature.Vivier, EtatCandidature.Recrutee],
            c.Historique.Select(h => h.Etat));
        Assert.Equal(Staff, c.Historique[1].ParId);
        Assert.Equal(Maintenant.AddDays(2), c.Historique[2].At);
    }

    [Fact]
    public void IntegrerVivier_SansPremierEntretien_EstRefuse() =>
        Assert.Throws<DomainException>(() => Deposee().IntegrerVivier(Staff, Maintenant));

    [Fact]
    public void InviterPremierEntretien_Brouillon_EstRefuse() =>
        Assert.Throws<DomainException>(() => Complete().InviterPremierEntretien(Staff, Maintenant));

    [Fact]
    public void Recruter_HorsVivier_EstRefuse() =>
        Assert.Throws<DomainException>(() => EnPremierEntretien().Recruter(Maintenant));

    [Fact]
    public void NePasRetenir_SansMotif_EstRefuse() =>
        Assert.Throws<DomainException>(() => Deposee().NePasRetenir(Staff, "  ", Maintenant));

    [Fact]
    public void NePasRetenir_ApresEntretien_RetientEtapeEtMotif()
    {
        var c = EnPremierEntretien();

        c.NePasRetenir(Staff, "Expérience entrepreneuriale trop courte", Maintenant);

        Assert.Equal(EtatCandidature.NonRetenue, c.Etat);
        Assert.Equal(2, c.EtapeArret);
        Assert.Equal("Expérience entrepreneuriale trop courte", c.MotifDecision);
    }

    [Fact]
    public void NePasRetenir_AuVivier_EstRefuse() =>
        Assert.Throws<DomainException>(() => AuVivier().NePasRetenir(Staff, "motif", Maintenant));

    [Fact]
    public void Retirer_Deposee_PasseARetiree()
    {
        var c = Deposee();

        c.Retirer(Maintenant);

        Assert.Equal(EtatCandidature.Retiree, c.Etat);
        Assert.Equal(1, c.EtapeArret);
    }

    [Fact]
    public void Retirer_NonRetenue_EstRefuse()
    {
        var c = Deposee();
        c.NePasRetenir(Staff, "motif", Maintenant);

        Assert.Throws<DomainException>(() => c.Retirer(Maintenant));
    }

    [Fact]
    public void Retirer_Brouillon_EstRefuse() =>
        Assert.Throws<DomainException>(() => Complete().Retirer(Maintenant));

    [Fact]
    public void ChaqueTransition_RenouvelleLaVersion()
    {
        var c = Deposee();
        var avant = c.Version;

        c.InviterPremierEntretien(Staff, Maintenant);

        Assert.NotEqual(avant, c.Version);
    }

    [Fact]
    public void Anonymiser_NonRetenue_GardeLaDecisionEfface_LeReste()
    {
        var c = Deposee();
        c.NePasRetenir(Staff, "Profil éloigné", Maintenant);

        c.Anonymiser(Maintenant);

        Assert.Null(c.CandidatId);
        Assert.Equal("", c.Email);
        Assert.Equal("", c.Motivation);
        Assert.Equal("Martin", c.Nom);
        Assert.Equal("Profil éloigné", c.MotifDecision);
    }

    [Fact]
    public void Chronologie_AuPremierEntretien_EtapeUnFranchieDeuxEnCours()
    {
        var c = EnPremierEntretien();

        var etapes = Chronologie.Construire(c, [], []);

        Assert.Equal(5, etapes.Count);
        Assert.Equal(StatutEtape.Franchie, etapes[0].Statut);
        Assert.Equal(StatutEtape.EnCours, etapes[1].Statut);
        Assert.All(etapes.Skip(2), e => Assert.Equal(StatutEtape.AVenir, e.Statut));
    }

    [Fact]
    public void Chronologie_NonRetenueAuDossier_EtapeUnArreteeAvecMotif()
    {
        var c = Deposee();
        c.NePasRetenir(Staff, "Hors critères", Maintenant);

        var etapes = Chronologie.Construire(c, [], []);

        Assert.Equal(StatutEtape.Arretee, etapes[0].Statut);
        Assert.Contains("Hors critères", etapes[0].Detail);
        Assert.Equal(Maintenant, etapes[0].Date);
        Assert.All(etapes.Skip(1), e => Assert.Equal(StatutEtape.AVenir, e.Statut));
    }
}
