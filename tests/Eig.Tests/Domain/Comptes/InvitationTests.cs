using Eig.Web.Infrastructure;
using Eig.Web.Comptes;

namespace Eig.Tests.Domain.Comptes;

public class InvitationTests
{
    private static readonly DateTime Creee = new(2026, 11, 1, 9, 0, 0, DateTimeKind.Utc);

    private static Invitation Nouvelle() => new()
    {
        Email = "jury@exemple.fr", Role = Roles.Jury, TokenHash = "h", CreeeLe = Creee, ExpireLe = Creee.AddDays(7),
    };

    [Fact]
    public void Accepter_AvantExpiration_DateLAcceptation()
    {
        var invitation = Nouvelle();
        var maintenant = Creee.AddDays(2);

        invitation.Accepter(maintenant);

        Assert.Equal(maintenant, invitation.AccepteeLe);
        Assert.False(invitation.EstValide(maintenant));
    }

    [Fact]
    public void Accepter_DeuxFois_EstRefuse()
    {
        var invitation = Nouvelle();
        invitation.Accepter(Creee.AddDays(1));

        var ex = Assert.Throws<DomainException>(() => invitation.Accepter(Creee.AddDays(2)));

        Assert.Equal("Cette invitation n'est plus valable.", ex.Message);
        Assert.Equal(Creee.AddDays(1), invitation.AccepteeLe);
    }

    [Fact]
    public void Accepter_ALExpirationExacte_EstRefuse()
    {
        var invitation = Nouvelle();

        Assert.Throws<DomainException>(() => invitation.Accepter(invitation.ExpireLe));
        Assert.Null(invitation.AccepteeLe);
    }

    [Fact]
    public void Accepter_UneSecondeAvantExpiration_EstAccepte()
    {
        var invitation = Nouvelle();

        invitation.Accepter(invitation.ExpireLe.AddSeconds(-1));

        Assert.NotNull(invitation.AccepteeLe);
    }

    [Fact]
    public void Accepter_Expiree_EstRefuse()
    {
        var invitation = Nouvelle();

        Assert.Throws<DomainException>(() => invitation.Accepter(Creee.AddDays(30)));
        Assert.Null(invitation.AccepteeLe);
    }
}
