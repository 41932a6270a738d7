using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Eig.Web.Pages.Admin;

public class IndexModel : PageModel
{
    /// <summary>The back office's sections. Features add theirs.</summary>
    public static readonly List<(string Titre, string Lien, string Description)> Rubriques =
    [
        ("Comptes et rôles", "/admin/utilisateurs", "Voir les comptes, changer leurs rôles."),
        ("Invitations", "/admin/invitations", "Inviter des évaluateurs, des membres du jury ou l'équipe."),
        ("Journal d'audit", "/admin/journal", "Qui a fait quoi, et quand."),
        ("Courriels", "/admin/courriels", "Les courriels envoyés, en attente ou en échec."),
    ];

    public void OnGet() { }
}
