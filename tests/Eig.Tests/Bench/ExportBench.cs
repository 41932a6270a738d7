using System.Diagnostics;
using Eig.Tests.Pages;
using Eig.Tests.Support;
using Eig.Web.AppelsAProjets;
using Eig.Web.Comptes;
using Eig.Web.Evaluations;
using Eig.Web.Extractions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Avis = Eig.Web.Evaluations.Evaluation;

namespace Eig.Tests.Bench;

/// <summary>bench/exports: the full XLSX export of 5,000 dossiers and 20,000 reviews. Runs only with EIG_BENCH=1
/// (see bench/exports/README.md); prints the duration of the export alone.</summary>
public class ExportBench(ITestOutputHelper output)
{
    [Fact]
    public async Task Xlsx_5000Dossiers_20000Reviews()
    {
        if (Environment.GetEnvironmentVariable("EIG_BENCH") != "1") Assert.Skip("EIG_BENCH=1 pour lancer le banc d'essai.");
        await using var f = new EigWebFactory();
        var appel = await AapDonnees.AppelPublieAsync(f, criteres: 4);
        var porteur = await f.CreateUserAsync(Roles.Porteur);
        var evaluateurs = new List<Guid>();
        for (var i = 0; i < 20; i++) evaluateurs.Add((await f.CreateUserAsync(Roles.Evaluateur)).Id);
        var texte = string.Concat(Enumerable.Repeat("Un texte de dossier représentatif, avec des accents et des chiffres 123. ", 12));
        for (var lot = 0; lot < 50; lot++)
            await f.WithDbAsync(async db =>
            {
                var grille = await db.Grilles.Include(g => g.Criteres).SingleAsync(g => g.Id == appel.GrilleId);
                var ap = await db.AppelsAProjets.SingleAsync(a => a.Id == appel.Id);
                for (var k = 0; k < 100; k++)
                {
                    var d = AapDonnees.Rempli(appel.Id, porteur.Id, 10_000 + lot * 100 + k);
                    d.Probleme = d.Preuves = d.ObjectifImpact = d.ApprocheProduit = d.FeuilleDeRoute = texte;
                    d.Deposer(ap, porteur.Id, DateTime.UtcNow);
                    db.DossiersProjets.Add(d);
                    for (var r = 0; r < 4; r++)
                    {
                        var aff = Affectation.Creer(ObjetsEvalues.DossierProjet, d.Id, grille.Id, evaluateurs[(k + r) % 20], null, DateTime.UtcNow, 21);
                        var e = Avis.Commencer(aff, DateTime.UtcNow);
                        e.Enregistrer(grille, grille.Criteres.ToDictionary(c => c.Id, c => ((int?)(1 + (k + c.Numero) % 5), (string?)"Commentaire du critère")), "Avis général", Recommandation.Favorable, DateTime.UtcNow);
                        e.Soumettre(grille, DateTime.UtcNow);
                        db.AddRange(aff, e);
                    }
                }
                await db.SaveChangesAsync();
            });
        GC.Collect();
        var avant = Process.GetCurrentProcess().WorkingSet64;
        var chrono = Stopwatch.StartNew();
        using var scope = f.Services.CreateScope();
        var db2 = scope.ServiceProvider.GetRequiredService<Eig.Web.Infrastructure.Database.EigDbContext>();
        var fichier = await Exporteur.EcrireAsync(JeuxDeDonnees.Dossiers, "xlsx", db2, CancellationToken.None);
        chrono.Stop();
        var taille = new FileInfo(fichier.Chemin).Length;
        File.Delete(fichier.Chemin);
        var p = Process.GetCurrentProcess();
        output.WriteLine($"BENCH export XLSX 5000 dossiers / 20000 avis : {chrono.Elapsed.TotalSeconds:0.00} s, fichier {taille / 1024 / 1024.0:0.0} Mo, "
            + $"mémoire du processus avant {avant / 1024 / 1024} Mo, pic {p.PeakWorkingSet64 / 1024 / 1024} Mo");
    }
}
