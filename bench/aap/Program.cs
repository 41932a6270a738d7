// Benchmark of the call for projects' two heavy reads, on a SQLite file (or PostgreSQL with EIG_BENCH_POSTGRES):
// the staff dossier list (filtered, sorted by score, page 1) and the ranking of a 200-dossier jury session,
// with 5,000 dossiers and 20,000 submitted reviews. Prints the median and the 95th percentile of each.
using System.Diagnostics;
using Eig.Web.Infrastructure.Database;
using Eig.Web.Appels;
using Eig.Web.AppelsAProjets;
using Eig.Web.Candidatures;
using Eig.Web.Comptes;
using Eig.Web.AppelsAProjets;
using Eig.Web.Evaluations;
using Eig.Web.Promotions;
using Eig.Web.AppelsAProjets;
using Eig.Web.Evaluations;
using Eig.Web.Infrastructure.Formats;
using Microsoft.EntityFrameworkCore;
using Avis = Eig.Web.Evaluations.Evaluation;

const int Dossiers = 5_000, Evaluateurs = 60, AvisParDossier = 4, Session = 200, Tours = 30;

var pg = Environment.GetEnvironmentVariable("EIG_BENCH_POSTGRES");
var fichier = Path.Combine(Path.GetTempPath(), $"eig-bench-aap-{Guid.NewGuid():N}.db");
EigDbContext Db() => pg is { Length: > 0 }
    ? DatabaseSetup.CreateContext(DatabaseProvider.PostgreSQL, pg)
    : DatabaseSetup.CreateContext(DatabaseProvider.Sqlite, $"Data Source={fichier}");

try
{
    await using (var db = Db())
    {
        await db.Database.EnsureDeletedAsync();
        await DatabaseMigrator.ApplyAsync(db);
    }
    var (appelId, sessionId) = await PeuplerAsync();

    var filtres = new ListeDossiers.Filtres(appelId, EtatDossier.EnInstruction, null, null, 2.0, null, "score");
    var liste = await MesurerAsync("Liste des dossiers (appel + statut + note ≥ 2, tri par note, page 1)", async db =>
        (await ListeDossiers.Requete(db, filtres).Take(50).ToListAsync()).Count);
    var avecRecherche = await MesurerAsync("Liste des dossiers (recherche « logement », tri récent, page 1)", async db =>
        (await ListeDossiers.Requete(db, filtres with { Etat = null, ScoreMin = null, Recherche = "logement", Tri = "recent" }).Take(50).ToListAsync()).Count);
    var classement = await MesurerAsync($"Classement d'une session de jury de {Session} dossiers", async db =>
        (await ClassementAppel.CalculerAsync(db, appelId, db.PointsOrdreDuJour.Where(p => p.SessionId == sessionId).Select(p => p.DossierId),
            CancellationToken.None)).Lignes.Count);

    Console.WriteLine();
    Console.WriteLine($"Base : {(pg is { Length: > 0 } ? "PostgreSQL" : "SQLite")} ; {Dossiers} dossiers, {Dossiers * AvisParDossier} évaluations soumises, {Tours} mesures par requête.");
    var ok = new[] { liste, avecRecherche, classement }.All(m => m < 100);
    Console.WriteLine(ok ? "Objectif tenu : médianes sous 100 ms." : "Objectif manqué : une médiane dépasse 100 ms.");
    return ok ? 0 : 1;
}
finally
{
    if (File.Exists(fichier)) File.Delete(fichier);
}

async Task<double> MesurerAsync(string nom, Func<EigDbContext, Task<int>> requete)
{
    await using (var chauffe = Db()) await requete(chauffe);
    var temps = new List<double>();
    var lignes = 0;
    for (var i = 0; i < Tours; i++)
    {
        await using var db = Db();   // a fresh context per request, as in the app
        var sw = Stopwatch.StartNew();
        lignes = await requete(db);
        temps.Add(sw.Elapsed.TotalMilliseconds);
    }
    temps.Sort();
    var mediane = temps[temps.Count / 2];
    Console.WriteLine($"{nom} : médiane {mediane:0.0} ms, p95 {temps[(int)(temps.Count * 0.95)]:0.0} ms ({lignes} lignes)");
    return mediane;
}

