namespace Eig.Web.Infrastructure;

/// <summary>A feature registers its own services here (and, if it has some, its operator verbs through
/// <see cref="Cli.OperatorCommands.Register"/>), so that features don't all edit WebApp.cs.
/// Every non-abstract implementation in the assembly is found at start-up.</summary>
public interface IFeatureModule
{
    void AddServices(IServiceCollection services, IConfiguration config);
}

public static class FeatureModules
{
    public static IReadOnlyList<IFeatureModule> All { get; } = typeof(IFeatureModule).Assembly.GetTypes()
        .Where(t => t is { IsAbstract: false, IsInterface: false } && typeof(IFeatureModule).IsAssignableFrom(t))
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .Select(t => (IFeatureModule)Activator.CreateInstance(t)!)
        .ToList();
}
