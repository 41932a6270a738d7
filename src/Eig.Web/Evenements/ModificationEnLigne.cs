namespace Eig.Web.Evenements;

/// <summary>The one rule for a booking its holder may cancel or change online (an interview, a soutenance): until
/// <c>delai</c> hours before the start, set for the whole series when it is published; after it, only staff move it,
/// and the refusal says whom to write to.</summary>
public static class ModificationEnLigne
{
    public static DateTime Limite(DateTime debut, int delaiHeures) => debut.AddHours(-delaiHeures);

    public static bool EstPossible(DateTime debut, int delaiHeures, DateTime maintenant) => maintenant < Limite(debut, delaiHeures);

    /// <param name="quoi">The booking as the sentence starts: « Cet entretien », « Cette soutenance ».</param>
    /// <param name="recours">Whom to write to instead, e.g. « écrivez à l'équipe, qui peut le déplacer ».</param>
    public static void Verifier(DateTime debut, int delaiHeures, DateTime maintenant, string quoi, string recours)
    {
        if (debut <= maintenant)
            throw new DomainException("Ce rendez-vous est passé.");
        if (!EstPossible(debut, delaiHeures, maintenant))
            throw new DomainException(delaiHeures == 0
                ? $"{quoi} ne se modifie plus en ligne : {recours}."
                : $"{quoi} ne se modifie plus en ligne depuis le {Fr.DateHeure(Limite(debut, delaiHeures))} ({Fr.Nombre(delaiHeures, "heure", "heures")} avant) : {recours}.");
    }
}
