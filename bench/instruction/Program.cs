// Staff at volume: 5,000 filed dossiers, 4,000 of them in instruction with 5 submitted reviews each (20,000 reviews,
// 100,000 criterion scores), 20,000 candidatures
// (2,000 of them in the vivier), on a fresh SQLite file — or PostgreSQL with EIG_BENCH_POSTGRES=<server connection
// string> (a database is created, then dropped). The real application, built in Release, runs in this process on
// Mvc.Testing's TestServer (the whole pipeline and the HTML, no socket), in the Production environment, and a staff
// member signed in with the second factor asks for:
//   1. every staff list page (20 GETs after 2 warm-ups, median and p95; target: median under 100 ms);
//   2. a bulk action on 500 dossiers through the list's form: the confirmation, then the action (label; start of
//      instruction on 500 filed dossiers) — target under 5 s;
//   3. the full XLSX export of the dossiers (every field, each review per criterion), as the background job writes
//      it: duration and the growth of the process's peak resident memory — targets under 10 s and 200 MB.
using System.Diagnostics;
using System.Net;
using System.Security.Claims;
using System.Text.RegularExpressions;
using Eig.Web.Appels;
using Eig.Web.AppelsAProjets;
using Eig.Web.Candidatures;
using Eig.Web.Comptes;
using Eig.Web.Evaluations;
using Eig.Web.Extractions;
using Eig.Web.Infrastructure.Database;
using Eig.Web.Infrastructure.Security;
using Eig.Web.Instruction;
using Eig.Web.Promotions;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;
using Avis = Eig.Web.Evaluations.Evaluation;

namespace Eig.Bench.Instruction;

/// <summary>Not top-level statements: those would declare a second <c>Program</c>, and WebApplicationFactory&lt;Program&gt;
/// would start the benchmark itself instead of the application.</summary>
public static class Banc
{
    const int Dossiers = 5_000, Deposes = 1_000, Evaluateurs = 60, AvisParDossier = 5, Candidatures = 20_000, Vivier = 2_000;
    const int Lot = 500, Tours = 20, Chauffe = 2;

    static DatabaseProvider fournisseur;
    static string chaine = "";
    static readonly List<string> echecs = [];
    static EigDbContext Db() => DatabaseSetup.CreateContext(fournisseur, chaine);

