using Eig.Web.Infrastructure.Database;
using Eig.Web.Promotions;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Pages.Public.Promotions;

/// <summary>Every published promotion, newest first, with where it stands today. Anonymous.</summary>
public class IndexModel(EigDbContext db, CalendrierPublic calendrier, Indicateurs indicateurs) : PageModel
{
    public sealed record Ligne(int Numero, string Nom, DateOnly Debut, DateOnly Fin, EtatPromotion Etat, string? PhaseEnCours, Chiffres Chiffres);

    public IReadOnlyList<Ligne> Promotions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var jour = calendrier.Aujourdhui();
        var donnees = await indicateurs.ChargerAsync(ct);
        Promotions = (await db.Promotions.AsNoTracking().Include(p => p.Phases).Where(p => p.Publiee).OrderByDescending(p => p.Numero).ToListAsync(ct))
            .Select(p => new Ligne(p.Numero, p.Titre, p.Debut, p.Fin, p.Etat(jour), p.PhaseEnCours(jour)?.Nom, Indicateurs.Calculer(donnees, p.Numero)))
            .ToList();
    }
}