async Task<(Guid Appel, Guid Session)> PeuplerAsync()
{
    var sw = Stopwatch.StartNew();
    var rnd = new Random(42);
    var maintenant = DateTime.UtcNow;
    var promo = new Promotion { Numero = 9, Annee = 2027, Debut = new(2027, 9, 1), Fin = new(2028, 6, 30) };
    var grille = new Grille { Nom = "Critères" };
    foreach (var (nom, poids) in new[] { ("Problème avéré", 2), ("Problème majeur", 1), ("Problème actionnable", 2), ("Sponsoring", 1), ("Feuille de route", 1) })
        grille.AjouterCritere(nom, null, poids);
    var appel = new AppelAProjets { PromotionId = promo.Id, Titre = "Appel du banc d'essai", Mode = ModeAppel.Continu, GrilleId = grille.Id };
    appel.Publier(maintenant);
    var porteur = new Utilisateur { Id = Guid.CreateVersion7(), UserName = "porteur@bench", Email = "porteur@bench", NomComplet = "Porteur", CreeLe = maintenant };
    var evaluateurs = Enumerable.Range(1, Evaluateurs).Select(i => new Utilisateur
    {
        Id = Guid.CreateVersion7(), UserName = $"ev{i}@bench", Email = $"ev{i}@bench", NomComplet = $"Évaluateur {i}", CreeLe = maintenant,
    }).ToList();
    await using (var db = Db())
    {
        db.AddRange(promo, grille, appel, porteur);
        db.Users.AddRange(evaluateurs);
        await db.SaveChangesAsync();
    }
    var themes = new[] { "logement", "santé", "emploi", "transports", "éducation", "justice", "agriculture", "culture" };
    var ids = new List<Guid>();
    for (var lot = 0; lot < Dossiers / 500; lot++)
    {
        await using var db = Db();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        for (var k = 0; k < 500; k++)
        {
            var n = lot * 500 + k + 1;
            var d = new DossierProjet
            {
                AppelId = appel.Id, PorteurId = porteur.Id, Numero = n, CreeLe = maintenant, ModifieLe = maintenant.AddMinutes(-n),
                Titre = $"Projet {n} — {themes[n % themes.Length]}", Administration = $"Administration {n % 300}", TypeAdministration = "Administration centrale",
                SponsorNom = "Sponsor", SponsorFonction = "Directrice", Probleme = $"Un problème de {themes[(n * 7) % themes.Length]} qui touche beaucoup de monde.",
                Preuves = "p", PublicsConcernes = "p", TerrainExperimentation = "t", ObjectifImpact = "o", ApprocheProduit = "a", FeuilleDeRoute = "f",
                ProfilsSouhaites = "CPO", NombreProfils = 1,
            };
            d.Deposer(appel, porteur.Id, maintenant);
            d.CommencerInstruction(porteur.Id, maintenant);
            db.DossiersProjets.Add(d);
            ids.Add(d.Id);
            foreach (var ev in Enumerable.Range(0, AvisParDossier).Select(i => evaluateurs[(n + i * 13) % Evaluateurs]))
            {
                var aff = Affectation.Creer(ObjetsEvalues.DossierProjet, d.Id, grille.Id, ev.Id, null, maintenant, 21);
                var avis = Avis.Commencer(aff, maintenant);
                avis.Enregistrer(grille, grille.Criteres.ToDictionary(c => c.Id, _ => ((int?)rnd.Next(1, 6), (string?)null)), "ok", Recommandation.Favorable, maintenant);
                avis.Soumettre(grille, maintenant);
                db.Affectations.Add(aff);
                db.Evaluations.Add(avis);
            }
        }
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync();
    }
    var session = new SessionJury { AppelId = appel.Id, Titre = "Session du banc d'essai", Date = new(2027, 3, 1) };
    session.OrdreDuJour.AddRange(ids.Where((_, i) => i % (Dossiers / Session) == 0).Take(Session)
        .Select((id, i) => new PointOrdreDuJour { SessionId = session.Id, DossierId = id, Ordre = i + 1 }));
    await using (var db = Db())
    {
        db.SessionsJury.Add(session);
        await db.SaveChangesAsync();
    }
    Console.WriteLine($"Données créées en {sw.Elapsed.TotalSeconds:0} s.");
    return (appel.Id, session.Id);
}
