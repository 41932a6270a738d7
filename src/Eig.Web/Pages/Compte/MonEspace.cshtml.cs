using Eig.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Eig.Web.Pages.Compte;

/// <summary>"Mon espace" in the header: the home of the signed-in person's role, where their work waits (staff first:
/// someone with several roles works from the cockpit).</summary>
public class MonEspaceModel : PageModel
{
    public IActionResult OnGet() => Redirect(AdresseDeRetour.Accueil(User));
}
