using Eig.Web.Infrastructure;
using Eig.Web.Candidatures;
using static Eig.Tests.Domain.Candidatures.CandidatureTests;

namespace Eig.Tests.Domain.Candidatures;

public class RecrutementTests
{
    private static readonly Guid Staff = Guid.CreateVersion7();
    private static PosteOuvert Poste(int nombre = 1) => new() { DefiId = Guid.CreateVersion7(), ProfilCode = "produit", Nombre = nombre };

    [Fact]
    public void Proposer_QuatriemePersonnePourUnPoste_EstRefuse()
    {
        var poste = Poste();
        var existantes = Enumerable.Range(0, 3).Select(_ => Proposition.Proposer(poste, AuVivier(), [], "", Staff, Maintenant)).ToList();

        var ex = Assert.Throws<DomainException>(() => Proposition.Proposer(poste, AuVivier(), existantes, "", Staff, Maintenant));
        Assert.Contains("Trois personnes", ex.Message);
    }

    [Fact]
    public void Proposer_DeuxPostesDuMemeProfil_SixPersonnes()
    {
        var poste = Poste(nombre: 2);
        var existantes = Enumerable.Range(0, 5).Select(_ => Proposition.Proposer(poste, AuVivier(), [], "", Staff, Maintenant)).ToList();

        var sixieme = Proposition.Proposer(poste, AuVivier(), existantes, "", Staff, Maintenant);

        Assert.Equal(poste.Id, sixieme.PosteId);
    }

    [Fact]
    public void Proposer_HorsVivier_EstRefuse() =>
        Assert.Throws<DomainException>(() => Proposition.Proposer(Poste(), EnPremierEntretien(), [], "", Staff, Maintenant));

    [Fact]
    public void Proposer_DeuxFoisLaMemePersonne_EstRefuse()
    {
        var poste = Poste();
        var c = AuVivier();
        var p = Proposition.Proposer(poste, c, [], "", Staff, Maintenant);

        Assert.Throws<DomainException>(() => Proposition.Proposer(poste, c, [p], "", Staff, Maintenant));
    }

    [Fact]
    public void Decider_DeuxFois_EstRefuse()
    {
        var p = Proposition.Proposer(Poste(), AuVivier(), [], "", Staff, Maintenant);
        p.Decider(true, "Très bon échange", Staff, Maintenant);

        Assert.Throws<DomainException>(() => p.Decider(false, "Finalement non", Staff, Maintenant));
    }

    [Fact]
    public void Decider_SansRetour_EstRefuse()
    {
        var p = Proposition.Proposer(Poste(), AuVivier(), [], "", Staff, Maintenant);

        Assert.Throws<DomainException>(() => p.Decider(true, "", Staff, Maintenant));
    }

    private static (Candidature, Proposition) Choisie()
    {
        var c = AuVivier();
        var p = Proposition.Proposer(Poste(), c, [], "", Staff, Maintenant);
        p.Decider(true, "Oui", Staff, Maintenant);
        return (c, p);
    }

    [Fact]
    public void Offre_CalculeLaRemunerationDepuisLaGrille()
    {
        var (c, p) = Choisie();
        c.AnneesExperience = 10;

        var o = Offre.Proposer(c, p, GrilleRemuneration.Promotion7, 12, new DateOnly(2027, 1, 4), false, Staff, Maintenant);

        Assert.Equal(4250, o.SalaireNetMensuel);
        Assert.Equal(6, o.PartVariablePourcent);
        Assert.Contains("jusqu'à 10 ans", o.RegleAppliquee);
        Assert.Equal(p.DefiId, o.DefiId);
    }

    [Fact]
    public void Offre_MoinsDUnAn_EstRefusee()
    {
        var (c, p) = Choisie();

        var ex = Assert.Throws<DomainException>(() => Offre.Proposer(c, p, GrilleRemuneration.Promotion7, 11, new DateOnly(2027, 1, 4), false, Staff, Maintenant));
        Assert.Contains("au moins un an", ex.Message);
    }

