using Eig.Tests.Support;
using Eig.Web.Comptes;
using Eig.Web.Infrastructure.Cli;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Eig.Tests.Infrastructure.Cli;

[CollectionDefinition(nameof(ConsoleCollection), DisableParallelization = true)]
public sealed class ConsoleCollection;

/// <summary>The operator verbs run in-process: RunAsync builds its own host from the arguments, as on a server.
/// They print to the console, so these tests run alone while they capture it.</summary>
[Collection(nameof(ConsoleCollection))]
public class OperatorCommandsTests
{
    private static async Task<(int Code, string Output)> RunAsync(TestDatabase database, params string[] args)
    {
        var original = Console.Out;
        var originalError = Console.Error;
        using var output = new StringWriter();
        Console.SetOut(output);
        Console.SetError(output);
        try
        {
            var code = await OperatorCommands.RunAsync([
                .. args,
                $"--Database:Provider={database.Provider}",
                $"--ConnectionStrings:Eig={database.ConnectionString}",
                "--Demo:Seed=false",
                "--Logging:LogLevel:Default=Warning",
                "--Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command=Critical",
            ]);
            return (code, output.ToString());
        }
        finally
        {
            Console.SetOut(original);
            Console.SetError(originalError);
        }
    }

    [Fact]
    public async Task ImportResultats_PrintsALinePerRow_AndASecondRunChangesNothing()
    {
        await using var database = TestDatabase.Create();
        await using (var service = new EigWebFactory { SharedDatabase = database })
            await service.ImporterAsync(Eig.Tests.Pages.Promotions.ImportResultatsTests.Dossier);
        var fichier = Path.Combine(Eig.Tests.Pages.Promotions.ImportResultatsTests.Dossier, "issues.csv");

        var (code, output) = await RunAsync(database, "import-resultats", fichier);
        Assert.True(code == 0, output);
        Assert.Equal(12, output.Split('\n').Count(l => l.StartsWith("ligne ", StringComparison.Ordinal) && l.Contains(" : importée — ", StringComparison.Ordinal)));
        Assert.Contains("12\u00a0issues importées", output);

        var (code2, output2) = await RunAsync(database, "import-resultats", fichier);
        Assert.True(code2 == 0, output2);
        Assert.Equal(12, output2.Split('\n').Count(l => l.Contains(" : déjà à jour — ", StringComparison.Ordinal)));
        await using var apres = new EigWebFactory { SharedDatabase = database };
        Assert.Equal((6, 6), await apres.WithDbAsync(async db => (await db.ResultatsDefis.CountAsync(), await db.ResultatsEig.CountAsync())));

        var refuse = Path.Combine(Path.GetTempPath(), $"issues-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(refuse, "Défi;Issue;Date\ninconnu;Arrêté;31/07/2018\n");
        try
        {
            var (code3, output3) = await RunAsync(database, "import-resultats", refuse);
            Assert.Equal(1, code3);
            Assert.Contains("ligne 2 : refusée — aucun défi n'a l'identifiant ou le titre « inconnu »", output3);
        }
        finally
        {
            File.Delete(refuse);
        }
    }

    [Fact]
    public async Task CreateStaff_CreatesAConfirmedStaffAccountWithThePrintedPassword()
    {
        await using var database = TestDatabase.Create();

        var (code, output) = await RunAsync(database, "create-staff", "agent@numerique.gouv.fr", "Dominique", "Martin");

        Assert.True(code == 0, output);
        var line = output.Split('\n').Single(l => l.StartsWith("Compte équipe créé", StringComparison.Ordinal));
        var password = line[(line.LastIndexOf(" / ", StringComparison.Ordinal) + 3)..].Trim();
        Assert.Equal(20, password.Length);

        await using var factory = new EigWebFactory { SharedDatabase = database };
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Utilisateur>>();
        var user = await users.FindByEmailAsync("agent@numerique.gouv.fr");
        Assert.NotNull(user);
        Assert.Equal("Dominique Martin", user.NomComplet);
        Assert.True(user.EmailConfirmed);
        Assert.True(await users.IsInRoleAsync(user, Roles.Staff));
        Assert.True(await users.CheckPasswordAsync(user, password));
        var db = scope.ServiceProvider.GetRequiredService<Eig.Web.Infrastructure.Database.EigDbContext>();
        Assert.True(await db.Audit.AnyAsync(a => a.Action == "compte.staff-cree" && a.ObjetId == user.Id.ToString()));
    }

    [Fact]
    public async Task CreateStaff_TwiceTheSameEmail_FailsWithAReadableError()
    {
        await using var database = TestDatabase.Create();
        Assert.Equal(0, (await RunAsync(database, "create-staff", "doublon@numerique.gouv.fr", "Alex")).Code);

        var (code, output) = await RunAsync(database, "create-staff", "doublon@numerique.gouv.fr", "Alex");

        Assert.Equal(1, code);
        Assert.Contains("Un compte existe déjà avec cette adresse électronique.", output);
    }

    [Fact]
    public async Task CreateStaff_WithoutName_PrintsUsage()
    {
        await using var database = TestDatabase.Create();

        var (code, output) = await RunAsync(database, "create-staff", "seul@numerique.gouv.fr");

        Assert.Equal(2, code);
        Assert.Contains("Usage : create-staff", output);
    }

    [Fact]
    public async Task Backup_PendantLeService_PuisRestauration_LaBaseRestaureeEstServieAvecSesDonnees()
    {
        await using var database = TestDatabase.Create();
        var titre = $"Webinaire sauvegardé {Guid.NewGuid():N}";
        var evenement = new Eig.Web.Evenements.Evenement
        {
            Titre = titre, Description = "Avant la sauvegarde", Debut = DateTime.UtcNow.AddDays(10), Lien = "https://visio.exemple.fr/s", Capacite = 5, Publie = true,
        };
        var fichier = Path.Combine(Path.GetTempPath(), "eig-tests-sauvegardes", Guid.NewGuid().ToString("N"), "eig.sauvegarde");
        try
        {
            await using (var service = new EigWebFactory { SharedDatabase = database })
            {
                // The service is up and has just written (on SQLite, still in the WAL) when the backup is taken.
                await service.WithDbAsync(async db => { db.Evenements.Add(evenement); await db.SaveChangesAsync(); });
                Assert.Equal(System.Net.HttpStatusCode.OK, (await service.NewClient().GetAsync($"/evenements/{evenement.Id}")).StatusCode);

                var (code, output) = await RunAsync(database, "backup", fichier);

                Assert.True(code == 0, output);
                Assert.Contains("Sauvegarde écrite", output);
            }

            // The README's restore procedure, into an empty database, then served.
            await using var restauree = TestDatabase.Create();
            if (restauree.Provider == Eig.Web.Infrastructure.Database.DatabaseProvider.Sqlite)
            {
                File.Copy(fichier, new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(restauree.ConnectionString).DataSource, overwrite: true);
            }
            else
            {
                var b = new Npgsql.NpgsqlConnectionStringBuilder(restauree.ConnectionString);
                var pgRestore = Path.Combine(Path.GetDirectoryName(Eig.Web.Infrastructure.Database.Sauvegarde.PgDump())!, "pg_restore");
                using var p = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo(pgRestore,
                    ["--no-owner", "--exit-on-error", $"--host={b.Host}", $"--port={b.Port}", $"--username={b.Username}", $"--dbname={b.Database}", fichier])
                    { RedirectStandardError = true })!;
                var erreurs = await p.StandardError.ReadToEndAsync();
                await p.WaitForExitAsync();
                Assert.True(p.ExitCode == 0, erreurs);
            }
            await using var servie = new EigWebFactory { SharedDatabase = restauree };
            var page = await EigWebFactory.GetDocumentAsync(servie.NewClient(), $"/evenements/{evenement.Id}");
            Assert.Contains(titre, page.QuerySelector("h1")!.TextContent);
            Assert.Equal(System.Net.HttpStatusCode.OK, (await servie.NewClient().GetAsync("/sante")).StatusCode);
        }
        finally
        {
            try { Directory.Delete(Path.GetDirectoryName(fichier)!, recursive: true); } catch (IOException) { }
        }
    }
}
