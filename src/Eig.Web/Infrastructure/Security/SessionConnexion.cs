using Eig.Web.Comptes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Eig.Web.Infrastructure.Security;

/// <summary>One sign-in, as the server knows it. The cookie only carries its id: closing the row (logout,
/// "sign out everywhere", a new password) ends that session on the server, even if someone replays the cookie.
/// The rows are also the "recent sign-ins" shown on the account page.</summary>
public class SessionConnexion
{
    public const int NavigateurMax = 200;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid UtilisateurId { get; set; }
    public DateTime OuverteLe { get; set; }
    public DateTime? FermeeLe { get; set; }
    public string Adresse { get; set; } = "";
    public string Navigateur { get; set; } = "";
    public bool DeuxiemeFacteur { get; set; }

    public void Fermer(DateTime maintenant) => FermeeLe ??= maintenant;
}

public sealed class SessionConnexionConfiguration : IEntityTypeConfiguration<SessionConnexion>
{
    public void Configure(EntityTypeBuilder<SessionConnexion> b)
    {
        b.ToTable("SessionsConnexion");
        b.Property(s => s.Adresse).HasMaxLength(64);
        b.Property(s => s.Navigateur).HasMaxLength(SessionConnexion.NavigateurMax);
        b.HasIndex(s => new { s.UtilisateurId, s.OuverteLe });
        // Deleting an account ends its sessions with it.
        b.HasOne<Utilisateur>().WithMany().HasForeignKey(s => s.UtilisateurId).OnDelete(DeleteBehavior.Cascade);
    }
}
