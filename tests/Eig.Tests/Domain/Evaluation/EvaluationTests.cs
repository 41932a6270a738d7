using Eig.Web.Infrastructure;
using Eig.Web.Evaluations;
using Avis = Eig.Web.Evaluations.Evaluation;

namespace Eig.Tests.Domain.Evaluation;

public class EvaluationTests
{
    private static readonly DateTime Maintenant = new(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc);

    private static (Grille, Critere, Critere) GrilleDeux()
    {
        var g = new Grille { Nom = "AAP" };
        var a = g.AjouterCritere("Problème avéré");
        var b = g.AjouterCritere("Problème majeur");
        return (g, a, b);
    }

    private static Avis Nouvelle() =>
        Avis.Commencer(Affectation.Creer(ObjetsEvalues.DossierProjet, Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), null, Maintenant, 21), Maintenant);

    private static Dictionary<Guid, (int?, string?)> Notes(params (Critere c, int? n)[] notes) =>
        notes.ToDictionary(x => x.c.Id, x => (x.n, (string?)"ok"));

    [Fact]
    public void Commencer_AffectationEnConflit_EstRefuse()
    {
        var aff = Affectation.Creer(ObjetsEvalues.DossierProjet, Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), null, Maintenant, null);
        aff.DeclarerConflit("motif", false, Maintenant);

        Assert.Throws<DomainException>(() => Avis.Commencer(aff, Maintenant));
    }

    [Fact]
    public void Enregistrer_BrouillonPartiel_EstGarde()
    {
        var (g, a, _) = GrilleDeux();
        var e = Nouvelle();
        var version = e.Version;

        e.Enregistrer(g, Notes((a, 4)), "premier jet", null, Maintenant);

        Assert.Equal(EtatEvaluation.Brouillon, e.Etat);
        Assert.Equal(4, e.Notes.Single().Note);
        Assert.NotEqual(version, e.Version);
        Assert.Null(e.NoteGlobale(g));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void Enregistrer_NoteHorsEchelle_EstRefuse(int note)
    {
        var (g, a, _) = GrilleDeux();
        var e = Nouvelle();

        var ex = Assert.Throws<DomainException>(() => e.Enregistrer(g, Notes((a, note)), null, null, Maintenant));
        Assert.Contains("entre 1 et 5", ex.Message);
        Assert.Empty(e.Notes);
    }

    [Fact]
    public void Enregistrer_CritereDUneAutreGrille_EstRefuse()
    {
        var (g, _, _) = GrilleDeux();
        var autre = new Grille().AjouterCritere("Autre");

        Assert.Throws<DomainException>(() => Nouvelle().Enregistrer(g, Notes((autre, 3)), null, null, Maintenant));
    }

    [Fact]
    public void Enregistrer_CommentaireTropLong_EstRefuse()
    {
        var (g, a, _) = GrilleDeux();

        Assert.Throws<DomainException>(() => Nouvelle().Enregistrer(g, Notes((a, 3)), new string('x', 4001), null, Maintenant));
    }

    [Fact]
    public void Soumettre_Incomplete_EstRefuseEtDitCeQuiManque()
    {
        var (g, a, _) = GrilleDeux();
        var e = Nouvelle();
        e.Enregistrer(g, Notes((a, 4)), null, null, Maintenant);

        var ex = Assert.Throws<DomainException>(() => e.Soumettre(g, Maintenant));

        Assert.Contains("Problème majeur", ex.Message);
        Assert.Contains("recommandation", ex.Message);
        Assert.Equal(EtatEvaluation.Brouillon, e.Etat);
    }

    [Fact]
    public void Soumettre_Complete_VerrouilleLEvaluation()
    {
        var (g, a, b) = GrilleDeux();
        var e = Nouvelle();
        e.Enregistrer(g, Notes((a, 4), (b, 2)), "bien", Recommandation.Favorable, Maintenant);

        e.Soumettre(g, Maintenant.AddHours(1));

        Assert.True(e.EstSoumise);
        Assert.Equal(Maintenant.AddHours(1), e.SoumiseLe);
        Assert.Equal(3.0, e.NoteGlobale(g));
        Assert.Equal(3.0, e.NoteGlobaleSoumise);
        Assert.Throws<DomainException>(() => e.Enregistrer(g, Notes((a, 5)), null, null, Maintenant));
        Assert.Throws<DomainException>(() => e.Soumettre(g, Maintenant));
        Assert.Equal(4, e.Notes.Single(n => n.CritereId == a.Id).Note);
    }

    [Fact]
    public void AntiAncrage_EvaluateurVoitLesAutresSeulementApresSaSoumission()
    {
        var (g, a, b) = GrilleDeux();
        var aff = Affectation.Creer(ObjetsEvalues.DossierProjet, Guid.NewGuid(), g.Id, Guid.NewGuid(), null, Maintenant, null);
        var e = Avis.Commencer(aff, Maintenant);

        Assert.False(AntiAncrage.PeutVoirLesAutresEvaluations(aff, null, lecteurEstStaffOuJury: false));
        Assert.False(AntiAncrage.PeutVoirLesAutresEvaluations(aff, e, false));
        // Being staff changes nothing while one's own review is pending.
        Assert.False(AntiAncrage.PeutVoirLesAutresEvaluations(aff, e, true));

        e.Enregistrer(g, Notes((a, 3), (b, 3)), null, Recommandation.Reservee, Maintenant);
        e.Soumettre(g, Maintenant);

        Assert.True(AntiAncrage.PeutVoirLesAutresEvaluations(aff, e, false));
    }

    [Fact]
    public void AntiAncrage_ConflitDeclare_NeVoitJamais()
    {
        var aff = Affectation.Creer(ObjetsEvalues.DossierProjet, Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), null, Maintenant, null);
        aff.DeclarerConflit("motif", false, Maintenant);

        Assert.False(AntiAncrage.PeutVoirLesAutresEvaluations(aff, null, lecteurEstStaffOuJury: true));
    }

    [Fact]
    public void AntiAncrage_NonAffecte_SeulStaffOuJuryVoit()
    {
        Assert.True(AntiAncrage.PeutVoirLesAutresEvaluations(null, null, true));
        Assert.False(AntiAncrage.PeutVoirLesAutresEvaluations(null, null, false));
    }
}
