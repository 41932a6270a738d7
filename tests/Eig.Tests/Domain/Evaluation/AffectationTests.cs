using Eig.Web.Infrastructure;
using Eig.Web.Evaluations;

namespace Eig.Tests.Domain.Evaluation;

public class AffectationTests
{
    private static readonly DateTime Maintenant = new(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc);

    private static Affectation Nouvelle(int? delai = 21) =>
        Affectation.Creer(ObjetsEvalues.DossierProjet, Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), null, Maintenant, delai);

    [Fact]
    public void Creer_AvecDelai_FixeLaDateLimite()
    {
        var a = Nouvelle(21);

        Assert.Equal(Maintenant.AddDays(21), a.DateLimite);
        Assert.True(a.EstActive);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(400)]
    public void Creer_DelaiHorsBornes_EstRefuse(int delai)
    {
        Assert.Throws<DomainException>(() => Nouvelle(delai));
    }

    [Fact]
    public void DeclarerConflit_Active_DesaffecteEtGardeLeMotif()
    {
        var a = Nouvelle();

        a.DeclarerConflit("  J'ai travaillé dans cette direction  ", evaluationSoumise: false, Maintenant.AddDays(1));

        Assert.Equal(EtatAffectation.Conflit, a.Etat);
        Assert.False(a.EstActive);
        Assert.Equal("J'ai travaillé dans cette direction", a.MotifConflit);
        Assert.Equal(Maintenant.AddDays(1), a.ConflitDeclareLe);
    }

    [Fact]
    public void DeclarerConflit_SansMotif_EstRefuse()
    {
        var a = Nouvelle();

        Assert.Throws<DomainException>(() => a.DeclarerConflit(" ", false, Maintenant));
        Assert.True(a.EstActive);
    }

    [Fact]
    public void DeclarerConflit_EvaluationSoumise_EstRefuse()
    {
        var a = Nouvelle();

        Assert.Throws<DomainException>(() => a.DeclarerConflit("motif", true, Maintenant));
        Assert.True(a.EstActive);
    }

    [Fact]
    public void DeclarerConflit_DejaDeclare_EstRefuse()
    {
        var a = Nouvelle();
        a.DeclarerConflit("motif", false, Maintenant);

        Assert.Throws<DomainException>(() => a.DeclarerConflit("encore", false, Maintenant));
    }

    [Fact]
    public void Retirer_EvaluationSoumise_EstRefuse()
    {
        var a = Nouvelle();

        Assert.Throws<DomainException>(() => a.Retirer(true, Maintenant));
        a.Retirer(false, Maintenant);
        Assert.Equal(EtatAffectation.Retiree, a.Etat);
    }

    [Fact]
    public void DoitEtreRelancee_SeulementDansLaFenetreEtUneFois()
    {
        var a = Nouvelle(21);

        Assert.False(a.DoitEtreRelancee(Maintenant.AddDays(10), 3, false));
        Assert.True(a.DoitEtreRelancee(Maintenant.AddDays(18), 3, false));
        Assert.False(a.DoitEtreRelancee(Maintenant.AddDays(18), 3, true));
        a.MarquerRelancee(Maintenant.AddDays(18));
        Assert.False(a.DoitEtreRelancee(Maintenant.AddDays(19), 3, false));
    }

    [Fact]
    public void MoinsCharges_ExclutEtTrieParCharge()
    {
        var a = new ChargeEvaluateur(Guid.NewGuid(), "Alice", 3);
        var b = new ChargeEvaluateur(Guid.NewGuid(), "Bruno", 1);
        var c = new ChargeEvaluateur(Guid.NewGuid(), "Chloé", 0);
        var d = new ChargeEvaluateur(Guid.NewGuid(), "David", 1);

        var suggestion = SuggestionAffectation.MoinsCharges([a, b, c, d], new HashSet<Guid> { c.EvaluateurId }, 2);

        Assert.Equal(["Bruno", "David"], suggestion.Select(s => s.Nom));
    }

    [Fact]
    public void Manquants_NeDescendPasSousZero()
    {
        Assert.Equal(2, SuggestionAffectation.Manquants(1, 3));
        Assert.Equal(0, SuggestionAffectation.Manquants(4, 3));
    }
}
