using Eig.Web.Infrastructure.Database;
using Eig.Web.AppelsAProjets;
using Eig.Web.Evaluations;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Pages.Admin.Dossiers;

/// <summary>Staff: the conversation with the porteur of any filed dossier.</summary>
public class MessagesModel(EigDbContext db, Messagerie messagerie, Eig.Web.Nouveautes.SuiviDesNouveautes nouveautes) : MessagesDossierModel(messagerie, nouveautes)
{
    protected override Task<DossierProjet?> TrouverAsync(Guid id, CancellationToken ct) =>
        db.DossiersProjets.FirstOrDefaultAsync(x => x.Id == id && x.Etat != EtatDossier.Brouillon, ct);

    protected override bool DeLEquipe => true;
    protected override string Confirmation => "Votre message est envoyé au porteur.";
}
