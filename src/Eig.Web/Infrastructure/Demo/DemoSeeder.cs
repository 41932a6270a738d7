using Eig.Web.Infrastructure.Database;
using Eig.Web.Appels;
using Eig.Web.AppelsAProjets;
using Eig.Web.Candidatures;
using Eig.Web.Comptes;
using Eig.Web.Promotions;
using Eig.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Infrastructure.Demo;

/// <summary>Demo data for the embedded default: a promotion, an open call of each kind, a few défis and one account
/// per role. Passwords are generated on first run and returned to be printed; nothing secret is in the code.</summary>
public sealed class DemoSeeder(EigDbContext db, UserManager<Utilisateur> users, IClock clock, Eig.Web.Contenus.ContentImporter importer)
{
    public const string Domaine = "demo.eig.example";

    /// <summary>The site's demo content, in the program's file format (also the tests' content fixtures).</summary>
    public static string DossierContenus => Path.Combine(AppContext.BaseDirectory, "Infrastructure", "Demo", "contenus");

    public static readonly IReadOnlyList<(string Email, string Role, string Nom)> Comptes =
    [
        ($"equipe@{Domaine}", Roles.Staff, "Camille Équipe"),
        ($"evaluatrice@{Domaine}", Roles.Evaluateur, "Inès Évaluatrice"),
        ($"jury@{Domaine}", Roles.Jury, "Jules Jury"),
        ($"porteur@{Domaine}", Roles.Porteur, "Paul Porteur"),
        ($"candidate@{Domaine}", Roles.Candidat, "Claire Candidate"),
    ];

    public async Task<IReadOnlyList<(string Email, string Role, string Password)>> SeedAsync(CancellationToken ct = default)
    {
        var created = new List<(string, string, string)>();
        var now = clock.UtcNow;
        var today = DateOnly.FromDateTime(now);

        if (!await db.Promotions.AnyAsync(ct))
        {
            var annee = today.Month >= 9 ? today.Year : today.Year - 1;
            var passee = Promotion.Nouvelle(7, annee - 1, "");
            var courante = Promotion.Nouvelle(8, annee, "");
            passee.Publier(now);
            courante.Publier(now);
            db.Promotions.AddRange(passee, courante);

            var aap = new AppelAProjets
            {
                PromotionId = courante.Id, Titre = $"Appel à projets — promotion {courante.Numero + 1}",
                Mode = ModeAppel.Continu, Ouverture = today.AddDays(-30),
            };
            aap.Publier(now);
            var aac = new AppelACandidatures
            {
                PromotionId = courante.Id, Titre = $"Appel à candidatures — promotion {courante.Numero}",
                Mode = ModeAppel.Fenetre, Ouverture = today.AddDays(-15), Cloture = today.AddDays(45),
            };
            // The profiles of promotion 7 (seed 004), each with its scorecards, and one sprint open today.
            foreach (var (code, libelle) in new[] { ("produit", "Directeur ou directrice de produit"), ("technique", "Directeur ou directrice technique") })
            {
                var (dossier, entretien) = Eig.Web.Candidatures.GrillesCandidature.ParDefaut(aac.AjouterProfil(code, libelle));
                db.Grilles.AddRange(dossier, entretien);
            }
            aac.AjouterSprint(today.AddDays(-15), today.AddDays(20), today.AddDays(22), today.AddDays(45));
            aac.Publier(now);
            db.AppelsAProjets.Add(aap);
            db.AppelsACandidatures.Add(aac);

            db.Defis.AddRange(
                new Defi { PromotionId = passee.Id, Titre = "Signalements simplifiés", Slug = "signalements-simplifies", Publie = true,
                    Administration = "Ministère de l'Intérieur", Resume = "Un service pour que les usagers signalent un problème de voirie en deux minutes, et que la commune le traite sans ressaisie." },
                new Defi { PromotionId = passee.Id, Titre = "Données des aides agricoles", Slug = "donnees-aides-agricoles", Publie = true,
                    Administration = "Ministère de l'Agriculture", Resume = "Croiser les données des aides pour repérer les exploitations qui n'ont pas demandé ce à quoi elles ont droit." },
                new Defi { PromotionId = courante.Id, Titre = "Parcours d'accueil des réfugiés", Slug = "parcours-accueil-refugies", Publie = true,
                    Administration = "Délégation interministérielle à l'accueil et à l'intégration des réfugiés", Resume = "Un outil partagé entre associations et services de l'État pour suivre l'accès au logement et à l'emploi." });
            await db.SaveChangesAsync(ct);
        }

        // The public site's pages (programme, administrations, candidats…), news, people and défis, once.
        if (!await db.Set<Eig.Web.Contenus.PageContenu>().AnyAsync(ct) && Directory.Exists(DossierContenus))
            await importer.ImporterAsync(DossierContenus);

        foreach (var (email, role, nom) in Comptes)
        {
            if (await users.FindByEmailAsync(email) is not null) continue;
            var password = Passwords.Generate();
            var user = new Utilisateur
            {
                Id = Guid.CreateVersion7(), UserName = email, Email = email, EmailConfirmed = true, NomComplet = nom, CreeLe = now,
            };
            var result = await users.CreateAsync(user, password);
            if (!result.Succeeded) throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
            await users.AddToRoleAsync(user, role);
            created.Add((email, role, password));
        }
        return created;
    }
}
