namespace Eig.Web.Evaluations;

/// <summary>Anti-anchoring: a reviewer who has seen others' scores tends to align on them. So whoever is (or was)
/// assigned to an item sees the other reviews only once their own is submitted; someone who stepped aside for a
/// conflict of interest never sees them; people who don't review the item (staff, jury) see them all.</summary>
public static class AntiAncrage
{
    public static bool PeutVoirLesAutresEvaluations(Affectation? affectationDuLecteur, Evaluation? evaluationDuLecteur,
        bool lecteurEstStaffOuJury)
    {
        if (affectationDuLecteur is null)
            return lecteurEstStaffOuJury;
        return affectationDuLecteur.Etat switch
        {
            EtatAffectation.Conflit => false,
            _ => evaluationDuLecteur is { EstSoumise: true },
        };
    }
}