    public static async Task<int> Main(string[] args)
    {
        var serveurPg = Environment.GetEnvironmentVariable("EIG_BENCH_POSTGRES");
        var dossierTemp = Path.Combine(Path.GetTempPath(), $"eig-bench-instruction-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dossierTemp);
        string? basePg = null;
        if (serveurPg is { Length: > 0 })
        {
            basePg = "eig_bench_" + Guid.NewGuid().ToString("N")[..16];
            await using (var c = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(serveurPg) { Database = "postgres", Pooling = false }.ToString()))
            {
                await c.OpenAsync();
                await using var cmd = c.CreateCommand();
                cmd.CommandText = $"CREATE DATABASE \"{basePg}\"";
                await cmd.ExecuteNonQueryAsync();
            }
            (fournisseur, chaine) = (DatabaseProvider.PostgreSQL, new NpgsqlConnectionStringBuilder(serveurPg) { Database = basePg }.ToString());
        }
        else (fournisseur, chaine) = (DatabaseProvider.Sqlite, $"Data Source={Path.Combine(dossierTemp, "eig.db")}");
        try
        {
            await using var app = new Application(fournisseur, chaine, Path.Combine(dossierTemp, "courriels"));
            Console.WriteLine("Démarrage de l'application…");
            _ = app.Services; // starts the host: migrations, as at start-up
            Console.WriteLine("Application démarrée ; création des données…");
            var chrono = Stopwatch.StartNew();
            var donnees = await PeuplerAsync();
            Console.WriteLine($"Données : {Dossiers:N0} dossiers dont {Deposes:N0} déposés sans évaluation et {Dossiers - Deposes:N0} en instruction "
                + $"avec {AvisParDossier} évaluations soumises chacun ({(Dossiers - Deposes) * AvisParDossier:N0}), "
                + $"{Candidatures:N0} candidatures dont {Vivier:N0} au vivier — créées en {chrono.Elapsed.TotalSeconds:0} s "
                + $"({(basePg is null ? "SQLite" : "PostgreSQL")}).");

            var staff = await app.ClientEquipeAsync();

            // 1. The staff list pages, as a staff member opens them (filters the pages offer, a far page, a search).
            Console.WriteLine();
            Console.WriteLine($"1. Pages de liste de l'équipe (HTML complet, {Tours} mesures après {Chauffe} de chauffe)");
            var pages = new (string Nom, string Url)[]
            {
                ("Accueil de l'équipe", "/admin"),
                ("Dossiers, tous", "/admin/dossiers"),
                ("Dossiers, appel + en instruction + note ≥ 2, tri par note", $"/admin/dossiers?appel={donnees.AppelAap}&etat=EnInstruction&scoreMin=2&tri=score"),
                ("Dossiers, recherche « logement »", "/admin/dossiers?q=logement"),
                ("Dossiers, page 80", "/admin/dossiers?p=80"),
                ("Candidatures, toutes", "/admin/candidatures"),
                ("Candidatures, appel + déposées + profil", $"/admin/candidatures?Appel={donnees.AppelAac}&Etat=Deposee&Profil={donnees.Profil}"),
                ("Candidatures, recherche par nom", "/admin/candidatures?Q=nom1234"),
                ("Candidatures, page 600", "/admin/candidatures?page=600"),
                ("Vivier", "/admin/vivier"),
                ("Vivier, compétence + ville", "/admin/vivier?Competence=sant%C3%A9&Ville=Lyon"),
                ("Vivier, page 30", "/admin/vivier?page=30"),
                ("Appels à projets", "/admin/appels-a-projets"),
                ("Classement de l'appel à projets", $"/admin/appels-a-projets/{donnees.AppelAap}/classement"),
                ("Appels à candidatures", "/admin/appels-a-candidatures"),
                ("Recrutement", "/admin/recrutement"),
                ("Journal", "/admin/journal"),
                ("Utilisateurs, recherche", "/admin/utilisateurs?Recherche=c123"),
                ("Recherche de l'équipe", "/admin/recherche?q=Projet%204242"),
                ("Étiquettes", "/admin/etiquettes"),
                ("Exports", "/admin/exports"),
                ("Promotions", "/admin/promotions"),
                ("Suivi des défis", "/admin/promotions/suivi"),
                ("Tâches planifiées", "/admin/taches"),
            };
            var medianes = new List<(string, double)>();
            // `Eig.Bench.Instruction <URL> [<URL prefix>*] …`: only those pages, then stop (with EIG_BENCH_SQL=1, each SQL
            // command and its time is logged).
            var filtre = args.Length > 0 ? args : null;
            foreach (var (nom, url) in pages.Where(p => filtre is null || filtre.Any(a => p.Url == a || (a.EndsWith('*') && p.Url.StartsWith(a[..^1], StringComparison.Ordinal)))))
            {
                var temps = new List<double>();
                // The process's CPU time per request too: on a shared machine the wall time grows with the other
                // sessions' load, the CPU a request costs much less.
                var cpu = new List<double>();
                long octets = 0;
                for (var i = 0; i < Chauffe + Tours; i++)
                {
                    var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
                    var t = Stopwatch.StartNew();
                    using var r = await staff.GetAsync(url);
                    var html = await r.Content.ReadAsStringAsync();
                    t.Stop();
                    if (i >= Chauffe) cpu.Add((Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalMilliseconds);
                    if (r.StatusCode != HttpStatusCode.OK) { echecs.Add($"{url} : {(int)r.StatusCode}"); break; }
                    octets = html.Length;
                    if (i >= Chauffe) temps.Add(t.Elapsed.TotalMilliseconds);
                }
                if (temps.Count == 0) continue;
                temps.Sort();
                cpu.Sort();
                var m = Mediane(temps);
                medianes.Add((nom, m));
                Console.WriteLine($"   {nom,-62} médiane {m,7:0.0} ms   p95 {temps[(int)(temps.Count * 0.95) - 1],7:0.0} ms   ({octets / 1024.0:0} Ko, CPU médiane {Mediane(cpu):0.0} ms)");
            }

            if (filtre is not null) return 0;

            // 2. Bulk actions on 500 dossiers, through the list's form (confirmation, then the action).
            Console.WriteLine();
            Console.WriteLine($"2. Actions en lot sur {Lot} dossiers (confirmation puis application, par le formulaire de la liste)");
            var lotEtiquette = await EnLotAsync(staff, "etiqueter", donnees.EnInstruction.Take(Lot).ToList(), ("Input.EtiquetteId", donnees.Etiquette.ToString()));
            var lotInstruire = await EnLotAsync(staff, "instruire", donnees.Deposes.Take(Lot).ToList());

            // 3. The full export, as the background job writes it.
            Console.WriteLine();
            Console.WriteLine("3. Export XLSX complet des dossiers (chaque champ, chaque évaluation par critère)");
            GC.Collect(2, GCCollectionMode.Aggressive, true, true);
            var rssAvant = Memoire("VmRSS");
            var remiseAZero = RemettrePic();
            var tExport = Stopwatch.StartNew();
            FichierExport fichier;
            await using (var db = Db())
                fichier = await Exporteur.EcrireAsync(JeuxDeDonnees.Dossiers, "xlsx", db, CancellationToken.None);
            tExport.Stop();
            var pic = Memoire("VmHWM");
            var taille = new FileInfo(fichier.Chemin).Length;
            File.Delete(fichier.Chemin);
            var croissance = (pic - rssAvant) / 1024.0;
            Console.WriteLine($"   {tExport.Elapsed.TotalSeconds:0.00} s ; fichier {taille / 1024.0 / 1024:0.0} Mo ; mémoire résidente avant {rssAvant / 1024.0:0} Mo, "
                + (remiseAZero ? $"pic pendant l'export {pic / 1024.0:0} Mo, soit +{croissance:0} Mo" : "pic non mesurable ici (/proc/self/clear_refs refusé)"));

            Console.WriteLine();
            var pirePage = medianes.MaxBy(m => m.Item2);
            var objectifs = new (string Objectif, bool Tenu, string Mesure)[]
            {
                ("chaque page de liste de l'équipe : médiane sous 100 ms", echecs.Count == 0 && pirePage.Item2 < 100, $"la plus lente : {pirePage.Item1}, {pirePage.Item2:0.0} ms"),
                ($"action en lot sur {Lot} éléments sous 5 s", lotEtiquette < 5 && lotInstruire < 5, $"étiquette {lotEtiquette:0.00} s, instruction {lotInstruire:0.00} s"),
                ("export XLSX de 5 000 dossiers sous 10 s", tExport.Elapsed.TotalSeconds < 10, $"{tExport.Elapsed.TotalSeconds:0.00} s"),
                ("… et sous 200 Mo de mémoire", remiseAZero && croissance < 200, remiseAZero ? $"+{croissance:0} Mo" : "non mesuré"),
            };
            foreach (var (objectif, tenu, mesure) in objectifs)
                Console.WriteLine($"{(tenu ? "tenu    " : "NON tenu")}  {objectif} ({mesure})");
            foreach (var e in echecs) Console.WriteLine($"ERREUR  {e}");
            return objectifs.All(o => o.Tenu) ? 0 : 1;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            NpgsqlConnection.ClearAllPools();
            if (Environment.GetEnvironmentVariable("EIG_BENCH_KEEP") != "1") try { Directory.Delete(dossierTemp, true); } catch (IOException) { }
            if (basePg is not null)
            {
                await using var c = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(serveurPg) { Database = "postgres", Pooling = false }.ToString());
                await c.OpenAsync();
                await using var cmd = c.CreateCommand();
                cmd.CommandText = $"DROP DATABASE IF EXISTS \"{basePg}\" WITH (FORCE)";
                await cmd.ExecuteNonQueryAsync();
            }
        }

    }

