using Eig.Web.Evaluations;

namespace Eig.Tests.Domain.Evaluation;

public class ClassementTests
{
    private static NotesSoumises Avis(Grille g, Recommandation? r, params int[] notes) =>
        new(g.CriteresOrdonnes.Zip(notes).ToDictionary(x => x.First.Id, x => x.Second), r);

    [Fact]
    public void Statistiques_MoyenneMedianeEcartType()
    {
        var s = Statistiques.De([2, 4, 4, 4, 5, 5, 7, 9])!;

        Assert.Equal(8, s.Nombre);
        Assert.Equal(5.0, s.Moyenne);
        Assert.Equal(4.5, s.Mediane);
        Assert.Equal(2.0, s.EcartType, 10);
        Assert.Equal((2.0, 9.0), (s.Min, s.Max));
    }

    [Fact]
    public void Statistiques_NombreImpair_MedianeEstLaValeurCentrale()
    {
        var s = Statistiques.De([5, 1, 3])!;

        Assert.Equal(3.0, s.Mediane);
        Assert.Null(Statistiques.De([]));
    }

    [Fact]
    public void NoteGlobale_SansPoids_EstLaMoyenneSimple()
    {
        var g = new Grille();
        var a = g.AjouterCritere("A");
        var b = g.AjouterCritere("B");
        var c = g.AjouterCritere("C");

        Assert.Equal(3.0, Classement.NoteGlobale(g, new Dictionary<Guid, int> { [a.Id] = 1, [b.Id] = 3, [c.Id] = 5 }));
        Assert.Null(Classement.NoteGlobale(g, new Dictionary<Guid, int> { [a.Id] = 1 }));
    }

    [Fact]
    public void NoteGlobale_AvecPoids_EstPonderee()
    {
        var g = new Grille();
        var a = g.AjouterCritere("A", poids: 3);
        var b = g.AjouterCritere("B");   // no weight: counts once

        // (3×5 + 1×1) / 4 = 4
        Assert.Equal(4.0, Classement.NoteGlobale(g, new Dictionary<Guid, int> { [a.Id] = 5, [b.Id] = 1 }));
    }

    [Fact]
    public void Calculer_ParCritereEtGlobal()
    {
        var g = new Grille();
        g.AjouterCritere("A", poids: 2);
        g.AjouterCritere("B", poids: 1);

        var r = Classement.Calculer(g, [Avis(g, Recommandation.Favorable, 5, 2), Avis(g, Recommandation.Favorable, 3, 5), Avis(g, Recommandation.Reservee, 4, 2)]);

        Assert.Equal(3, r.NombreEvaluations);
        Assert.Equal(4.0, r.ParCritere[0].Statistiques!.Moyenne);
        Assert.Equal(4.0, r.ParCritere[0].Statistiques!.Mediane);
        Assert.Equal(3.0, r.ParCritere[1].Statistiques!.Moyenne);
        Assert.Equal(2.0, r.ParCritere[1].Statistiques!.Mediane);
        // Overall per review: (10+2)/3 = 4, (6+5)/3 = 11/3, (8+2)/3 = 10/3 → mean 11/3
        Assert.Equal(11.0 / 3, r.Globale!.Moyenne, 10);
        Assert.Equal(11.0 / 3, r.Globale.Mediane, 10);
        Assert.Equal(2, r.Recommandations[Recommandation.Favorable]);
        Assert.False(r.ADiscuter);
    }

    [Fact]
    public void Calculer_EcartAuDessusDuSeuil_EstADiscuter()
    {
        var g = new Grille();
        g.AjouterCritere("A");

        var r = Classement.Calculer(g, [Avis(g, Recommandation.Reservee, 1), Avis(g, Recommandation.Reservee, 5)]);

        Assert.Equal(2.0, r.Globale!.EcartType);
        Assert.True(r.ADiscuter);
    }

    [Fact]
    public void Calculer_RecommandationsOpposees_EstADiscuter()
    {
        var g = new Grille();
        g.AjouterCritere("A");

        var r = Classement.Calculer(g, [Avis(g, Recommandation.Favorable, 3), Avis(g, Recommandation.Defavorable, 3)]);

        Assert.Equal(0.0, r.Globale!.EcartType);
        Assert.True(r.ADiscuter);
    }

    [Fact]
    public void Calculer_UneSeuleEvaluation_NEstPasADiscuter()
    {
        var g = new Grille();
        g.AjouterCritere("A");

        var r = Classement.Calculer(g, [Avis(g, null, 5)]);

        Assert.False(r.ADiscuter);
        Assert.Equal(1, r.Globale!.Nombre);
    }
}

