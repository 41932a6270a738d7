using Eig.Web.AppelsAProjets;
using Eig.Web.Comptes;
using Eig.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Pages.Public.AppelsAProjets;

/// <summary>The front door of the call for projects (the "Proposer un projet" button of the administrations page):
/// what the open call asks, then the way in — sign up or sign in as porteur and come back here, then start the
/// dossier (or resume the draft already started for this call).</summary>
public class ProposerModel(EigDbContext db, IClock clock) : PageModel
{
    public const string Adresse = "/participer/administrations/proposer";

    public AppelPublic? Ouvert { get; private set; }
    public bool EstPorteur => User.IsInRole(Roles.Porteur);
    public bool EstConnecte => User.Identity?.IsAuthenticated == true;
    /// <summary>The porteur's own dossier on this call not yet filed, to resume rather than start a second one.</summary>
    public (Guid Id, string Reference)? Brouillon { get; private set; }
    public string Inscription => "/compte/inscription?role=porteur&ReturnUrl=" + Uri.EscapeDataString(Adresse);
    public string Connexion => "/compte/connexion?ReturnUrl=" + Uri.EscapeDataString(Adresse);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Ouvert = await AppelPublic.OuvertAsync(db, DateOnly.FromDateTime(clock.UtcNow), ct);
        if (Ouvert is null || !EstPorteur) return;
        var moi = User.UtilisateurId();
        var d = await db.DossiersProjets.Where(d => d.AppelId == Ouvert.Appel.Id && d.PorteurId == moi
                && (d.Etat == EtatDossier.Brouillon || d.Etat == EtatDossier.CorrectionsDemandees))
            .OrderByDescending(d => d.ModifieLe).Select(d => new { d.Id, d.Numero }).FirstOrDefaultAsync(ct);
        if (d is not null) Brouillon = (d.Id, $"AAP-{d.Numero:0000}");
    }
}
