using System.ComponentModel.DataAnnotations;
using Eig.Web.Contenus;
using Eig.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Pages.Admin.Contenus;

/// <summary>Staff (with 2FA): create or edit a page as the program's files write it (YAML header + Markdown body),
/// preview without saving, save, publish, unpublish, delete. Two people editing at once: the second save is refused
/// (Version), never silently overwritten.</summary>
public class EditionModel(EigDbContext db, ContentEditor editor, MarkdownRenderer md) : PageModel
{
    public sealed class InputModel
    {
        [Required(ErrorMessage = "Saisissez l'en-tête de la page (au moins « title: … »).")]
        [StringLength(100_000, ErrorMessage = "L'en-tête est trop long.")]
        public string? EnTete { get; set; }

        [StringLength(200_000, ErrorMessage = "Le texte est trop long.")]
        public string? Corps { get; set; }

        [StringLength(400, ErrorMessage = "La description ne peut pas dépasser 400 caractères.")]
        public string? DescriptionSeo { get; set; }

        [StringLength(500, ErrorMessage = "L'adresse de l'image ne peut pas dépasser 500 caractères.")]
        public string? ImageOg { get; set; }

        public Guid Version { get; set; }
    }

    [BindProperty] public InputModel Input { get; set; } = new();
    public PageContenu? Existante { get; private set; }
    public string? Apercu { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken ct)
    {
        if (id is null)
        {
            Input.EnTete = "title: Nouvelle page\nlayout: page\nurl: /pages/nouvelle-page";
            return Page();
        }
        Existante = await db.Pages.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (Existante is null) return NotFound();
        Input = new InputModel
        {
            EnTete = ContentEditor.EnTete(Existante), Corps = Existante.Corps, DescriptionSeo = Existante.DescriptionSeo,
            ImageOg = Existante.ImageOg, Version = Existante.Version,
        };
        return Page();
    }

    public Task<IActionResult> OnPostAsync(Guid? id, CancellationToken ct) => EnregistrerAsync(id, null, ct);
    public Task<IActionResult> OnPostPublierAsync(Guid? id, CancellationToken ct) => EnregistrerAsync(id, true, ct);
    public Task<IActionResult> OnPostDepublierAsync(Guid? id, CancellationToken ct) => EnregistrerAsync(id, false, ct);

    /// <summary>Shows the body as the site will, without saving anything.</summary>
    public async Task<IActionResult> OnPostApercuAsync(Guid? id, CancellationToken ct)
    {
        if (id is not null) Existante = await db.Pages.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
        Apercu = md.ToHtml(Input.Corps);
        return Page();
    }

    public async Task<IActionResult> OnPostSupprimerAsync(Guid id, CancellationToken ct)
    {
        var p = await db.Pages.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (p is null) return NotFound();
        editor.Reviser(p, "Suppression");
        db.Pages.Remove(p);
        await db.SaveChangesAsync(ct);
        await HttpContext.RequestServices.GetRequiredService<Eig.Web.Contenus.Site.CachePublic>().ViderAsync(ct);
        TempData["Succes"] = $"La page « {p.Titre} » est supprimée. Son historique reste dans le journal.";
        return Redirect("/admin/contenus");
    }

    private async Task<IActionResult> EnregistrerAsync(Guid? id, bool? publier, CancellationToken ct)
    {
        PageContenu? p = null;
        if (id is not null)
        {
            p = await db.Pages.FirstOrDefaultAsync(x => x.Id == id, ct);
            if (p is null) return NotFound();
            Existante = p;
        }
        if (!ModelState.IsValid) return Page();
        p ??= new PageContenu { Fichier = "pages/" + Guid.CreateVersion7().ToString("N") + ".md" };
        if (id is not null && p.Version != Input.Version)
        {
            ModelState.AddModelError("", "Quelqu'un a modifié cette page pendant que vous la modifiiez. Rechargez-la pour voir sa version actuelle, puis refaites vos changements.");
            return Page();
        }
        try
        {
            ContentEditor.Appliquer(p, Input.EnTete!, Input.Corps ?? "");
        }
        catch (ContentFormatException ex)
        {
            ModelState.AddModelError("Input.EnTete", ex.Ligne is null ? $"L'en-tête : {ex.Message.Split(" : ", 2)[^1]}" : $"Ligne {ex.Ligne} de l'en-tête : {ex.Message.Split(" : ", 2)[^1]}");
            return Page();
        }
        p.DescriptionSeo = string.IsNullOrWhiteSpace(Input.DescriptionSeo) ? null : Input.DescriptionSeo.Trim();
        p.ImageOg = string.IsNullOrWhiteSpace(Input.ImageOg) ? null : Input.ImageOg.Trim();
        if (id is null) db.Pages.Add(p);
        var motif = publier switch { true => "Publication", false => "Dépublication", null => id is null ? "Création" : "Modification" };
        if (publier == true) p.Publier(DateTime.UtcNow);
        if (publier == false) p.Depublier();
        try
        {
            await editor.EnregistrerAsync(p, motif, ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", "Quelqu'un a modifié cette page pendant que vous la modifiiez. Rechargez-la pour voir sa version actuelle, puis refaites vos changements.");
            return Page();
        }
        TempData["Succes"] = publier switch
        {
            true => $"La page est en ligne à l'adresse {p.Adresse}.",
            false => "La page est repassée en brouillon : elle n'est plus visible sur le site.",
            _ => "Les modifications sont enregistrées.",
        };
        return Redirect($"/admin/contenus/pages/{p.Id}");
    }
}
