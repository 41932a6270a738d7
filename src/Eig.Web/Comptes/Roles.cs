namespace Eig.Web.Comptes;

/// <summary>The roles of the platform. Names are stable identifiers stored in the database.</summary>
public static class Roles
{
    public const string Porteur = "porteur";
    public const string Candidat = "candidat";
    public const string Evaluateur = "evaluateur";
    public const string Jury = "jury";
    public const string Staff = "staff";

    public static readonly IReadOnlyList<string> Tous = [Porteur, Candidat, Evaluateur, Jury, Staff];

    /// <summary>Roles anyone can pick when registering; the others come by invitation or from an operator.</summary>
    public static readonly IReadOnlyList<string> Ouverts = [Porteur, Candidat];

    /// <summary>Roles that staff may grant by invitation.</summary>
    public static readonly IReadOnlyList<string> SurInvitation = [Evaluateur, Jury, Staff];

    public static string Libelle(string role) => role switch
    {
        Porteur => "Porteur ou porteuse de projet",
        Candidat => "Candidat ou candidate",
        Evaluateur => "Évaluateur ou évaluatrice",
        Jury => "Membre du jury",
        Staff => "Équipe programme",
        _ => role,
    };
}
