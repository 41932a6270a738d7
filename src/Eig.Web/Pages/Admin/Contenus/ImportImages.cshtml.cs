using System.ComponentModel.DataAnnotations;
using System.IO.Compression;
using Eig.Web.Contenus;
using Eig.Web.Contenus.Site;
using Eig.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Eig.Web.Pages.Admin.Contenus;

/// <summary>Staff (with 2FA): the former site's whole images folder in one go, as a zip (the folder
/// site/static/img compressed), with a report of every file imported, refused or ignored.</summary>
[RequestSizeLimit(TailleMax)]
[RequestFormLimits(MultipartBodyLengthLimit = TailleMax)]
public class ImportImagesModel(MediaImporter medias, IAuditLog audit, CachePublic cache) : PageModel
{
    public const long TailleMax = 500L * 1024 * 1024;

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Choisissez le fichier zip du dossier d'images.")]
        public IFormFile? Archive { get; set; }
    }

    [BindProperty] public InputModel Input { get; set; } = new();
    public ImagesRapport? Rapport { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            try
            {
                await using var flux = Input.Archive!.OpenReadStream();
                Rapport = await medias.ImporterZipAsync(flux, ct);
                audit.Enregistrer("contenus.media.import", "Media", null,
                    $"{Fr.Nombre(Rapport.Importees, "image importée", "images importées")}, {Fr.Nombre(Rapport.Refusees.Count, "refusée", "refusées")}, {Fr.Nombre(Rapport.Ignorees.Count, "ignorée", "ignorées")}");
                await cache.ViderAsync(ct);
                return Page();
            }
            catch (InvalidDataException)
            {
                ModelState.AddModelError("Input.Archive", "Ce fichier n'est pas une archive zip lisible : compressez le dossier img au format zip.");
            }
        }
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