    // A bulk action as staff take it: the list's own form token, "Préparer" (the confirmation with the count), then
    // "Appliquer"; returns the seconds of both steps and checks the result says every item was applied.
    static async Task<double> EnLotAsync(HttpClient client, string action, List<Guid> ids, params (string, string)[] champs)
    {
        var liste = await client.GetStringAsync("/admin/dossiers");
        var jeton = Regex.Match(liste, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        if (jeton.Length == 0) jeton = Regex.Match(liste, "name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"").Groups[1].Value;
        var formulaire = new List<KeyValuePair<string, string>>
        {
            new("__RequestVerificationToken", jeton), new("Selection", string.Join(',', ids)), new("Input.Action", action),
        };
        formulaire.AddRange(champs.Select(c => new KeyValuePair<string, string>(c.Item1, c.Item2)));
        var t = Stopwatch.StartNew();
        using var preparer = await client.PostAsync("/admin/lot/dossiers?handler=Preparer", new FormUrlEncodedContent(formulaire));
        var confirmation = await preparer.Content.ReadAsStringAsync();
        var tPreparer = t.Elapsed.TotalSeconds;
        using var appliquer = await client.PostAsync("/admin/lot/dossiers?handler=Appliquer", new FormUrlEncodedContent(formulaire));
        var resultat = await appliquer.Content.ReadAsStringAsync();
        t.Stop();
        var ok = preparer.StatusCode == HttpStatusCode.OK && appliquer.StatusCode == HttpStatusCode.OK;
        if (!ok) echecs.Add($"lot « {action} » : {(int)preparer.StatusCode} puis {(int)appliquer.StatusCode}");
        await using (var db = Db())
        {
            var faits = action == "instruire"
                ? await db.DossiersProjets.CountAsync(d => ids.Contains(d.Id) && d.Etat == EtatDossier.EnInstruction)
                : await db.EtiquettesPosees.CountAsync(p => p.DossierId != null && ids.Contains(p.DossierId.Value));
            if (faits != ids.Count) echecs.Add($"lot « {action} » : {faits} éléments sur {ids.Count} modifiés en base");
            Console.WriteLine($"   « {action} » : confirmation {tPreparer:0.00} s, application {t.Elapsed.TotalSeconds - tPreparer:0.00} s, "
                + $"total {t.Elapsed.TotalSeconds:0.00} s ; {faits} sur {ids.Count} modifiés en base");
        }
        return t.Elapsed.TotalSeconds;
    }

    static double Mediane(List<double> v) => v.Count % 2 == 1 ? v[v.Count / 2] : (v[v.Count / 2 - 1] + v[v.Count / 2]) / 2;

    // kB, from /proc/self/status (VmRSS: now; VmHWM: the peak since start or since the last reset).
    static long Memoire(string cle) =>
        File.ReadLines("/proc/self/status").Where(l => l.StartsWith(cle + ":")).Select(l => long.Parse(Regex.Match(l, @"\d+").Value)).FirstOrDefault();

    // Writing 5 to clear_refs resets VmHWM to the current resident size (Linux 4.0+).
    static bool RemettrePic()
    {
        try { File.WriteAllText("/proc/self/clear_refs", "5"); return true; } catch (Exception) { return false; }
    }

    static async Task<Donnees> PeuplerAsync()
    {
        var rnd = new Random(42);
        var maintenant = DateTime.UtcNow;
        var aujourdhui = DateOnly.FromDateTime(maintenant);
        var promo = new Promotion { Numero = 9, Annee = 2027, Debut = new(2027, 9, 1), Fin = new(2028, 6, 30) };
        var grille = new Grille { Nom = "Critères" };
        foreach (var (nom, poids) in new[] { ("Problème avéré", 2), ("Problème majeur", 1), ("Problème actionnable", 2), ("Sponsoring", 1), ("Feuille de route", 1) })
            grille.AjouterCritere(nom, null, poids);
        var appel = new AppelAProjets { PromotionId = promo.Id, Titre = "Appel à projets du banc d'essai", Mode = ModeAppel.Continu, GrilleId = grille.Id };
        appel.Publier(maintenant);
        var porteur = new Utilisateur { Id = Guid.CreateVersion7(), UserName = "porteur@bench.fr", Email = "porteur@bench.fr", NomComplet = "Porteur", CreeLe = maintenant };
        var evaluateurs = Enumerable.Range(1, Evaluateurs).Select(i => new Utilisateur
        {
            Id = Guid.CreateVersion7(), UserName = $"ev{i}@bench.fr", Email = $"ev{i}@bench.fr", NomComplet = $"Évaluateur {i}", CreeLe = maintenant,
        }).ToList();
        var etiquette = Etiquette.Creer("À revoir", CouleursEtiquette.ParDefaut, maintenant);
        await using (var db = Db())
        {
            db.AddRange(promo, grille, appel, porteur, etiquette);
            db.Users.AddRange(evaluateurs);
            await db.SaveChangesAsync();
        }
        string[] themes = ["logement", "santé", "emploi", "transports", "éducation", "justice", "agriculture", "culture"];
        var texte = string.Concat(Enumerable.Repeat("Un texte de dossier représentatif, avec des accents et des chiffres 123. ", 12));
        var enInstruction = new List<Guid>();
        var deposes = new List<Guid>();
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
                    SponsorNom = "Sponsor", SponsorFonction = "Directrice", Probleme = $"Un problème de {themes[(n * 7) % themes.Length]} qui touche beaucoup de monde. {texte}",
                    Preuves = texte, PublicsConcernes = "Les usagers", TerrainExperimentation = "Deux départements", ObjectifImpact = texte, ApprocheProduit = texte,
                    FeuilleDeRoute = texte, ProfilsSouhaites = "CPO", NombreProfils = 1,
                };
                d.Deposer(appel, porteur.Id, maintenant);
                db.DossiersProjets.Add(d);
                if (n <= Deposes) { deposes.Add(d.Id); continue; }
                d.CommencerInstruction(porteur.Id, maintenant);
                enInstruction.Add(d.Id);
                foreach (var ev in Enumerable.Range(0, AvisParDossier).Select(i => evaluateurs[(n + i * 11) % Evaluateurs]))
                {
                    var aff = Affectation.Creer(ObjetsEvalues.DossierProjet, d.Id, grille.Id, ev.Id, null, maintenant, 21);
                    var avis = Avis.Commencer(aff, maintenant);
                    avis.Enregistrer(grille, grille.Criteres.ToDictionary(c => c.Id, _ => ((int?)rnd.Next(1, 6), (string?)"Commentaire du critère")),
                        "Avis général", Recommandation.Favorable, maintenant);
                    avis.Soumettre(grille, maintenant);
                    db.Affectations.Add(aff);
                    db.Evaluations.Add(avis);
                }
            }
            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync();
        }
        var aac = new AppelACandidatures { PromotionId = promo.Id, Titre = "Appel à candidatures du banc d'essai", Ouverture = aujourdhui.AddDays(-30), Cloture = aujourdhui.AddDays(30) };
        var produit = aac.AjouterProfil("produit", "Directeur ou directrice de produit");
        var technique = aac.AjouterProfil("technique", "Directeur ou directrice technique");
        aac.Publier(maintenant);
        await using (var db = Db())
        {
            db.AppelsACandidatures.Add(aac);
            await db.SaveChangesAsync();
        }
        string[] mots = ["santé", "données", "justice", "environnement", "éducation", "design", "sécurité", "cartographie", "finances", "emploi"];
        for (var lot = 0; lot < Candidatures / 1000; lot++)
        {
            await using var db = Db();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = 0; i < 1000; i++)
            {
                var n = lot * 1000 + i;
                var u = new Utilisateur { Id = Guid.CreateVersion7(), UserName = $"c{n}@bench.fr", Email = $"c{n}@bench.fr", NomComplet = $"Candidat {n}", CreeLe = maintenant };
                var c = Candidature.Creer(aac.Id, u.Id, u.Email!, maintenant);
                c.Prenom = $"Prénom{n}"; c.Nom = $"Nom{n}"; c.ProfilId = n % 2 == 0 ? produit.Id : technique.Id; c.AnneesExperience = rnd.Next(3, 25);
                c.ExperienceEntrepreneuriale = "Fondation et direction d'entreprises."; c.Motivation = "Servir l'intérêt général.";
                c.Competences = string.Join(", ", mots.OrderBy(_ => rnd.Next()).Take(3)); c.Domaines = mots[rnd.Next(mots.Length)];
                c.Ville = n % 3 == 0 ? "Paris" : "Lyon"; c.Disponibilite = aujourdhui.AddDays(rnd.Next(0, 200));
                c.Enregistrer(true, maintenant);
                c.Deposer(true, true, null, maintenant.AddSeconds(n));
                if (n < Vivier) { c.InviterPremierEntretien(porteur.Id, maintenant); c.IntegrerVivier(porteur.Id, maintenant); }
                db.Users.Add(u);
                db.Candidatures.Add(c);
            }
            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync();
        }
        return new Donnees(appel.Id, aac.Id, produit.Id, etiquette.Id, enInstruction, deposes);
    }

}

