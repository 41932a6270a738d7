using Eig.Web.Infrastructure;
using Eig.Web.Contenus;

namespace Eig.Tests.Domain.Contenus;

public class AbonneNewsletterTests
{
    private static readonly DateTime Maintenant = new(2026, 11, 23, 10, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Confirmer_WithTheMailToken_Confirms_WithAnotherDoesNot()
    {
        var a = new AbonneNewsletter { Email = "a@exemple.fr" };
        var (confirmation, _) = a.DemanderConfirmation(Maintenant);

        Assert.False(a.Confirmer("autre-jeton", Maintenant));
        Assert.Equal(StatutAbonnement.EnAttente, a.Statut);
        Assert.True(a.Confirmer(confirmation, Maintenant));
        Assert.Equal(StatutAbonnement.Confirme, a.Statut);
        Assert.Equal(Maintenant, a.ConfirmeLe);
    }

    [Fact]
    public void Desinscrire_ThenConfirmAgain_StaysUnsubscribed()
    {
        var a = new AbonneNewsletter { Email = "a@exemple.fr" };
        var (confirmation, desinscription) = a.DemanderConfirmation(Maintenant);

        Assert.True(a.Desinscrire(desinscription, Maintenant));
        Assert.False(a.Confirmer(confirmation, Maintenant));
        Assert.Equal(StatutAbonnement.Desinscrit, a.Statut);
    }

    [Fact]
    public void TokensAreStoredHashed()
    {
        var a = new AbonneNewsletter { Email = "a@exemple.fr" };
        var (confirmation, desinscription) = a.DemanderConfirmation(Maintenant);

        Assert.NotEqual(confirmation, a.JetonConfirmationHash);
        Assert.NotEqual(desinscription, a.JetonDesinscriptionHash);
        Assert.Equal(AbonneNewsletter.Hash(confirmation), a.JetonConfirmationHash);
    }
}

public class ArticleTests
{
    [Fact]
    public void DefinirArticlesLies_MoreThanTwo_IsRefused()
    {
        var a = new Article { Slug = "a", Titre = "A" };

        var ex = Assert.Throws<DomainException>(() => a.DefinirArticlesLies(["b", "c", "d"]));
        Assert.Contains("au plus 2", ex.Message);
    }

    [Fact]
    public void DefinirArticlesLies_Itself_IsRefused()
    {
        var a = new Article { Slug = "a", Titre = "A" };

        Assert.Throws<DomainException>(() => a.DefinirArticlesLies(["a"]));
    }

    [Fact]
    public void Publier_WithoutTitle_IsRefused()
    {
        Assert.Throws<DomainException>(() => new Article { Slug = "a" }.Publier(DateTime.UtcNow));
    }
}
