using Eig.Web.Infrastructure.Database;
using Eig.Web.Comptes;
using Eig.Web.Infrastructure.Audit;
using Eig.Web.Infrastructure.Demo;
using Eig.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;

namespace Eig.Web.Infrastructure.Cli;

/// <summary>Operator verbs on the same program: <c>dotnet run --project src/Eig.Web -- &lt;verb&gt;</c>.
/// They build the same services as the web service, so they read the same configuration.</summary>
public static class OperatorCommands
{
    private static readonly Dictionary<string, (string Aide, Func<IServiceProvider, string[], Task<int>> Run)> BuiltIn = new()
    {
        ["migrate"] = ("applique les migrations à la base configurée", Migrate),
        ["seed-demo"] = ("crée les données de démonstration (idempotent) et affiche les mots de passe créés", SeedDemo),
        ["create-staff"] = ("create-staff <email> <nom complet> : crée un compte de l'équipe programme", CreateStaff),
        ["backup"] = ("backup <fichier> : sauvegarde cohérente de la base, service en marche (SQLite : API de sauvegarde ; PostgreSQL : pg_dump -Fc)", Backup),
        ["help"] = ("affiche cette aide", (_, _) => { PrintHelp(); return Task.FromResult(0); }),
    };

    /// <summary>The foundation's verbs and those the feature modules declare.</summary>
    private static readonly Dictionary<string, (string Aide, Func<IServiceProvider, string[], Task<int>> Run)> Verbs =
        BuiltIn.Concat(FeatureModules.All.SelectMany(m => m.Verbes).Select(v => KeyValuePair.Create(v.Nom, (v.Aide, v.Executer))))
            .ToDictionary(kv => kv.Key, kv => kv.Value);

    public static bool IsVerb(string arg) => Verbs.ContainsKey(arg);

    public static async Task<int> RunAsync(string[] args)
    {
        var verb = args[0];
        var rest = args[1..];
        // The verbs must not start the mail sender nor seed on their own.
        var app = WebApp.Build(["--Mail:SenderEnabled=false", .. rest.Where(a => a.StartsWith("--", StringComparison.Ordinal))], withPipeline: false);
        var positional = rest.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
        using var scope = app.Services.CreateScope();
        try
        {
            if (verb is not ("help" or "migrate"))
                await DatabaseMigrator.ApplyAsync(scope.ServiceProvider.GetRequiredService<EigDbContext>());
            return await Verbs[verb].Run(scope.ServiceProvider, positional);
        }
        catch (DomainException ex)
        {
            Console.Error.WriteLine(ex.Message);
            return 1;
        }
    }

    private static void PrintHelp()
    {
        Console.WriteLine("Commandes d'exploitation :");
        foreach (var (verb, (aide, _)) in Verbs.OrderBy(v => v.Key))
            Console.WriteLine($"  {verb,-18} {aide}");
    }

    private static async Task<int> Migrate(IServiceProvider sp, string[] args)
    {
        await DatabaseMigrator.ApplyAsync(sp.GetRequiredService<EigDbContext>());
        Console.WriteLine("Migrations appliquées.");
        return 0;
    }

    private static async Task<int> Backup(IServiceProvider sp, string[] args)
    {
        if (args.Length != 1)
        {
            Console.Error.WriteLine("Usage : backup <fichier>");
            return 2;
        }
        await Sauvegarde.SauvegarderAsync(sp.GetRequiredService<EigDbContext>(), args[0]);
        Console.WriteLine($"Sauvegarde écrite : {Path.GetFullPath(args[0])}");
        return 0;
    }

    private static async Task<int> SeedDemo(IServiceProvider sp, string[] args)
    {
        var created = await sp.GetRequiredService<DemoSeeder>().SeedAsync();
        foreach (var (email, role, password) in created)
            Console.WriteLine($"{role,-12} {email,-40} {password}");
        Console.WriteLine(created.Count == 0 ? "Données de démonstration déjà présentes." : "Données de démonstration créées.");
        return 0;
    }

    private static async Task<int> CreateStaff(IServiceProvider sp, string[] args)
    {
        if (args.Length < 2)
        {
            Console.Error.WriteLine("Usage : create-staff <email> <nom complet>");
            return 2;
        }
        var users = sp.GetRequiredService<UserManager<Utilisateur>>();
        var clock = sp.GetRequiredService<IClock>();
        var password = Passwords.Generate();
        var user = new Utilisateur
        {
            Id = Guid.CreateVersion7(), UserName = args[0], Email = args[0], EmailConfirmed = true,
            NomComplet = string.Join(' ', args[1..]), CreeLe = clock.UtcNow,
        };
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded)
        {
            foreach (var e in result.Errors) Console.Error.WriteLine(e.Description);
            return 1;
        }
        await users.AddToRoleAsync(user, Roles.Staff);
        var db = sp.GetRequiredService<EigDbContext>();
        sp.GetRequiredService<IAuditLog>().Enregistrer("compte.staff-cree", "Utilisateur", user.Id.ToString(), user.Email);
        await db.SaveChangesAsync();
        Console.WriteLine($"Compte équipe créé : {user.Email} / {password}");
        Console.WriteLine("La double authentification lui sera demandée à sa première connexion.");
        return 0;
    }
}
