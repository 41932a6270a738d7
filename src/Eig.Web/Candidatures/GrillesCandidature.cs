using Eig.Web.Evaluations;

namespace Eig.Web.Candidatures;

/// <summary>Starting scorecards for a profile, built on the shared evaluation grid: staff adjust them as data. The
/// criteria follow seed 004's questions (entrepreneurial experience, steering by goals and results, serving the
/// State's projects) and the profile's own skills.</summary>
public static class GrillesCandidature
{
    public static (Grille Dossier, Grille Entretien) ParDefaut(ProfilRecherche profil)
    {
        var dossier = new Grille { Nom = $"Examen du dossier — {profil.Libelle}" };
        dossier.AjouterCritere("Expérience entrepreneuriale", "Entreprises créées ou dirigées, produits lancés, résultats obtenus.");
        dossier.AjouterCritere("Pilotage par les objectifs et les résultats", "Indicateurs suivis, décisions prises à partir des résultats.");
        dossier.AjouterCritere($"Compétences de {profil.Libelle.ToLowerInvariant()}", "Niveau attendu pour le profil.");
        dossier.AjouterCritere("Motivation pour l'intérêt général", "Envie de faire réussir des projets de l'État.");

        var entretien = new Grille { Nom = $"Premier entretien — {profil.Libelle}" };
        entretien.AjouterCritere("Maîtrise du métier", "Études de cas et exemples concrets du parcours.");
        entretien.AjouterCritere("Leadership et conduite d'équipe");
        entretien.AjouterCritere("Capacité à naviguer dans l'incertitude et à pivoter");
        entretien.AjouterCritere("Adéquation aux valeurs du service public");
        profil.GrilleDossierId = dossier.Id;
        profil.GrilleEntretienId = entretien.Id;
        return (dossier, entretien);
    }
}
