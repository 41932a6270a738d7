using Eig.Web.Infrastructure.Database;
using Eig.Web.Appels;
using Eig.Web.AppelsAProjets;
using Eig.Web.Candidatures;
using Eig.Web.Comptes;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Pages.Public.Candidatures;

/// <summary>Public entry point of the call for candidates (anyone): what the call offers, how it goes, and the way in
/// (sign up or sign in, then the form).</summary>
public class PostulerModel(EigDbContext db, IClock clock) : PageModel
{
    public const string Formulaire = "/espace-candidat/candidature";

    public AppelACandidatures? Appel { get; private set; }
    public bool AReglement { get; private set; }
    public bool AccepteDepots { get; private set; }
    public bool EstCandidat => User.IsInRole(Roles.Candidat);
    public bool EstConnecte => User.Identity?.IsAuthenticated == true;
    public string Inscription => "/compte/inscription?role=candidat&ReturnUrl=" + Uri.EscapeDataString(Formulaire);
    public string Connexion => "/compte/connexion?ReturnUrl=" + Uri.EscapeDataString(Formulaire);

    public async Task OnGetAsync()
    {
        var today = DateOnly.FromDateTime(clock.UtcNow);
        Appel = await db.AppelOuvertAsync(today);
        if (Appel is null) return;
        AccepteDepots = Appel.AccepteDepots(today);
        AReglement = await db.ReglementsAppels.AnyAsync(r => r.AppelId == Appel.Id);
    }
}
