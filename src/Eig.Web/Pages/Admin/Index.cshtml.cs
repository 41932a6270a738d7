using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Eig.Web.Pages.Admin;

public class IndexModel : PageModel
{
    /// <summary>The back office's sections: the foundation's, then those the feature modules declare.</summary>
    public static readonly IReadOnlyList<Infrastructure.RubriqueAdmin> Rubriques =
    [
        new("Comptes et rôles", "/admin/utilisateurs", "Voir les comptes, changer leurs rôles."),
        new("Invitations", "/admin/invitations", "Inviter des évaluateurs, des membres du jury ou l'équipe."),
        new("Journal d'audit", "/admin/journal", "Qui a fait quoi, et quand."),
        new("Courriels", "/admin/courriels", "Les courriels envoyés, en attente ou en échec."),
        new("Tâches planifiées", "/admin/taches", "Relances et purges que le service exécute lui-même : dernier passage, résultat, prochain."),
        .. Infrastructure.FeatureModules.All.SelectMany(m => m.Rubriques),
    ];

    public void OnGet() { }
}