    [Fact]
    public void Offre_AlorsQuUneAutreEstEnAttente_EstRefusee()
    {
        var (c, p) = Choisie();

        Assert.Throws<DomainException>(() => Offre.Proposer(c, p, GrilleRemuneration.Promotion7, 12, new DateOnly(2027, 1, 4), true, Staff, Maintenant));
    }

    [Fact]
    public void Offre_SansChoixDeLAdministration_EstRefusee()
    {
        var c = AuVivier();
        var p = Proposition.Proposer(Poste(), c, [], "", Staff, Maintenant);

        Assert.Throws<DomainException>(() => Offre.Proposer(c, p, GrilleRemuneration.Promotion7, 12, new DateOnly(2027, 1, 4), false, Staff, Maintenant));
    }

    [Fact]
    public void Accepter_RecruteLaPersonne_EtUneSecondeReponseEstRefusee()
    {
        var (c, p) = Choisie();
        var o = Offre.Proposer(c, p, GrilleRemuneration.Promotion7, 12, new DateOnly(2027, 1, 4), false, Staff, Maintenant);

        o.Accepter(c, Maintenant.AddDays(1));

        Assert.Equal(EtatOffre.Acceptee, o.Etat);
        Assert.Equal(EtatCandidature.Recrutee, c.Etat);
        Assert.Throws<DomainException>(() => o.Decliner(Maintenant.AddDays(2)));
    }

    [Fact]
    public void Decliner_LaissePersonneAuVivier()
    {
        var (c, p) = Choisie();
        var o = Offre.Proposer(c, p, GrilleRemuneration.Promotion7, 12, new DateOnly(2027, 1, 4), false, Staff, Maintenant);

        o.Decliner(Maintenant);

        Assert.Equal(EtatOffre.Declinee, o.Etat);
        Assert.Equal(EtatCandidature.Vivier, c.Etat);
    }

    [Fact]
    public void Creneau_ReserveParUnAutre_EstRefuse()
    {
        var sprint = new SprintRecrutement { DepotDebut = new(2026, 11, 1), DepotFin = new(2026, 11, 30), EntretiensDebut = new(2026, 12, 1), EntretiensFin = new(2026, 12, 20) };
        var a = EnPremierEntretien();
        var creneau = Creneau.PremierEntretien(sprint, a.ProfilId!.Value, new DateTime(2026, 12, 2, 9, 0, 0, DateTimeKind.Utc), "Visio", Maintenant);
        typeof(Candidature).GetProperty(nameof(Candidature.SprintId))!.SetValue(a, sprint.Id);
        creneau.Reserver(a, false, Maintenant);

        Assert.Throws<DomainException>(() => creneau.Reserver(a, false, Maintenant));
        Assert.Equal(a.Id, creneau.CandidatureId);
        Assert.Equal(creneau.Debut.AddHours(1), creneau.Fin);
    }

    [Fact]
    public void Creneau_HorsFenetreDEntretiens_EstRefuse()
    {
        var sprint = new SprintRecrutement { EntretiensDebut = new(2026, 12, 1), EntretiensFin = new(2026, 12, 20) };

        Assert.Throws<DomainException>(() => Creneau.PremierEntretien(sprint, Guid.CreateVersion7(), new DateTime(2027, 1, 5, 9, 0, 0, DateTimeKind.Utc), "Visio", Maintenant));
    }

    [Fact]
    public void Creneau_CandidatureAuMauvaisStade_EstRefuse()
    {
        var sprint = new SprintRecrutement { EntretiensDebut = new(2026, 12, 1), EntretiensFin = new(2026, 12, 20) };
        var c = Deposee();
        var creneau = Creneau.PremierEntretien(sprint, c.ProfilId!.Value, new DateTime(2026, 12, 2, 9, 0, 0, DateTimeKind.Utc), "Visio", Maintenant);

        Assert.Throws<DomainException>(() => creneau.Reserver(c, false, Maintenant));
    }
}