sealed record Donnees(Guid AppelAap, Guid AppelAac, Guid Profil, Guid Etiquette, List<Guid> EnInstruction, List<Guid> Deposes);

/// <summary>The application as in production (environment, pipeline, Release build), in process, on the bench's
/// database; mail to a folder and not sent, scheduled jobs off, no demo data, no form rate limit.</summary>
sealed class Application(DatabaseProvider fournisseur, string chaine, string courriels) : WebApplicationFactory<Program>
{
    private static readonly Uri Base = new("https://localhost");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        // The project's folder (wwwroot, the DSFR files): Mvc.Testing's own lookup looks beside the solution file.
        var dossier = new DirectoryInfo(AppContext.BaseDirectory);
        while (dossier is not null && !File.Exists(Path.Combine(dossier.FullName, "src", "Eig.Web", "Eig.Web.csproj"))) dossier = dossier.Parent;
        if (dossier is not null) builder.UseContentRoot(Path.Combine(dossier.FullName, "src", "Eig.Web"));
        foreach (var (cle, valeur) in new Dictionary<string, string?>
        {
            ["Database:Provider"] = fournisseur.ToString(), ["ConnectionStrings:Eig"] = chaine,
            ["Mail:Mode"] = "Pickup", ["Mail:PickupDirectory"] = courriels, ["Mail:SenderEnabled"] = "false",
            ["Planification:Active"] = "false", ["Demo:Seed"] = "false", ["RateLimit:FormsPerMinute"] = "100000",
            ["Logging:LogLevel:Default"] = "Warning", ["Logging:LogLevel:Eig.Requetes"] = "Warning",
            ["Logging:LogLevel:Microsoft.AspNetCore.DataProtection"] = "Error", ["Logging:Console:LogLevel:Eig.Securite.Cles"] = "None",
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Error",
            // What TestServer has not got (request body limits): one warning per form POST otherwise.
            ["Logging:LogLevel:Microsoft.AspNetCore.Mvc.Filters"] = "Error",
            ["Logging:LogLevel:Microsoft.AspNetCore.Routing.EndpointRoutingMiddleware"] = "Error",
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command"] = Environment.GetEnvironmentVariable("EIG_BENCH_SQL") == "1" ? "Information" : "Error",
        })
            builder.UseSetting(cle, valeur);
    }

    /// <summary>A staff member with the second factor: the real auth cookie, built as Identity builds it.</summary>
    public async Task<HttpClient> ClientEquipeAsync()
    {
        using var scope = Services.CreateScope();
        var sp = scope.ServiceProvider;
        var users = sp.GetRequiredService<UserManager<Utilisateur>>();
        var u = new Utilisateur { Id = Guid.CreateVersion7(), UserName = "equipe@bench.fr", Email = "equipe@bench.fr", EmailConfirmed = true, NomComplet = "Équipe du banc", CreeLe = DateTime.UtcNow };
        Verifier(await users.CreateAsync(u, "mot-de-passe-du-banc-d-essai-42"));
        Verifier(await users.AddToRoleAsync(u, Roles.Staff));
        Verifier(await users.ResetAuthenticatorKeyAsync(u));
        Verifier(await users.SetTwoFactorEnabledAsync(u, true));
        var principal = await sp.GetRequiredService<IUserClaimsPrincipalFactory<Utilisateur>>().CreateAsync(u);
        ((ClaimsIdentity)principal.Identity!).AddClaim(new Claim("amr", "mfa"));
        var schema = IdentityConstants.ApplicationScheme;
        var options = sp.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(schema);
        var maintenant = DateTimeOffset.UtcNow;
        var session = await SessionsServeur.OuvrirAsync(sp.GetRequiredService<EigDbContext>(), u.Id, true, maintenant.UtcDateTime, null);
        var proprietes = new AuthenticationProperties { IssuedUtc = maintenant, ExpiresUtc = maintenant.AddHours(8) };
        proprietes.Items[SessionsServeur.Cle] = session.Id.ToString();
        var cookies = new CookieContainer();
        cookies.Add(Base, new Cookie(options.Cookie.Name!, options.TicketDataFormat.Protect(new AuthenticationTicket(principal, proprietes, schema)), "/") { Secure = true });
        return CreateDefaultClient(Base, new CookieContainerHandler(cookies));
    }

    private static void Verifier(IdentityResult r)
    {
        if (!r.Succeeded) throw new InvalidOperationException(string.Join("; ", r.Errors.Select(e => e.Description)));
    }
}
