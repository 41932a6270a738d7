using Eig.Web.Comptes;
using Eig.Web.Infrastructure.Audit;
using Eig.Web.Infrastructure.Database;
using Eig.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Pages.Compte;

public class IndexModel(UserManager<Utilisateur> users, SignInManager<Utilisateur> signIn, EigDbContext db, IAuditLog audit,
    TimeProvider time) : PageModel
{
    public const int SessionsMontrees = 10;

    public string Nom { get; private set; } = "";
    public string Email { get; private set; } = "";
    public IList<string> Roles { get; private set; } = [];
    public bool DoubleAuthentification { get; private set; }
    public List<(string Titre, string Lien, string Description)> Espaces { get; } = [];
    public sealed record Connexion(DateTime OuverteLe, string Adresse, string Navigateur, bool Ouverte, bool Courante, bool DeuxiemeFacteur);
    public List<Connexion> Connexions { get; private set; } = [];

    /// <summary>Each role's spaces: the back office, then those the feature modules declare.</summary>
    public static readonly IReadOnlyList<Infrastructure.EspaceDeRole> EspacesParRole =
    [
        new(Eig.Web.Comptes.Roles.Staff, "Administration", "/admin", "Piloter les appels, les comptes, les contenus et le journal."),
        .. Infrastructure.FeatureModules.All.SelectMany(m => m.Espaces),
    ];

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        Nom = user.NomComplet;
        Email = user.Email ?? "";
        Roles = await users.GetRolesAsync(user);
        DoubleAuthentification = user.TwoFactorEnabled;
        Espaces.AddRange(EspacesParRole.Where(e => Roles.Contains(e.Role)).Select(e => (e.Titre, e.Lien, e.Description)));
        var courante = SessionsServeur.Courante(HttpContext);
        Connexions = (await db.SessionsConnexion.AsNoTracking().Where(s => s.UtilisateurId == user.Id)
                .OrderByDescending(s => s.OuverteLe).Take(SessionsMontrees).ToListAsync())
            .Select(s => new Connexion(s.OuverteLe, s.Adresse, s.Navigateur, s.FermeeLe is null, s.Id == courante, s.DeuxiemeFacteur)).ToList();
        return Page();
    }

    /// <summary>"Sign out of all sessions": every session of the account ends, this one included (a lost phone, a
    /// shared computer).</summary>
    public async Task<IActionResult> OnPostDeconnecterPartoutAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        await SessionsServeur.FermerToutesAsync(db, users, user, time.GetUtcNow().UtcDateTime);
        audit.Enregistrer("compte.deconnexion-partout", "Utilisateur", user.Id.ToString());
        await db.SaveChangesAsync();
        await signIn.SignOutAsync();
        TempData["Succes"] = "Toutes vos sessions sont fermées. Reconnectez-vous pour continuer.";
        return Redirect("/compte/connexion");
    }
}
