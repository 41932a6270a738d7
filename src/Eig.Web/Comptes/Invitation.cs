namespace Eig.Web.Comptes;

/// <summary>Staff invite committee and jury members (or other staff) by email; the invitation carries the role.</summary>
public class Invitation
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public string Email { get; set; } = "";
    public string Role { get; set; } = "";
    /// <summary>SHA-256 of the token sent by mail: the token itself is never stored.</summary>
    public string TokenHash { get; set; } = "";
    public DateTime CreeeLe { get; set; }
    public DateTime ExpireLe { get; set; }
    public DateTime? AccepteeLe { get; set; }
    public Guid InviteParId { get; set; }

    public bool EstValide(DateTime maintenant) => AccepteeLe is null && maintenant < ExpireLe;

    public void Accepter(DateTime maintenant)
    {
        if (!EstValide(maintenant))
            throw new DomainException("Cette invitation n'est plus valable.");
        AccepteeLe = maintenant;
    }
}
