using Eig.Web.Comptes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Eig.Web.Pages.Compte;

/// <summary>"Mon espace" in the header: the home of the signed-in person's role, where their work waits.</summary>
public class MonEspaceModel : PageModel
{
    public IActionResult OnGet() => Redirect(Accueil(User));

    /// <summary>The page a role starts from (staff first: someone with several roles works from the cockpit).</summary>
    public static string Accueil(System.Security.Claims.ClaimsPrincipal user) =>
        user.IsInRole(Roles.Staff) ? "/admin"
        : user.IsInRole(Roles.Jury) ? "/jury"
        : user.IsInRole(Roles.Evaluateur) ? "/evaluation"
        : user.IsInRole(Roles.Porteur) ? "/espace-porteur/dossiers"
        : user.IsInRole(Roles.Candidat) ? "/espace-candidat"
        : "/compte";
}
