using Eig.Web.AppelsAProjets;
using Eig.Web.Candidatures;
using Eig.Web.Contenus;
using Eig.Web.Infrastructure.Audit;
using Eig.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Promotions;

/// <summary>
/// A laureate dossier becomes a défi of its call's promotion, as a draft for staff to complete and publish: its
/// administration, sponsor (name and role), problem and granted profiles come from the dossier and the jury; a post
/// opens for each granted profile, with the porteur as the administration's referent, so recruitment starts without
/// anyone re-typing them. Called inside the jury's publication transaction; saves nothing itself.
/// </summary>
public sealed class Laureats(EigDbContext db, IAuditLog audit)
{
    public async Task<Defi> CreerDefiAsync(DossierProjet dossier, Guid promotionId, IReadOnlyCollection<ProfilOctroye> profils, CancellationToken ct = default)
    {
        var numero = await db.Promotions.Where(p => p.Id == promotionId).Select(p => p.Numero).FirstAsync(ct);
        var defi = new Defi
        {
            PromotionId = promotionId, DossierId = dossier.Id, Titre = Tronquer(dossier.Titre, 200),
            Administration = Tronquer(dossier.Administration, 200),
            SponsorNom = Tronquer(dossier.SponsorNom, 200), SponsorFonction = Tronquer(dossier.SponsorFonction, 200),
            Resume = Tronquer(dossier.Probleme, 2000), Publie = false,
            Promotions = ListeSlugs.Ecrire([numero.ToString(System.Globalization.CultureInfo.InvariantCulture)]),
            Slug = await SlugLibreAsync(dossier.Titre, dossier.Numero, ct),
        };
        db.Defis.Add(defi);
        foreach (var po in profils) po.DefiId = defi.Id;
        await OuvrirPostesAsync(defi.Id, dossier.PorteurId, profils.Where(p => p.Nombre > 0).Select(p => (p.Profil, p.Nombre)), ct);
        audit.Enregistrer("defi.creer-depuis-laureat", "Defi", defi.Id.ToString(), dossier.Reference);
        return defi;
    }

    /// <summary>Opens one post per granted profile not open yet on the défi. The jury names profiles by label
    /// ("Directeur ou directrice de produit"); the call for candidates knows them by code.</summary>
    public async Task<int> OuvrirPostesAsync(Guid defiId, Guid referentId, IEnumerable<(string Profil, int Nombre)> profils, CancellationToken ct = default)
    {
        var connus = await db.ProfilsRecherches.Select(p => new { p.Code, p.Libelle }).ToListAsync(ct);
        var ouverts = 0;
        foreach (var (profil, nombre) in profils)
        {
            var t = profil.Trim();
            var code = connus.FirstOrDefault(p => string.Equals(p.Libelle, t, StringComparison.OrdinalIgnoreCase)
                                                  || string.Equals(p.Code, t, StringComparison.OrdinalIgnoreCase))?.Code
                       ?? t.ToLowerInvariant()[..Math.Min(40, t.Length)];
            if (db.PostesOuverts.Local.Any(p => p.DefiId == defiId && p.ProfilCode == code)
                || await db.PostesOuverts.AnyAsync(p => p.DefiId == defiId && p.ProfilCode == code, ct))
                continue;
            var poste = new PosteOuvert { DefiId = defiId, ProfilCode = code, Nombre = nombre, ReferentId = referentId };
            db.PostesOuverts.Add(poste);
            audit.Enregistrer("recrutement.poste-ouvert", "PosteOuvert", poste.Id.ToString(), $"{code} × {nombre}");
            ouverts++;
        }
        return ouverts;
    }

    private async Task<string> SlugLibreAsync(string titre, int numero, CancellationToken ct)
    {
        var slug = Slug.De(titre);
        return db.Defis.Local.Any(d => d.Slug == slug) || await db.Defis.AnyAsync(d => d.Slug == slug, ct) ? $"{slug}-{numero}" : slug;
    }

    private static string Tronquer(string s, int n) => s.Length > n ? s[..n] : s;
}
