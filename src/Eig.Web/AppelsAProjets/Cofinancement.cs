using Eig.Web.Appels;
using Eig.Web.AppelsAProjets;
using Eig.Web.Candidatures;

namespace Eig.Web.AppelsAProjets;

/// <summary>What the administration and the program each pay for the profiles asked, per month and over the ten months
/// of a promotion, from the call's rule (seed 000: the program pays 30 % of a 3,500 € or 4,000 € net monthly salary).</summary>
public sealed record EstimationCofinancement(int Profils, int SalaireMensuel, int Taux, int ParMoisProgramme,
    int ParMoisAdministration, int TotalProgramme, int TotalAdministration);

public static class Cofinancement
{
    public const int DureeMissionMois = 10;

    public static IReadOnlyList<EstimationCofinancement> Estimer(AppelAProjets appel, int nombreProfils)
    {
        if (!appel.ACofinancement || nombreProfils <= 0)
            return [];
        var taux = appel.TauxCofinancement!.Value;
        return appel.Salaires.Select(salaire =>
        {
            // Whole euros: rounding happens once, on the program's share, so both shares add up to the salary.
            var programme = (int)Math.Round(salaire * taux / 100.0, MidpointRounding.AwayFromZero) * nombreProfils;
            var administration = salaire * nombreProfils - programme;
            return new EstimationCofinancement(nombreProfils, salaire, taux, programme, administration,
                programme * DureeMissionMois, administration * DureeMissionMois);
        }).ToList();
    }
}
