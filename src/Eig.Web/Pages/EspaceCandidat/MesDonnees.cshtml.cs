using System.Text.Json;
using Eig.Web.Infrastructure.Database;
using Eig.Web.Infrastructure.Audit;
using Eig.Web.Candidatures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Pages.EspaceCandidat;

/// <summary>Right of access and portability: everything the programme holds on the candidate, as one JSON file
/// (the CV included, base64-encoded).</summary>
public class MesDonneesModel(EigDbContext db, IClock clock, IAuditLog audit) : PageModel
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public void OnGet() { }

    /// <summary>The file itself (a download, so the page above stays a page for browsers and screen readers).</summary>
    public async Task<IActionResult> OnGetTelechargerAsync()
    {
        var moi = User.UtilisateurId();
        var compte = await db.Users.Where(u => u.Id == moi).Select(u => new { u.NomComplet, u.Email, u.CreeLe }).FirstAsync();
        var candidatures = await db.Candidatures.Include(c => c.Historique).Where(c => c.CandidatId == moi).AsSplitQuery().AsNoTracking().ToListAsync();
        var ids = candidatures.Select(c => c.Id).ToList();
        var cvs = await db.CvCandidatures.Where(x => ids.Contains(x.CandidatureId)).AsNoTracking().ToListAsync();
        var propositions = await db.Propositions.Where(p => ids.Contains(p.CandidatureId))
            .Join(db.Defis, p => p.DefiId, d => d.Id, (p, d) => new { p.CandidatureId, Defi = d.Titre, d.Administration, p.Etat, p.ProposeeLe, p.AvisAdministration, p.DecideeLe })
            .ToListAsync();
        var offres = await db.Offres.Where(o => ids.Contains(o.CandidatureId)).AsNoTracking().ToListAsync();
        var creneaux = await db.Creneaux.Where(c => c.CandidatureId != null && ids.Contains(c.CandidatureId.Value)).AsNoTracking().ToListAsync();
        var profils = await db.ProfilsRecherches.Where(p => candidatures.Select(c => c.AppelId).Contains(p.AppelId)).ToDictionaryAsync(p => p.Id, p => p.Libelle);

        var export = new
        {
            exporteLe = clock.UtcNow,
            compte,
            candidatures = candidatures.Select(c => new
            {
                c.Id, c.AppelId, profil = c.ProfilId is { } p ? profils.GetValueOrDefault(p) : null, etat = c.Etat.ToString(),
                c.Prenom, c.Nom, c.Email, c.Telephone, c.Ville, c.AnneesExperience, c.ExperienceEntrepreneuriale, c.Motivation,
                c.Competences, c.Domaines, c.LienLinkedIn, c.LienGitHub, c.LienPortfolio, c.Disponibilite, c.ConsentementLe,
                c.AnnuairePublic, c.CreeLe, c.ModifieLe, c.DeposeeLe, c.DecisionLe, c.MotifDecision,
                historique = c.Historique.OrderBy(h => h.At).Select(h => new { h.At, etat = h.Etat.ToString(), h.Motif }),
                cv = cvs.Where(x => x.CandidatureId == c.Id).Select(x => new { x.NomFichier, x.Taille, x.DeposeLe, contenuBase64 = Convert.ToBase64String(x.Contenu) }).FirstOrDefault(),
                propositions = propositions.Where(x => x.CandidatureId == c.Id).Select(x => new { x.Defi, x.Administration, etat = x.Etat.ToString(), x.ProposeeLe, x.AvisAdministration, x.DecideeLe }),
                offres = offres.Where(o => o.CandidatureId == c.Id).Select(o => new { o.SalaireNetMensuel, o.PartVariablePourcent, o.RegleAppliquee, o.DureeMois, o.DateDebut, etat = o.Etat.ToString(), o.EnvoyeeLe, o.ReponduLe }),
                entretiens = creneaux.Where(x => x.CandidatureId == c.Id).Select(x => new { type = x.Type.ToString(), x.Debut, x.Fin, x.Modalites }),
            }),
        };
        audit.Enregistrer("candidat.export-donnees", "Utilisateur", moi.ToString());
        await db.SaveChangesAsync();
        return File(JsonSerializer.SerializeToUtf8Bytes(export, Json), "application/json", "mes-donnees-eig.json");
    }
}
