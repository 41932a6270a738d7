using Eig.Web.AppelsAProjets;
using Eig.Web.Evaluations;
using Eig.Web.Infrastructure.Security;

namespace Eig.Web.Pages.EspacePorteur.Dossiers;

/// <summary>Porteur: messages with the program team about one of their administration's dossiers.</summary>
public class MessagesModel(DossierAcces acces, Messagerie messagerie, Eig.Web.Nouveautes.SuiviDesNouveautes nouveautes) : MessagesDossierModel(messagerie, nouveautes)
{
    protected override Task<DossierProjet?> TrouverAsync(Guid id, CancellationToken ct) =>
        acces.TrouverPourPorteurAsync(id, User.UtilisateurId(), ct);

    protected override bool DeLEquipe => false;
    protected override string Confirmation => "Votre message est envoyé à l'équipe du programme.";
}
