using Eig.Web.Evenements;
using Eig.Web.Infrastructure.Database;
using Eig.Web.Promotions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Pages.EspaceDefi;

/// <summary>The support programme of the signed-in person's promotions (as an EIG or a sponsor): upcoming sessions
/// to register for or leave, and past ones. A session of another promotion answers 404.</summary>
public class ProgrammeModel(EigDbContext db, IClock clock, ProgrammeAccompagnement programme) : PageModel
{
    public sealed record Ligne(Evenement Seance, string Promotion, bool Inscrit, bool? Present);

    public IReadOnlyList<Ligne> AVenir { get; private set; } = [];
    public IReadOnlyList<Ligne> Passees { get; private set; } = [];

    public Task OnGetAsync(CancellationToken ct) => ChargerAsync(ct);

    /// <summary>Loaded before a move too: a refused one re-renders the page with its message.</summary>
    private async Task ChargerAsync(CancellationToken ct)
    {
        var moi = User.UtilisateurId();
        var lignes = await SeancesAsync(db, moi, ct);
        var maintenant = clock.UtcNow;
        AVenir = lignes.Where(l => l.Seance.Debut > maintenant).ToList();
        Passees = lignes.Where(l => l.Seance.Debut <= maintenant).OrderByDescending(l => l.Seance.Debut).ToList();
    }

    /// <summary>Every session of the person's promotions, soonest first, with their registration.</summary>
    public static async Task<IReadOnlyList<Ligne>> SeancesAsync(EigDbContext db, Guid moi, CancellationToken ct)
    {
        var promotions = ProgrammeAccompagnement.PromotionsDe(db, moi);
        var seances = await db.Evenements.AsNoTracking().Where(e => e.PromotionId != null && promotions.Contains(e.PromotionId.Value))
            .OrderBy(e => e.Debut).ToListAsync(ct);
        var ids = seances.Select(e => e.Id).ToList();
        var inscriptions = await db.InscriptionsEvenements.AsNoTracking().Where(i => i.UtilisateurId == moi && ids.Contains(i.EvenementId))
            .ToDictionaryAsync(i => i.EvenementId, i => i.Present, ct);
        var titres = (await db.Promotions.AsNoTracking().Where(p => promotions.Contains(p.Id)).ToListAsync(ct)).ToDictionary(p => p.Id, p => p.Titre);
        return seances.Select(e => new Ligne(e, titres.GetValueOrDefault(e.PromotionId!.Value, ""), inscriptions.ContainsKey(e.Id), inscriptions.GetValueOrDefault(e.Id))).ToList();
    }

    public async Task<IActionResult> OnPostInscrireAsync(Guid seanceId, CancellationToken ct)
    {
        var moi = User.UtilisateurId();
        if (await programme.SeancePourAsync(seanceId, moi, ct) is not { } e) return NotFound();
        await ChargerAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await programme.InscrireAsync(e, moi, clock.UtcNow, ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        TempData["Succes"] = $"Vous êtes inscrit·e à « {e.Titre} », le {Fr.DateEtHeure(e.Debut)}.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDesinscrireAsync(Guid seanceId, CancellationToken ct)
    {
        var moi = User.UtilisateurId();
        if (await programme.SeancePourAsync(seanceId, moi, ct) is not { } e) return NotFound();
        await ChargerAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await programme.DesinscrireAsync(e, moi, clock.UtcNow, ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        TempData["Succes"] = $"Vous n'êtes plus inscrit·e à « {e.Titre} » : votre place est libérée.";
        return RedirectToPage();
    }
}
