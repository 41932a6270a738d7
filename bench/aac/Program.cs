using System.Diagnostics;
using Eig.Web.Infrastructure.Database;
using Eig.Web.Appels;
using Eig.Web.AppelsAProjets;
using Eig.Web.Candidatures;
using Eig.Web.Candidatures;
using Eig.Web.Comptes;
using Eig.Web.Promotions;
using Eig.Web.Promotions;
using Eig.Web.Candidatures;
using Eig.Web.Infrastructure.Formats;
using Eig.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

// Call-for-candidates benchmark: 20,000 candidatures (2,000 of them in the vivier), a promotion of 60 défis with two
// open posts each, on a fresh SQLite file (or PostgreSQL: EIG_BENCH_POSTGRES=<connection string to a database>).
// Measures the promotion-wide matching as the page runs it. The staff lists (HTML rendered) are measured by bench/instruction.
const int Candidatures = 20_000, Vivier = 2_000, Defis = 60, Repetitions = 30;
var pg = Environment.GetEnvironmentVariable("EIG_BENCH_POSTGRES");
var fichier = Path.Combine(Path.GetTempPath(), $"eig-bench-aac-{Guid.NewGuid():N}.db");
EigDbContext Contexte() => pg is { Length: > 0 }
    ? DatabaseSetup.CreateContext(DatabaseProvider.PostgreSQL, pg)
    : DatabaseSetup.CreateContext(DatabaseProvider.Sqlite, $"Data Source={fichier}");

var chrono = Stopwatch.StartNew();
Guid appelId, promotionId, produitId;
await using (var db = Contexte())
{
    await DatabaseMigrator.ApplyAsync(db);
    var today = DateOnly.FromDateTime(DateTime.UtcNow);
    var promo = new Promotion { Numero = 99, Annee = 2099, Debut = today, Fin = today.AddMonths(10) };
    var appel = new AppelACandidatures { PromotionId = promo.Id, Titre = "Banc d'essai", Ouverture = today.AddDays(-30), Cloture = today.AddDays(30) };
    var produit = appel.AjouterProfil("produit", "Directeur ou directrice de produit");
    var technique = appel.AjouterProfil("technique", "Directeur ou directrice technique");
    appel.Publier(DateTime.UtcNow);
    db.AddRange(promo, appel);
    var porteur = new Utilisateur { Id = Guid.CreateVersion7(), UserName = "porteur@bench", Email = "porteur@bench", NomComplet = "Porteur" };
    db.Users.Add(porteur);
    await db.SaveChangesAsync();
    (appelId, promotionId, produitId) = (appel.Id, promo.Id, produit.Id);

    string[] mots = ["santé", "données", "justice", "environnement", "éducation", "design", "sécurité", "cartographie", "finances", "emploi"];
    var rnd = new Random(42);
    var now = DateTime.UtcNow;
    for (var lot = 0; lot < Candidatures / 1000; lot++)
    {
        db.ChangeTracker.Clear();
        for (var i = 0; i < 1000; i++)
        {
            var n = lot * 1000 + i;
            var u = new Utilisateur { Id = Guid.CreateVersion7(), UserName = $"c{n}@bench", Email = $"c{n}@bench", NomComplet = $"Candidat {n}" };
            var c = Candidature.Creer(appel.Id, u.Id, u.Email!, now);
            c.Prenom = $"Prénom{n}"; c.Nom = $"Nom{n}"; c.ProfilId = n % 2 == 0 ? produit.Id : technique.Id; c.AnneesExperience = rnd.Next(3, 25);
            c.ExperienceEntrepreneuriale = "Fondation et direction d'entreprises."; c.Motivation = "Servir l'intérêt général.";
            c.Competences = string.Join(", ", mots.OrderBy(_ => rnd.Next()).Take(3)); c.Domaines = mots[rnd.Next(mots.Length)];
            c.Ville = n % 3 == 0 ? "Paris" : "Lyon"; c.Disponibilite = today.AddDays(rnd.Next(0, 200));
            c.Enregistrer(true, now);
            c.Deposer(true, true, null, now.AddSeconds(n));
            if (n < Vivier) { c.InviterPremierEntretien(porteur.Id, now); c.IntegrerVivier(porteur.Id, now); }
            db.Users.Add(u);
            db.Candidatures.Add(c);
        }
        await db.SaveChangesAsync();
    }
    db.ChangeTracker.Clear();
    for (var d = 0; d < Defis; d++)
    {
        var defi = new Defi { PromotionId = promo.Id, Titre = $"Défi {d}", Slug = $"bench-{d}-{Guid.NewGuid():N}", Administration = "Ministère" };
        db.Defis.Add(defi);
        db.PostesOuverts.Add(new PosteOuvert { DefiId = defi.Id, ProfilCode = "produit", Nombre = 1, ReferentId = porteur.Id, Expertises = $"{mots[d % 10]}, {mots[(d + 3) % 10]}", DebutSouhaite = today.AddDays(60) });
        db.PostesOuverts.Add(new PosteOuvert { DefiId = defi.Id, ProfilCode = "technique", Nombre = 1, ReferentId = porteur.Id, Expertises = mots[(d + 5) % 10], DebutSouhaite = today.AddDays(90) });
    }
    await db.SaveChangesAsync();
}
Console.WriteLine($"Données : {Candidatures} candidatures dont {Vivier} au vivier, {Defis} défis × 2 postes — préparées en {chrono.Elapsed.TotalSeconds:0.0} s ({(pg is { Length: > 0 } ? "PostgreSQL" : "SQLite")}).");

static double Mediane(List<double> v) { v.Sort(); return v.Count % 2 == 1 ? v[v.Count / 2] : (v[v.Count / 2 - 1] + v[v.Count / 2]) / 2; }

// 1. Matching for the promotion (fresh context each time, as a request would have).
var matching = new List<double>();
var suggestions = 0;
for (var i = 0; i < Repetitions; i++)
{
    await using var db = Contexte();
    var t = Stopwatch.StartNew();
    var r = await SuggestionsPromotion.CalculerAsync(db, promotionId);
    matching.Add(t.Elapsed.TotalMilliseconds);
    suggestions = r.Values.Sum(s => s.Count);
}
Console.WriteLine($"Suggestions pour la promotion ({Defis * 2} postes, {suggestions} suggestions) : médiane {Mediane(matching):0.0} ms, max {matching.Max():0.0} ms");

Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
if (File.Exists(fichier)) { File.Delete(fichier); File.Delete(fichier + "-wal"); File.Delete(fichier + "-shm"); }
var ok = Mediane(matching) < 1000;
Console.WriteLine(ok ? "Objectif tenu (< 1 s)." : "Objectif NON tenu.");
return ok ? 0 : 1;
