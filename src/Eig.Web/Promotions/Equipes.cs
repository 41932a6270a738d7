using Eig.Web.Candidatures;
using Eig.Web.Contenus;
using Eig.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Promotions;

/// <summary>
/// A recruited EIG joins the défi's team. The team row (MembreEquipe) keeps the link to the account and the
/// candidature; the site's person (Personne, role participant) is what the public défi page, the talents directory
/// (only with the person's consent) and the figures read, exactly as for the EIG imported from the former site.
/// Saves nothing itself: the caller's transaction does.
/// </summary>
public sealed class Equipes(EigDbContext db)
{
    public async Task<MembreEquipe> AccueillirAsync(Candidature candidature, Defi defi, string profil, DateOnly depuis, DateTime maintenant, CancellationToken ct = default)
    {
        var promotion = await db.Promotions.Where(p => p.Id == defi.PromotionId).Select(p => new { p.Numero, p.Libelle }).FirstAsync(ct);
        var nom = $"{candidature.Prenom} {candidature.Nom}".Trim();
        // The same person recruited again (a second défi, a later promotion) stays one person.
        var personneId = await db.MembresEquipes.Where(m => m.CandidatureId == candidature.Id || (m.UtilisateurId != null && m.UtilisateurId == candidature.CandidatId))
            .Select(m => m.PersonneId).FirstOrDefaultAsync(m => m != null, ct);
        var personne = personneId is { } id ? await db.Personnes.FirstOrDefaultAsync(p => p.Id == id, ct) : null;
        if (personne is null)
        {
            var slug = await SlugLibreAsync(Slug.De(nom), ct);
            personne = new Personne { Slug = slug, Fichier = $"personnes/{slug}.md", Nom = nom, Role = RolePersonne.Participant };
            db.Personnes.Add(personne);
        }
        personne.Poste ??= profil;
        personne.Defis = ListeSlugs.Ecrire([.. ListeSlugs.Lire(personne.Defis), defi.Slug]);
        personne.Promotions = ListeSlugs.Ecrire([.. ListeSlugs.Lire(personne.Promotions), Promotion.CleDe(promotion.Numero, promotion.Libelle)]);
        personne.ConsentementProfilPublic = candidature.AnnuairePublic;
        if (candidature.AnnuairePublic && string.IsNullOrEmpty(personne.LinkedIn) && candidature.LienLinkedIn.Length > 0) personne.LinkedIn = candidature.LienLinkedIn;
        personne.ModifieLe = maintenant;
        personne.Version = Guid.NewGuid();
        var membre = new MembreEquipe
        {
            DefiId = defi.Id, UtilisateurId = candidature.CandidatId, CandidatureId = candidature.Id, PersonneId = personne.Id,
            NomComplet = nom, Profil = profil, Depuis = depuis, AnnuairePublic = candidature.AnnuairePublic,
        };
        db.MembresEquipes.Add(membre);
        return membre;
    }

    private async Task<string> SlugLibreAsync(string slug, CancellationToken ct)
    {
        var s = slug;
        for (var i = 2; db.Personnes.Local.Any(p => p.Slug == s) || await db.Personnes.AnyAsync(p => p.Slug == s, ct); i++) s = $"{slug}-{i}";
        return s;
    }
}
