using Eig.Web.Promotions;

namespace Eig.Tests.Domain.Promotions;

/// <summary>A promotion's key in addresses and imports: its number, then its label as the one slugifier writes it.</summary>
public class PromotionCleTests
{
    [Theory]
    [InlineData(7, "", "7")]
    [InlineData(3, "DIG", "3-dig")]
    [InlineData(5, "Élan : numérique & État", "5-elan-numerique-etat")]
    public void CleDe_NumberThenSluggedLabel(int numero, string libelle, string cle) =>
        Assert.Equal(cle, Promotion.CleDe(numero, libelle));
}
