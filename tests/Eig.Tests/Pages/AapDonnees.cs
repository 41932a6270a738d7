using Eig.Tests.Support;
using Eig.Web.Infrastructure.Database;
using Eig.Web.Appels;
using Eig.Web.AppelsAProjets;
using Eig.Web.Candidatures;
using Eig.Web.Evaluations;
using Eig.Web.Promotions;
using Microsoft.EntityFrameworkCore;

namespace Eig.Tests.Pages;

/// <summary>Arranges calls and dossiers straight in the database, for tests of the call-for-projects pages.</summary>
public static class AapDonnees
{
    public static readonly DateTime Maintenant = DateTime.UtcNow;

    public static async Task<AppelAProjets> AppelPublieAsync(EigWebFactory f, int criteres = 3)
    {
        return await f.WithDbAsync(async db =>
        {
            var promo = new Promotion { Numero = Random.Shared.Next(100, 1_000_000), Annee = 2027, Debut = new(2027, 9, 1), Fin = new(2028, 6, 30) };
            var grille = new Grille { Nom = "Grille AAP" };
            for (var i = 1; i <= criteres; i++) grille.AjouterCritere($"Critère {i}", $"Description {i}");
            var appel = new AppelAProjets
            {
                PromotionId = promo.Id, Titre = "Appel à projets test", Mode = ModeAppel.Continu, GrilleId = grille.Id,
                ProfilsProposes = "Directeur ou directrice de produit\nDirecteur ou directrice technique",
                TauxCofinancement = 30, SalairesReference = "3500;4000",
            };
            appel.Publier(Maintenant);
            db.AddRange(promo, grille, appel);
            await db.SaveChangesAsync();
            return appel;
        });
    }

    public static DossierProjet Rempli(Guid appelId, Guid porteurId, int numero) => new()
    {
        AppelId = appelId, PorteurId = porteurId, Numero = numero, CreeLe = Maintenant, ModifieLe = Maintenant,
        Titre = $"Projet {numero}", Administration = $"Administration {numero}", TypeAdministration = "Administration centrale",
        SponsorNom = "Claire Martin", SponsorFonction = "Directrice", Probleme = "Un problème", Preuves = "Des preuves",
        PublicsConcernes = "Des usagers", TerrainExperimentation = "Un terrain", ObjectifImpact = "Un impact",
        ApprocheProduit = "Une approche", FeuilleDeRoute = "Une feuille de route", ProfilsSouhaites = "CPO", NombreProfils = 2,
    };

    private static int _numero = 1000;

    /// <summary>A complete dossier of <paramref name="porteurId"/>, filed (or left as a draft).</summary>
    public static async Task<DossierProjet> DossierAsync(EigWebFactory f, Guid appelId, Guid porteurId, bool deposer = true,
        Action<DossierProjet>? puis = null)
    {
        return await f.WithDbAsync(async db =>
        {
            var d = Rempli(appelId, porteurId, Interlocked.Increment(ref _numero));
            if (deposer) d.Deposer(await db.AppelsAProjets.SingleAsync(a => a.Id == appelId), porteurId, Maintenant);
            puis?.Invoke(d);
            db.DossiersProjets.Add(d);
            await db.SaveChangesAsync();
            return d;
        });
    }
}
