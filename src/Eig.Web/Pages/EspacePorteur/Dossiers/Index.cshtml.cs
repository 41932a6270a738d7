using Eig.Web.Infrastructure.Database;
using Eig.Web.AppelsAProjets;
using Eig.Web.Evaluations;
using Eig.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Eig.Web.Infrastructure.Security;

namespace Eig.Web.Pages.EspacePorteur.Dossiers;

/// <summary>The porteur's home: what to do now on each of their dossiers (created or co-edited), the dossiers with
/// their state, next step and deadline, the team's messages waiting for an answer, the recruitment of their laureate
/// défis, and the open calls they can file to.</summary>
public class IndexModel(EigDbContext db, SuiviPorteur suivi, IClock clock, IAuditLog audit, Eig.Web.Nouveautes.SuiviDesNouveautes nouveautes, IAdministrationParSiret annuaire) : PageModel
{
    public sealed record AppelOuvert(Guid Id, string Titre, DateOnly? Cloture);

    public List<SuiviPorteur.Ligne> Dossiers { get; private set; } = [];
    public List<AppelOuvert> Appels { get; private set; } = [];
    /// <summary>Candidates proposed for the posts this porteur refers (laureate défis), not yet decided.</summary>
    public int PropositionsEnCours { get; private set; }
    public bool Recrute { get; private set; }
    /// <summary>Per dossier: the team's messages and moves since I last opened it.</summary>
    public IReadOnlyDictionary<Guid, int> Nouveautes { get; private set; } = new Dictionary<Guid, int>();

    public IEnumerable<SuiviPorteur.Ligne> AFaire => Dossiers.Where(d => d.Prochaine.AFaire || d.MessagesSansReponse > 0)
        .OrderBy(d => d.Prochaine.Echeance ?? DateTime.MaxValue);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var moi = User.UtilisateurId();
        Dossiers = await suivi.DossiersAsync(moi, ct);
        Nouveautes = await nouveautes.DossiersAsync(moi, Dossiers.Select(d => d.Id).ToList(), equipe: false, ct);
        Appels = (await db.AppelsAProjets.ToListAsync(ct))
            .Where(a => a.EstOuvert(DateOnly.FromDateTime(clock.UtcNow)))
            .Select(a => new AppelOuvert(a.Id, a.Titre, a.Cloture)).ToList();
        var postes = db.PostesOuverts.Where(p => p.ReferentId == moi).Select(p => p.Id);
        Recrute = await postes.AnyAsync(ct);
        PropositionsEnCours = await db.Propositions.CountAsync(p => postes.Contains(p.PosteId)
            && p.Etat == Eig.Web.Candidatures.EtatProposition.Proposee, ct);
    }

    public async Task<IActionResult> OnPostCommencerAsync(Guid appelId, CancellationToken ct)
    {
        var appel = await db.AppelsAProjets.FirstOrDefaultAsync(a => a.Id == appelId, ct);
        if (appel is null || !appel.EstOuvert(DateOnly.FromDateTime(clock.UtcNow)))
        {
            TempData["Erreur"] = "Cet appel à projets n'est pas ouvert.";
            return RedirectToPage();
        }
        // Signed in with ProConnect: the SIRET of their administration comes with them, and its name from the
        // company directory (looked up before the numbering lock; null when unknown: the porteur types it).
        var siret = User.FindFirst(Eig.Web.Comptes.ProConnect.ClaimSiret)?.Value is { Length: 14 } s && s.All(char.IsAsciiDigit) ? s : null;
        var administration = siret is null ? null : await annuaire.NomAsync(siret, ct);
        var maintenant = clock.UtcNow;
        var dossier = new DossierProjet
        {
            AppelId = appel.Id, PorteurId = User.UtilisateurId(), CreeLe = maintenant, ModifieLe = maintenant,
            Siret = siret, Administration = administration ?? "",
        };
        audit.Enregistrer("dossier.creer", "DossierProjet", dossier.Id.ToString(), appel.Titre);
        await NumerosDossiers.CreerAsync(db, dossier, ct);
        return RedirectToPage("Etape", new { id = dossier.Id, numero = 1 });
    }
}
