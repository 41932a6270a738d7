using Microsoft.AspNetCore.Identity;

namespace Eig.Web.Comptes;

/// <summary>An account. Identity holds the credentials; the rest is what the platform needs to address the person.</summary>
public class Utilisateur : IdentityUser<Guid>
{
    public string NomComplet { get; set; } = "";
    public DateTime CreeLe { get; set; }
}

public class Role : IdentityRole<Guid>
{
    public Role() { }
    public Role(string name) : base(name) { Id = Guid.CreateVersion7(); NormalizedName = name.ToUpperInvariant(); }
}
