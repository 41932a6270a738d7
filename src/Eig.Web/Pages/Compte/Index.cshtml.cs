using Eig.Web.Comptes;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Eig.Web.Pages.Compte;

public class IndexModel(UserManager<Utilisateur> users) : PageModel
{
    public string Nom { get; private set; } = "";
    public string Email { get; private set; } = "";
    public IList<string> Roles { get; private set; } = [];
    public bool DoubleAuthentification { get; private set; }
    public List<(string Titre, string Lien, string Description)> Espaces { get; } = [];

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
        return Page();
    }
}
