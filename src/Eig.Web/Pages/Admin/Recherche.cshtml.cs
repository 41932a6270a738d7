using Eig.Web.Recherche;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Eig.Web.Pages.Admin;

/// <summary>Staff: one box finding dossiers, candidatures, défis, people, pages and accounts.</summary>
public class RechercheModel(RechercheEquipe recherche) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")] public string? Q { get; set; }
    public string? Erreur { get; private set; }
    public IReadOnlyList<GroupeResultats> Groupes { get; private set; } = [];
    public bool Cherche { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (!Request.Query.ContainsKey("q")) return;   // the page opened empty, from a link
        Erreur = RechercheEquipe.Refus(Q);
        if (Erreur is not null) return;
        Cherche = true;
        Groupes = await recherche.ChercherAsync(Q!, ct);
    }
}
