using Microsoft.AspNetCore.Identity;

namespace Eig.Web.Comptes;

/// <summary>An account. Identity holds the credentials; the rest is what the platform needs to address the person.</summary>
public class Utilisateur : IdentityUser<Guid>
{
    public const int LongueurOrganisation = 200;

    public string NomComplet { get; set; } = "";
    /// <summary>Where the person works, as they declared it (evaluators, jury): compared with a dossier's administration
    /// to find conflicts of interest before an assignment.</summary>
    public string Organisation { get; set; } = "";
    public DateTime CreeLe { get; set; }
}

public class Role : IdentityRole<Guid>
{
    public Role() { }
    public Role(string name) : base(name) { Id = Guid.CreateVersion7(); NormalizedName = name.ToUpperInvariant(); }
}
