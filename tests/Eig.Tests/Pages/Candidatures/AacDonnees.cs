using Eig.Tests.Support;
using Eig.Web.Infrastructure.Database;
using Eig.Web.Appels;
using Eig.Web.AppelsAProjets;
using Eig.Web.Candidatures;
using Eig.Web.Comptes;
using Eig.Web.Promotions;
using Microsoft.EntityFrameworkCore;

namespace Eig.Tests.Pages.Candidatures;

/// <summary>Arranges a published call for candidates (two profiles with their scorecards, one sprint open today) and
/// candidatures at each step, straight in the database, so that tests start where they need to. Linked into the
/// browser tests too.</summary>
public static partial class AacKit
{
    public static readonly byte[] Pdf = PdfDeTest.Simple();

    public sealed record Appel(Guid Id, Guid ProduitId, Guid TechniqueId, Guid SprintId, Guid PromotionId);

    /// <summary>An open call of a new promotion. Browser test classes share one application and run in parallel: two of
    /// them may pick the same next promotion number at once, and the unique index refuses the second — which tries again.
    /// <paramref name="publieLe"/>: a class that only arranges its data passes a past date, so that its call never
    /// becomes the one a candidate files into from the site (the latest published) while another class's journey runs.</summary>
    public static async Task<Appel> AppelOuvertAsync(this EigWebFactory f, DateTime? publieLe = null)
    {
        for (var essai = 1; ; essai++)
        {
            try { return await NouvelAppelOuvertAsync(f, publieLe ?? DateTime.UtcNow); }
            catch (DbUpdateException) when (essai < 5) { }
        }
    }

    private static async Task<Appel> NouvelAppelOuvertAsync(EigWebFactory f, DateTime publieLe) => await f.WithDbAsync(async db =>
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var numero = (await db.Promotions.MaxAsync(p => (int?)p.Numero) ?? 6) + 1;
        var promo = new Promotion { Numero = numero, Annee = 2020 + numero, Debut = today, Fin = today.AddMonths(10) };
        var appel = new AppelACandidatures { PromotionId = promo.Id, Titre = $"Appel à candidatures — promotion {numero}", Ouverture = today.AddDays(-10), Cloture = today.AddDays(30) };
        var produit = appel.AjouterProfil("produit", "Directeur ou directrice de produit");
        var technique = appel.AjouterProfil("technique", "Directeur ou directrice technique");
        var sprint = appel.AjouterSprint(today.AddDays(-10), today.AddDays(10), today.AddDays(12), today.AddDays(30));
        appel.Publier(publieLe);
        foreach (var p in appel.Profils)
        {
            var (dossier, entretien) = GrillesCandidature.ParDefaut(p);
            db.Grilles.AddRange(dossier, entretien);
        }
        db.Promotions.Add(promo);
        db.AppelsACandidatures.Add(appel);
        await db.SaveChangesAsync();
        return new Appel(appel.Id, produit.Id, technique.Id, sprint.Id, promo.Id);
    });

    /// <summary>A candidature filed by <paramref name="candidat"/>, then moved to <paramref name="etat"/>.</summary>
    public static async Task<Guid> CandidatureAsync(this EigWebFactory f, Appel appel, TestUser candidat, EtatCandidature etat = EtatCandidature.Deposee,
        int annees = 12, string competences = "santé, données", string prenom = "Léa") => await f.WithDbAsync(async db =>
    {
        var now = DateTime.UtcNow;
        var c = Candidature.Creer(appel.Id, candidat.Id, candidat.Email, now);
        c.Prenom = prenom; c.Nom = "Martin"; c.ProfilId = appel.ProduitId; c.AnneesExperience = annees;
        c.ExperienceEntrepreneuriale = "Fondatrice d'une jeune pousse"; c.Motivation = "Servir l'intérêt général";
        c.Competences = competences; c.Ville = "Lyon";
        c.Disponibilite = DateOnly.FromDateTime(now).AddDays(20);
        c.Enregistrer(true, now);
        db.Candidatures.Add(c);
        db.CvCandidatures.Add(new CvCandidature { CandidatureId = c.Id, NomFichier = "cv.pdf", Contenu = Pdf, Taille = Pdf.Length, DeposeLe = now });
        if (etat != EtatCandidature.Brouillon) c.Deposer(true, true, appel.SprintId, now);
        if (etat is EtatCandidature.PremierEntretien or EtatCandidature.Vivier or EtatCandidature.Recrutee) c.InviterPremierEntretien(Guid.Empty, now);
        if (etat is EtatCandidature.Vivier or EtatCandidature.Recrutee) c.IntegrerVivier(Guid.Empty, now);
        if (etat == EtatCandidature.NonRetenue) c.NePasRetenir(Guid.Empty, "Expérience entrepreneuriale trop courte", now);
        if (etat == EtatCandidature.Retiree) c.Retirer(now);
        await db.SaveChangesAsync();
        return c.Id;
    });

    /// <summary>A laureate défi with one open post for the product profile, whose referent is <paramref name="porteur"/>.</summary>
    public static async Task<(Guid DefiId, Guid PosteId)> DefiAvecPosteAsync(this EigWebFactory f, Appel appel, TestUser porteur,
        string titre = "Dossier médical simplifié", string expertises = "santé, données") => await f.WithDbAsync(async db =>
    {
        var defi = new Defi { PromotionId = appel.PromotionId, Titre = titre, Slug = "defi-" + Guid.NewGuid().ToString("N")[..8], Administration = "Ministère de la Santé", Resume = "Un défi" };
        var poste = new PosteOuvert { DefiId = defi.Id, ProfilCode = "produit", Nombre = 1, Expertises = expertises, ReferentId = porteur.Id };
        db.Defis.Add(defi);
        db.PostesOuverts.Add(poste);
        await db.SaveChangesAsync();
        return (defi.Id, poste.Id);
    });

    /// <summary>A promotion (a new call's) with one défi whose sponsor is the referent of its post, and one EIG recruited in
    /// its team (an accepted candidate with an account).</summary>
    public static async Task<(Guid PromotionId, Guid DefiId, TestUser Sponsor, TestUser Eig)> PromotionAvecEquipeAsync(this EigWebFactory f, string titre)
    {
        var aac = await f.AppelOuvertAsync();
        var sponsor = await f.CreateUserAsync(Roles.Porteur);
        var eig = await f.CreateUserAsync(Roles.Candidat);
        var (defiId, _) = await f.DefiAvecPosteAsync(aac, sponsor, titre: titre);
        var candidatureId = await f.CandidatureAsync(aac, eig, EtatCandidature.Vivier, prenom: "Yasmine");
        await f.WithDbAsync(async db =>
        {
            var c = await db.Candidatures.SingleAsync(x => x.Id == candidatureId);
            await new Equipes(db).AccueillirAsync(c, await db.Defis.SingleAsync(d => d.Id == defiId), "Directeur ou directrice de produit", new DateOnly(2027, 9, 15), DateTime.UtcNow);
            await db.SaveChangesAsync();
        });
        return (aac.PromotionId, defiId, sponsor, eig);
    }

    public static async Task<T> Db<T>(this EigWebFactory f, Func<EigDbContext, Task<T>> q) => await f.WithDbAsync(q);

}
