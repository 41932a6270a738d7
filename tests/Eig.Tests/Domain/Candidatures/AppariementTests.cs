using Eig.Web.Candidatures;

namespace Eig.Tests.Domain.Candidatures;

public class AppariementTests
{
    private static readonly DateOnly Debut = new(2027, 9, 1);
    private static BesoinPoste Poste(int nombre = 1, params string[] expertises) =>
        new(Guid.CreateVersion7(), Guid.CreateVersion7(), "produit", nombre, expertises, Debut);
    private static ProfilVivier V(string profil, DateOnly? dispo, params string[] competences) =>
        new(Guid.CreateVersion7(), profil, competences, dispo);

    [Fact]
    public void Suggerer_NeProposeQueLeProfilDuPoste()
    {
        var technique = V("technique", Debut, "santé");
        var produit = V("produit", Debut);

        var s = Appariement.Suggerer(Poste(1, "santé"), [technique, produit]);

        Assert.Equal(produit.CandidatureId, Assert.Single(s).CandidatureId);
    }

    [Fact]
    public void Suggerer_ClasseParExpertisesPuisDisponibilite_EtExplique()
    {
        var sansExpertise = V("produit", Debut);
        var deuxExpertises = V("produit", Debut, "Santé", "données", "design");
        var uneExpertiseEnRetard = V("produit", Debut.AddDays(21), "santé");

        var s = Appariement.Suggerer(Poste(1, "santé", "données"), [sansExpertise, deuxExpertises, uneExpertiseEnRetard]);

        // 3 weeks late with one expertise (50 + 14 + 10) still beats on time with none (50 + 20 + 0).
        Assert.Equal([deuxExpertises.CandidatureId, uneExpertiseEnRetard.CandidatureId, sansExpertise.CandidatureId], s.Select(x => x.CandidatureId));
        Assert.Equal(50 + 20 + 20, s[0].Score);
        Assert.Contains("2\u00a0expertises du défi : données, santé (+20)", s[0].Explication);
        Assert.Equal(50 + 14 + 10, s[1].Score);
        Assert.Contains("3\u00a0semaines après le début souhaité (+14)", s[1].Explication);
        Assert.Equal(70, s[2].Score);
    }

    [Fact]
    public void Suggerer_TroisParPosteOuvert()
    {
        var vivier = Enumerable.Range(0, 10).Select(_ => V("produit", Debut)).ToList();

        Assert.Equal(3, Appariement.Suggerer(Poste(1), vivier).Count);
        Assert.Equal(6, Appariement.Suggerer(Poste(2), vivier).Count);
    }

    [Fact]
    public void Suggerer_ExclutLesDejaProposes()
    {
        var a = V("produit", Debut);
        var b = V("produit", Debut);

        var s = Appariement.Suggerer(Poste(), [a, b], new HashSet<Guid> { a.CandidatureId });

        Assert.Equal(b.CandidatureId, Assert.Single(s).CandidatureId);
    }

    [Fact]
    public void Suggerer_EgaliteParfaite_OrdreStableParAnciennete()
    {
        var premier = new ProfilVivier(Guid.Parse("01000000-0000-7000-8000-000000000001"), "produit", [], Debut);
        var second = new ProfilVivier(Guid.Parse("01000000-0000-7000-8000-000000000002"), "produit", [], Debut);

        var s = Appariement.Suggerer(Poste(), [second, premier]);

        Assert.Equal(premier.CandidatureId, s[0].CandidatureId);
    }

    [Fact]
    public void MotsCles_DecoupeEtNormalise() =>
        Assert.Equal(["santé", "données"], Appariement.MotsCles(" Santé ; données,santé,, "));
}
