using Eig.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Promotions;

/// <summary>Which promotion's phases the public site shows, and which phase runs today (Paris date).</summary>
public sealed class CalendrierPublic(EigDbContext db, IClock clock)
{
    public sealed record Vue(Promotion Promotion, DateOnly Jour)
    {
        public PhasePromotion? EnCours => Promotion.PhaseEnCours(Jour);
        public EtatPromotion Etat => Promotion.Etat(Jour);
    }

    /// <summary>Today in Paris: a phase that starts on 1 March starts at midnight in Paris, not in UTC.</summary>
    public static DateOnly Aujourdhui(IClock clock) => DateOnly.FromDateTime(Fr.EnHeureDeParis(clock.UtcNow));

    public DateOnly Aujourdhui() => Aujourdhui(clock);

    /// <summary>The running promotion, else the next one, else the last one; null when none is published.</summary>
    public async Task<Vue?> PourLeProgrammeAsync(CancellationToken ct = default)
    {
        var jour = Aujourdhui();
        var promotions = await db.Promotions.AsNoTracking().Include(p => p.Phases).Where(p => p.Publiee && p.Phases.Count > 0).ToListAsync(ct);
        var choisie = promotions.Where(p => p.Etat(jour) == EtatPromotion.EnCours).OrderByDescending(p => p.Debut).FirstOrDefault()
                      ?? promotions.Where(p => p.Etat(jour) == EtatPromotion.AVenir).OrderBy(p => p.Debut).FirstOrDefault()
                      ?? promotions.OrderByDescending(p => p.Fin).FirstOrDefault();
        return choisie is null ? null : new Vue(choisie, jour);
    }

    public async Task<Vue?> DeLaPromotionAsync(int numero, CancellationToken ct = default)
    {
        var p = await db.Promotions.AsNoTracking().Include(x => x.Phases).FirstOrDefaultAsync(x => x.Numero == numero && x.Publiee, ct);
        return p is null ? null : new Vue(p, Aujourdhui());
    }
}
