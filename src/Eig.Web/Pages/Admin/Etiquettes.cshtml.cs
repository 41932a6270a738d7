using System.ComponentModel.DataAnnotations;
using Eig.Web.Infrastructure.Database;
using Eig.Web.Instruction;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Pages.Admin;

/// <summary>Staff: the labels put on dossiers and candidatures — each with its DSFR colour and how many items carry
/// it; created, renamed, recoloured, deleted (which takes it off every item).</summary>
public class EtiquettesModel(EigDbContext db, EtiquettesEquipe etiquettes) : PageModel
{
    public sealed record Ligne(Guid Id, string Nom, string Couleur, int Dossiers, int Candidatures);

    public List<Ligne> Lignes { get; private set; } = [];
    public List<SelectListItem> Couleurs { get; } = CouleursEtiquette.Toutes.Select(c => new SelectListItem(c.Libelle, c.Cle)).ToList();

    /// <summary>The label being changed (from the list's "Modifier" link), or null for a new one.</summary>
    [BindProperty(SupportsGet = true)] public Guid? Modifier { get; set; }
    [BindProperty] public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        [Display(Name = "Nom")]
        [StringLength(Etiquette.LongueurNom)]
        public string? Nom { get; set; }

        [Display(Name = "Couleur", Description = "Une couleur du système de design de l'État.")]
        public string? Couleur { get; set; }
    }

    private async Task ChargerAsync(CancellationToken ct)
    {
        Lignes = await db.Etiquettes.AsNoTracking().OrderBy(e => e.Nom)
            .Select(e => new Ligne(e.Id, e.Nom, e.Couleur,
                db.EtiquettesPosees.Count(p => p.EtiquetteId == e.Id && p.DossierId != null),
                db.EtiquettesPosees.Count(p => p.EtiquetteId == e.Id && p.CandidatureId != null)))
            .ToListAsync(ct);
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await ChargerAsync(ct);
        if (Modifier is { } id)
        {
            var e = Lignes.FirstOrDefault(l => l.Id == id);
            if (e is null) return NotFound();
            Input = new InputModel { Nom = e.Nom, Couleur = e.Couleur };
        }
        else Input.Couleur = CouleursEtiquette.ParDefaut;
        return Page();
    }

    [RefusSurLeChamp("Input.Nom")]
    public async Task<IActionResult> OnPostEnregistrerAsync(CancellationToken ct)
    {
        await ChargerAsync(ct);
        if (!CouleursEtiquette.Existe(Input.Couleur)) ModelState.AddModelError("Input.Couleur", "Choisissez une couleur dans la liste.");
        if (!ModelState.IsValid) return Page();
        if (Modifier is { } id)
        {
            var e = await db.Etiquettes.FirstOrDefaultAsync(x => x.Id == id, ct);
            if (e is null) return NotFound();
            await etiquettes.ModifierAsync(e, Input.Nom, Input.Couleur, ct);
            TempData["Succes"] = $"L'étiquette « {e.Nom} » est modifiée.";
        }
        else
        {
            var e = await etiquettes.CreerAsync(Input.Nom, Input.Couleur, ct);
            TempData["Succes"] = $"L'étiquette « {e.Nom} » est créée.";
        }
        await db.SaveChangesAsync(ct);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostSupprimerAsync(Guid id, CancellationToken ct)
    {
        var e = await db.Etiquettes.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (e is null) return NotFound();
        etiquettes.Supprimer(e);
        await db.SaveChangesAsync(ct);
        TempData["Succes"] = $"L'étiquette « {e.Nom} » est supprimée.";
        return RedirectToPage();
    }
}
