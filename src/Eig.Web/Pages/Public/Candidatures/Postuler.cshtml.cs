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

    public AppelCandidaturesPublic? Ouvert { get; private set; }
    public AppelACandidatures? Appel => Ouvert?.Appel;
    /// <summary>When no call is open: the opening date of the next one announced, if any.</summary>
    public DateOnly? ProchaineOuverture { get; private set; }
    public bool AccepteDepots { get; private set; }
    public bool EstCandidat => User.IsInRole(Roles.Candidat);
    public bool EstConnecte => User.Identity?.IsAuthenticated == true;
    public string Inscription => "/compte/inscription?role=candidat&ReturnUrl=" + Uri.EscapeDataString(Formulaire);
    public string Connexion => "/compte/connexion?ReturnUrl=" + Uri.EscapeDataString(Formulaire);

    public async Task OnGetAsync()
    {
        var today = DateOnly.FromDateTime(clock.UtcNow);
        Ouvert = await AppelCandidaturesPublic.OuvertAsync(db, today);
        if (Ouvert is null)
        {
            ProchaineOuverture = await AppelCandidaturesPublic.ProchaineOuvertureAsync(db, today);
            return;
        }
        AccepteDepots = Ouvert.Appel.AccepteDepots(today);
    }
}
