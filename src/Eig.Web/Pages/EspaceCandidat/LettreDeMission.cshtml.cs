using Eig.Web.Infrastructure.Database;
using Eig.Web.Candidatures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Eig.Web.Infrastructure.Security;

namespace Eig.Web.Pages.EspaceCandidat;

/// <summary>The mission letter of an accepted offer, generated on demand (PDFsharp): only for its own recipient.</summary>
public class LettreDeMissionModel(EigDbContext db) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var moi = User.UtilisateurId();
        var x = await db.Offres.Where(o => o.Id == id && o.Etat == EtatOffre.Acceptee)
            .Join(db.Candidatures.Where(c => c.CandidatId == moi), o => o.CandidatureId, c => c.Id, (o, c) => new { o, c })
            .Join(db.Defis, x => x.o.DefiId, d => d.Id, (x, d) => new { x.o, x.c, d })
            .FirstOrDefaultAsync();
        if (x is null) return NotFound();
        var profil = await db.ProfilsRecherches.Where(p => p.Id == x.c.ProfilId).Select(p => p.Libelle).FirstAsync();
        var pdf = LettreDeMission.Generer(new ContenuLettreDeMission($"{x.c.Prenom} {x.c.Nom}", profil, x.d.Titre, x.d.Administration,
            x.o.DateDebut, x.o.DureeMois, x.o.SalaireNetMensuel, x.o.PartVariablePourcent, x.o.RegleAppliquee, x.o.ReponduLe!.Value, x.o.Id));
        return File(pdf, "application/pdf", "lettre-de-mission.pdf");
    }
}
