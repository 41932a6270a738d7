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

        if (!await db.Promotions.AnyAsync(ct))
        {
            var annee = today.Month >= 9 ? today.Year : today.Year - 1;
            var passee = Promotion.Nouvelle(7, annee - 1, "");
            var courante = Promotion.Nouvelle(8, annee, "");
            passee.Publier(now);
            courante.Publier(now);
            db.Promotions.AddRange(passee, courante);

            // The latest call's nine criteria, its two profiles and its co-financing (seeds 000 and 001: the program
            // pays 30 % of a 3,500 € or 4,000 € net monthly salary).
            var grilleAap = GrilleDeSelection.ParDefaut();
            db.Grilles.Add(grilleAap);
            var aap = new AppelAProjets
            {
                PromotionId = courante.Id, Titre = $"Appel à projets — promotion {courante.Numero + 1}",
                Mode = ModeAppel.Continu, Ouverture = today.AddDays(-60), GrilleId = grilleAap.Id,
                TauxCofinancement = 30, SalairesReference = "3500;4000",
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
            // Each call's règlement, as staff upload it: the public pages' "règlement" buttons lead to it.
            var equipe = (await users.FindByEmailAsync(Comptes.Single(c => c.Role == Roles.Staff).Email))!;
            var reglementAap = new FichierAap
            {
                NomFichier = "reglement-appel-a-projets.pdf", DeposeParId = equipe.Id, DeposeLe = now,
                Contenu = Reglement(aap.Titre,
                [
                    "Document de démonstration : il tient la place du règlement que l'équipe du programme dépose sur l'appel.",
                    $"L'appel est ouvert en continu depuis le {Fr.Date(aap.Ouverture!.Value)}. Une administration y dépose un dossier par projet ; l'équipe l'instruit, des évaluateurs et évaluatrices le notent, puis un jury décide.",
                    $"Les projets retenus accueillent des entrepreneurs et entrepreneuses d'intérêt général de la promotion {courante.Numero + 1}, aux profils : {string.Join(", ", AppelAProjets.ProfilsParDefaut).ToLowerInvariant()}.",
                ]),
            };
            reglementAap.Taille = reglementAap.Contenu.Length;
            db.FichiersAap.Add(reglementAap);
            aap.ReglementFichierId = reglementAap.Id;
            db.ReglementsAppels.Add(new ReglementAppel
            {
                AppelId = aac.Id, NomFichier = "reglement-appel-a-candidatures.pdf", DeposeLe = now,
                Contenu = Reglement(aac.Titre,
                [
                    "Document de démonstration : il tient la place du règlement que l'équipe du programme dépose sur l'appel.",
                    $"Les candidatures sont reçues du {Fr.Date(aac.Ouverture!.Value)} au {Fr.Date(aac.Cloture!.Value)}, pour les profils de directeur ou directrice de produit et de directeur ou directrice technique.",
                    "Chaque candidature est évaluée sur dossier puis en entretien ; les personnes retenues rejoignent un défi pour la durée de la promotion, en contrat de projet à la DINUM.",
                ]),
            });

            db.Defis.AddRange(
                new Defi { PromotionId = passee.Id, Titre = "Signalements simplifiés", Slug = "signalements-simplifies", Publie = true,
                    Administration = "Ministère de l'Intérieur", Resume = "Un service pour que les usagers signalent un problème de voirie en deux minutes, et que la commune le traite sans ressaisie." },
                new Defi { PromotionId = passee.Id, Titre = "Données des aides agricoles", Slug = "donnees-aides-agricoles", Publie = true,
                    Administration = "Ministère de l'Agriculture", Resume = "Croiser les données des aides pour repérer les exploitations qui n'ont pas demandé ce à quoi elles ont droit." },
                new Defi { PromotionId = courante.Id, Titre = "Parcours d'accueil des réfugiés", Slug = "parcours-accueil-refugies", Publie = true,
                    Administration = "Délégation interministérielle à l'accueil et à l'intégration des réfugiés", Resume = "Un outil partagé entre associations et services de l'État pour suivre l'accès au logement et à l'emploi." });
            await db.SaveChangesAsync(ct);

            // Work in progress, so that each demo account opens onto something to do.
            await new DemoTravaux(db, users, now).AjouterAsync(aap, grilleAap, aac,
                async role => (await users.FindByEmailAsync(Comptes.Single(c => c.Role == role).Email))!);
            await db.SaveChangesAsync(ct);
        }

        // The public site's pages (programme, administrations, candidats…), news, people and défis, once.
        if (!await db.Set<Eig.Web.Contenus.PageContenu>().AnyAsync(ct) && Directory.Exists(DossierContenus))
            await importer.ImporterAsync(DossierContenus);

        return created;
    }

    private static byte[] Reglement(string titre, IEnumerable<string> paragraphes)
    {
        using var pdf = new Pdf.PdfTexte($"Règlement — {titre}");
        pdf.Ligne("Programme Entrepreneurs d'intérêt général", pdf.Texte, 40, Pdf.PdfTexte.Bleu);
        pdf.Ligne("Règlement de l'appel", pdf.Titre, 24);
        pdf.Paragraphe(titre, pdf.Gras);
        foreach (var p in paragraphes) pdf.Paragraphe(p);
        return pdf.Octets();
    }
}
