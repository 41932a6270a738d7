using Eig.Web.Candidatures;
using Eig.Web.Evenements;
using Eig.Web.Infrastructure;

namespace Eig.Tests.Domain.Evenements;

/// <summary>The one way slots are published: a day and a range of Paris time cut into slots, with the same messages
/// for soutenances, interviews and calls, and no slot over one already published.</summary>
public class PublicationCreneauxTests
{
    private static readonly DateTime Maintenant = new(2027, 1, 4, 8, 0, 0, DateTimeKind.Utc);
    private static readonly RegleCreneaux Libre = new(DureeMin: 10, DureeMax: 240, NombreMax: 24, LongueurLieu: 300);

    private static SaisieCreneaux Saisie(string jour, string de, string a, int? duree = 45, string? lieu = "Visioconférence") => new()
    {
        Jour = DateOnly.Parse(jour), Debut = TimeOnly.Parse(de), Fin = TimeOnly.Parse(a), Duree = duree, Lieu = lieu,
    };

    private static (List<CreneauPrevu> Creneaux, List<ErreurSaisie> Erreurs) Preparer(SaisieCreneaux s, RegleCreneaux? regle = null,
        params (DateTime, DateTime)[] publies)
    {
        var erreurs = new List<ErreurSaisie>();
        return (PublicationCreneaux.Preparer(s, regle ?? Libre, Maintenant, publies, erreurs), erreurs);
    }

    [Fact]
    public void Range_IsCutIntoSlotsThatFollowEachOther_InParisTime()
    {
        var (creneaux, erreurs) = Preparer(Saisie("2027-03-12", "09:00", "11:00"));

        Assert.Empty(erreurs);
        // 9h00–9h45, 9h45–10h30; 10h30–11h15 would end after 11h00. Paris is UTC+1 in March before the 28th.
        Assert.Equal([new CreneauPrevu(new(2027, 3, 12, 8, 0, 0, DateTimeKind.Utc), new(2027, 3, 12, 8, 45, 0, DateTimeKind.Utc)),
            new CreneauPrevu(new(2027, 3, 12, 8, 45, 0, DateTimeKind.Utc), new(2027, 3, 12, 9, 30, 0, DateTimeKind.Utc))], creneaux);
        Assert.All(creneaux, c => Assert.Equal(45, c.DureeMinutes));
    }

    [Fact]
    public void FixedLength_IgnoresThePostedLength()
    {
        var (creneaux, erreurs) = Preparer(Saisie("2027-03-12", "14:00", "16:00", duree: 5), Creneau.Publication);

        Assert.Empty(erreurs);
        Assert.Equal(2, creneaux.Count);
        Assert.All(creneaux, c => Assert.Equal(60, c.DureeMinutes));
    }

    [Fact]
    public void OverlapWithAPublishedSlot_IsRefusedNextToTheStart()
    {
        var publie = (new DateTime(2027, 3, 12, 9, 0, 0, DateTimeKind.Utc), new DateTime(2027, 3, 12, 9, 45, 0, DateTimeKind.Utc));

        var (creneaux, erreurs) = Preparer(Saisie("2027-03-12", "09:00", "11:00"), null, publie);

        Assert.Empty(creneaux);
        var e = Assert.Single(erreurs);
        Assert.Equal("Debut", e.Champ);
        Assert.Equal("Le créneau de 09h45 chevauche celui du vendredi 12 mars 2027, de 10h00 à 10h45 (heure de Paris), déjà publié.", e.Message);
    }

    [Fact]
    public void SlotsTouchingAPublishedOne_AreAccepted()
    {
        var publie = (new DateTime(2027, 3, 12, 7, 15, 0, DateTimeKind.Utc), new DateTime(2027, 3, 12, 8, 0, 0, DateTimeKind.Utc));

        var (creneaux, erreurs) = Preparer(Saisie("2027-03-12", "09:00", "09:45"), null, publie);

        Assert.Empty(erreurs);
        Assert.Single(creneaux);
    }

    [Theory]
    [InlineData("2027-03-12", "10:00", "10:00", 45, "Fin", "La fin doit venir après le début.")]
    [InlineData("2027-03-12", "10:00", "10:30", 45, "Fin", "Un créneau de 45\u00a0minutes ne tient pas entre 10h00 et 10h30.")]
    [InlineData("2027-03-12", "10:00", "11:00", 5, "Duree", "Indiquez une durée entre 10 et 240 minutes.")]
    [InlineData("2027-03-12", "08:00", "20:30", 30, "Fin", "Publiez au plus 24\u00a0créneaux à la fois : cette plage en contient 25.")]
    [InlineData("2027-01-04", "08:00", "09:00", 30, "Debut", "Le premier créneau doit être dans le futur.")]
    [InlineData("2027-03-28", "02:30", "03:15", 45, "Debut", "Cette heure n'existe pas à Paris (les horloges passent de 2h à 3h ce jour-là) : choisissez une autre heure.")]
    public void BadSeries_AreRefusedWithTheSameMessages(string jour, string de, string a, int duree, string champ, string message)
    {
        var (creneaux, erreurs) = Preparer(Saisie(jour, de, a, duree));

        Assert.Empty(creneaux);
        Assert.Equal([new ErreurSaisie(champ, message)], erreurs);
    }

    [Fact]
    public void MissingFields_AreEachNamed()
    {
        var (_, erreurs) = Preparer(new SaisieCreneaux());

        Assert.Equal(["Jour", "Debut", "Fin", "Duree", "Lieu"], erreurs.Select(e => e.Champ));
        Assert.Contains(new ErreurSaisie("Lieu", "Indiquez le lieu ou le lien de visioconférence."), erreurs);
    }

    [Fact]
    public void CallSlots_HaveNoPlace()
    {
        var (creneaux, erreurs) = Preparer(Saisie("2027-03-12", "09:00", "10:00", duree: null, lieu: null), CreneauAppel.Publication);

        Assert.Empty(erreurs);
        Assert.Equal(3, creneaux.Count);
    }
}
