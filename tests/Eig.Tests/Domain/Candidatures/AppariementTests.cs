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
    public void Suggerer_ComptePourChaqueTermeSesPoints_EtLeDitEnFrancais()
    {
        var v = new ProfilVivier(Guid.CreateVersion7(), "produit", ["santé"], Debut, NoteExperts: 14, NoteEntretien: 16, AnneesExperience: 12);

        var s = Assert.Single(Appariement.Suggerer(Poste(1, "santé"), [v]));

        // 50 profile + 21 experts (14 × 1.5) + 24 interview (16 × 1.5) + 10 experience (12 years, capped) + 20 on time + 10 skill.
        Assert.Equal(50 + 21 + 24 + 10 + 20 + 10, s.Score);
        Assert.Equal(
            "profil recherché (+50) ; examen du dossier 14/20 (+21) ; entretien 16/20 (+24) ; 12\u00a0ans d'expérience (+10) ; "
            + "disponible le 1 septembre 2027, avant le début souhaité (+20) ; 1\u00a0expertise du défi : santé (+10) — total 135 points.",
            s.Explication);
    }

    [Fact]
    public void Suggerer_SansEvaluationNiExperience_ZeroPointEtDitPourquoi()
    {
        var s = Assert.Single(Appariement.Suggerer(Poste(), [V("produit", Debut)]));

        Assert.Contains("examen du dossier pas encore noté (+0)", s.Explication);
        Assert.Contains("entretien pas encore noté (+0)", s.Explication);
        Assert.Contains("expérience non renseignée (+0)", s.Explication);
        Assert.Equal(70, s.Score);
    }

    [Fact]
    public void Suggerer_LEntretienPeseCommeLExamen_EtDepasseLesCompetences()
    {
        // A strong interview (18/20: +27) outranks two declared skills (+20); a good review with some experience (23 + 5) more.
        var entretien = new ProfilVivier(Guid.CreateVersion7(), "produit", [], Debut, NoteEntretien: 18);
        var competences = V("produit", Debut, "santé", "données");
        var moyenne = new ProfilVivier(Guid.CreateVersion7(), "produit", [], Debut, NoteExperts: 15.5, AnneesExperience: 5);

        var s = Appariement.Suggerer(Poste(1, "santé", "données"), [competences, moyenne, entretien]);

        Assert.Equal([moyenne.CandidatureId, entretien.CandidatureId, competences.CandidatureId], s.Select(x => x.CandidatureId));
        Assert.Contains("examen du dossier 15,5/20 (+23)", s[0].Explication);
        Assert.Contains("5\u00a0ans d'expérience (+5)", s[0].Explication);
        Assert.Contains("entretien 18/20 (+27)", s[1].Explication);
    }

    [Fact]
    public void SuggererTout_UnePersonneNEstSuggereeQuePourLePosteOuElleSeClasseLeMieux()
    {
        var sante = Poste(1, "santé");
        var donnees = Poste(1, "données");
        var lea = new ProfilVivier(Guid.CreateVersion7(), "produit", ["santé", "données"], Debut, AnneesExperience: 5);   // 85 at both posts
        var noe = V("produit", Debut, "santé");               // 80 for santé
        var ines = V("produit", Debut, "données", "design");  // 80 for données
        var zoe = V("produit", Debut.AddDays(7));            // 68 anywhere (a week late)
        IReadOnlyCollection<ProfilVivier> vivier = [lea, noe, ines, zoe];

        var s = Appariement.SuggererTout([sante, donnees], vivier);

        // Léa goes to the first post at equal score; then each post keeps three distinct people (no ties elsewhere:
        // ids made in the same millisecond are not ordered).
        Assert.Equal([lea.CandidatureId, noe.CandidatureId, zoe.CandidatureId], s[sante.PosteId].Select(x => x.CandidatureId));
        Assert.Equal([ines.CandidatureId], s[donnees.PosteId].Select(x => x.CandidatureId));
        Assert.Empty(s[sante.PosteId].Select(x => x.CandidatureId).Intersect(s[donnees.PosteId].Select(x => x.CandidatureId)));

        var toutes = Appariement.SuggererTout([sante, donnees], vivier, aussiDejaSuggerees: true);
        Assert.Equal([lea.CandidatureId, ines.CandidatureId, noe.CandidatureId], toutes[donnees.PosteId].Select(x => x.CandidatureId));
    }

    [Fact]
    public void SuggererTout_MieuxPlaceeAilleurs_VaAuPosteOuElleMarqueLePlus()
    {
        var sante = Poste(1, "santé");
        var donnees = Poste(1, "données");
        var lea = V("produit", Debut, "données");   // 70 for santé, 80 for données
        var s = Appariement.SuggererTout([sante, donnees], [lea]);

        Assert.Empty(s[sante.PosteId]);
        Assert.Equal(lea.CandidatureId, Assert.Single(s[donnees.PosteId]).CandidatureId);
    }

    [Fact]
    public void SuggererTout_ProposeeAUnAutrePoste_NEstPasSuggereeSaufSiLEquipeLeDemande()
    {
        var sante = Poste(1, "santé");
        var autre = Guid.CreateVersion7();
        var lea = V("produit", Debut, "santé");
        var noe = V("produit", Debut);
        var proposees = new Dictionary<Guid, HashSet<Guid>> { [lea.CandidatureId] = [autre] };

        var s = Appariement.SuggererTout([sante], [lea, noe], proposeesAilleurs: proposees);
        Assert.Equal([noe.CandidatureId], s[sante.PosteId].Select(x => x.CandidatureId));

        var aussi = Appariement.SuggererTout([sante], [lea, noe], proposeesAilleurs: proposees, aussiDejaSuggerees: true);
        Assert.Equal([lea.CandidatureId, noe.CandidatureId], aussi[sante.PosteId].Select(x => x.CandidatureId));
    }

    [Fact]
    public void MotsCles_DecoupeEtNormalise() =>
        Assert.Equal(["santé", "données"], Appariement.MotsCles(" Santé ; données,santé,, "));
}
