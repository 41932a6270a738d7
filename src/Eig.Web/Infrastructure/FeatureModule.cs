namespace Eig.Web.Infrastructure;

/// <summary>A section of the back office's home page.</summary>
public sealed record RubriqueAdmin(string Titre, string Lien, string Description);

/// <summary>A space listed on "Mon compte" for the people who have <paramref name="Role"/>.</summary>
public sealed record EspaceDeRole(string Role, string Titre, string Lien, string Description);

/// <summary>An operator verb: <c>dotnet run --project src/Eig.Web -- &lt;Nom&gt; …</c>.</summary>
public sealed record VerbeOperateur(string Nom, string Aide, Func<IServiceProvider, string[], Task<int>> Executer);

/// <summary>
/// What a feature brings, declared in one place so that features don't all edit WebApp.cs, the back office's home,
/// the account page or the operator commands: its services, and as data its back-office sections, its spaces per
/// role and its operator verbs. Every non-abstract implementation in the assembly is found at start-up.
/// </summary>
public interface IFeatureModule
{
    void AddServices(IServiceCollection services, IConfiguration config);

    IEnumerable<RubriqueAdmin> Rubriques => [];
    IEnumerable<EspaceDeRole> Espaces => [];
    IEnumerable<VerbeOperateur> Verbes => [];
    /// <summary>Jobs the service runs by itself (Infrastructure/Planification).</summary>
    IEnumerable<Planification.TachePlanifiee> Taches => [];
    /// <summary>How long each kind of personal data it holds is kept (Infrastructure/Conservation).</summary>
    IEnumerable<Conservation.RegleConservation> Conservation => [];

    /// <summary>Its automatic mails, whose words staff may edit (Infrastructure/Mail/ModelesCourriels).</summary>
    IEnumerable<Mail.ModeleCourriel> Courriels => [];

    /// <summary>Endpoints that are not Razor Pages (the open-data API, file downloads).</summary>
    void MapEndpoints(IEndpointRouteBuilder app) { }
}

public static class FeatureModules
{
    public static IReadOnlyList<IFeatureModule> All { get; } = typeof(IFeatureModule).Assembly.GetTypes()
        .Where(t => t is { IsAbstract: false, IsInterface: false } && typeof(IFeatureModule).IsAssignableFrom(t))
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .Select(t => (IFeatureModule)Activator.CreateInstance(t)!)
        .ToList();
}
