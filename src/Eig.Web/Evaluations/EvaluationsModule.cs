namespace Eig.Web.Evaluations;

/// <summary>Reviews of dossiers and candidatures: the one evaluation form's save path.</summary>
public sealed class EvaluationsModule : IFeatureModule
{
    public void AddServices(IServiceCollection services, IConfiguration config) => services.AddScoped<FormulaireEvaluation>();
}
