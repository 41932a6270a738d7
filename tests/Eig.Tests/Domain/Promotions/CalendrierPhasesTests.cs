using Eig.Web.Infrastructure;
using Eig.Web.Promotions;

namespace Eig.Tests.Domain.Promotions;

public class CalendrierPhasesTests
{
    private sealed class Horloge(DateTime utc) : IClock { public DateTime UtcNow => utc; }

    [Fact]
    public void Nouvelle_HasTheThreePhasesOfTheProgramme_AcrossTwoYears()
    {
        var p = Promotion.Nouvelle(9, 2027, "DIG");

        var phases = p.PhasesOrdonnees.ToList();
        Assert.Equal(["Concevoir", "Consolider", "Amplifier"], phases.Select(x => x.Nom));
        Assert.Equal([5, 3, 2], phases.Select(x => x.DureeMois));
        Assert.Equal(new DateOnly(2027, 9, 15), phases[0].Debut);
        Assert.Equal(new DateOnly(2028, 2, 29), phases[0].Fin); // 2028 is a leap year
        Assert.Equal((new DateOnly(2028, 3, 1), new DateOnly(2028, 5, 31)), (phases[1].Debut, phases[1].Fin));
        Assert.Equal((new DateOnly(2028, 6, 1), new DateOnly(2028, 7, 31)), (phases[2].Debut, phases[2].Fin));
        Assert.Equal("septembre – février", phases[0].Mois);
        Assert.Equal("Promotion 9 - DIG", p.Titre);
    }

    [Theory]
    [InlineData("2027-09-14", null)]
    [InlineData("2027-09-15", "Concevoir")]
    [InlineData("2027-12-31", "Concevoir")]
    [InlineData("2028-01-01", "Concevoir")]
    [InlineData("2028-02-29", "Concevoir")]
    [InlineData("2028-03-01", "Consolider")]
    [InlineData("2028-05-31", "Consolider")]
    [InlineData("2028-06-01", "Amplifier")]
    [InlineData("2028-07-31", "Amplifier")]
    [InlineData("2028-08-01", null)]
    public void PhaseEnCours_IncludesFirstAndLastDays(string jour, string? attendue)
    {
        var p = Promotion.Nouvelle(9, 2027, "");
        Assert.Equal(attendue, p.PhaseEnCours(DateOnly.Parse(jour))?.Nom);
    }

    [Fact]
    public void Etat_BeforeDuringAfter()
    {
        var p = Promotion.Nouvelle(9, 2027, "");
        Assert.Equal(EtatPromotion.AVenir, p.Etat(new DateOnly(2027, 9, 14)));
        Assert.Equal(EtatPromotion.EnCours, p.Etat(new DateOnly(2027, 9, 15)));
        Assert.Equal(EtatPromotion.EnCours, p.Etat(new DateOnly(2028, 7, 31)));
        Assert.Equal(EtatPromotion.Terminee, p.Etat(new DateOnly(2028, 8, 1)));
    }

    [Fact]
    public void Today_IsTheParisDate_SoAPhaseStartsAtMidnightInParis()
    {
        var p = Promotion.Nouvelle(9, 2027, "");
        // 29 February 2028, 23:30 UTC is already 1 March, 00:30 in Paris (UTC+1 in winter).
        var jour = CalendrierPublic.Aujourdhui(new Horloge(new DateTime(2028, 2, 29, 23, 30, 0, DateTimeKind.Utc)));
        Assert.Equal(new DateOnly(2028, 3, 1), jour);
        Assert.Equal("Consolider", p.PhaseEnCours(jour)?.Nom);
        // 31 May 2028, 22:30 UTC is 1 June, 00:30 in Paris (UTC+2 in summer).
        Assert.Equal("Amplifier", p.PhaseEnCours(CalendrierPublic.Aujourdhui(new Horloge(new DateTime(2028, 5, 31, 22, 30, 0, DateTimeKind.Utc))))?.Nom);
        Assert.Equal("Consolider", p.PhaseEnCours(CalendrierPublic.Aujourdhui(new Horloge(new DateTime(2028, 5, 31, 21, 30, 0, DateTimeKind.Utc))))?.Nom);
    }

    [Fact]
    public void DefinirPhases_RefusesOverlapsAndPhasesOutsideThePromotion()
    {
        var p = Promotion.Nouvelle(9, 2027, "");
        var chevauchement = Assert.Throws<DomainException>(() => p.DefinirPhases([
            new("Concevoir", new(2027, 9, 15), new(2028, 3, 10), null, null),
            new("Consolider", new(2028, 3, 1), new(2028, 5, 31), null, null)]));
        Assert.Contains("commence avant la fin de la phase « Concevoir »", chevauchement.Message);
        var dehors = Assert.Throws<DomainException>(() => p.DefinirPhases([new("Amplifier", new(2028, 6, 1), new(2028, 8, 31), null, null)]));
        Assert.Contains("entre le début et la fin de la promotion", dehors.Message);
        Assert.Throws<DomainException>(() => p.DefinirPhases([]));
        Assert.Equal(3, p.Phases.Count);
    }

    [Fact]
    public void DefinirPhases_KeepsTheRowsOfPhasesThatStay_AndRemovesTheOthers()
    {
        var p = Promotion.Nouvelle(9, 2027, "");
        var premiere = p.PhasesOrdonnees.First().Id;
        p.DefinirPhases([
            new("Explorer", new(2027, 9, 15), new(2028, 1, 31), "Découvrir le terrain", "Un problème qualifié"),
            new("Construire", new(2028, 2, 1), new(2028, 7, 31), null, null)]);
        Assert.Equal(2, p.Phases.Count);
        Assert.Equal(premiere, p.PhasesOrdonnees.First().Id);
        Assert.Equal("Un problème qualifié", p.PhasesOrdonnees.First().Attendus);
        Assert.Null(p.PhaseEnCours(new DateOnly(2028, 8, 1)));
        // Between two phases (a gap), no phase runs although the promotion does.
        p.DefinirPhases([new("A", new(2027, 9, 15), new(2027, 12, 31), null, null), new("B", new(2028, 2, 1), new(2028, 7, 31), null, null)]);
        Assert.Null(p.PhaseEnCours(new DateOnly(2028, 1, 15)));
        Assert.Equal(EtatPromotion.EnCours, p.Etat(new DateOnly(2028, 1, 15)));
    }

    [Fact]
    public void Publier_NeedsPhases_AndOnlyOnce()
    {
        var vide = new Promotion { Numero = 3, Annee = 2018, Debut = new(2018, 9, 1), Fin = new(2019, 7, 31) };
        Assert.Throws<DomainException>(() => vide.Publier(DateTime.UtcNow));
        var p = Promotion.Nouvelle(9, 2027, "");
        p.Publier(DateTime.UtcNow);
        Assert.True(p.Publiee);
        Assert.Throws<DomainException>(() => p.Publier(DateTime.UtcNow));
    }
}
