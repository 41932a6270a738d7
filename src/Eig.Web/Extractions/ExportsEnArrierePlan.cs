using Eig.Web.Infrastructure.Database;
using Eig.Web.Infrastructure.Mail;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Extractions;

/// <summary>The scheduled job <c>exports</c>: prepares the exports asked for in the background (too many rows for a
/// request, or the attachments' archive), mails each requester a link when theirs is ready, and forgets prepared
/// files after a week.</summary>
public sealed class ExportsEnArrierePlan(EigDbContext db, IClock clock, IOutbox outbox, MailTemplates templates, ILogger<ExportsEnArrierePlan> logger)
{
    public static readonly ModeleCourriel ExportPret = new()
    {
        Cle = "export.pret", Nom = "Export prêt", Envoi = "au membre de l'équipe qui a demandé un export préparé en arrière-plan", Objet = ObjetModele.Compte,
        Autres = [new("export", "le nom de l'export", "Dossiers de l'appel à projets (XLSX)"), new("expiration", "la date jusqu'à laquelle il reste téléchargeable", "8 décembre 2026")],
        Defaut = new("Votre export est prêt : {{export}}", "Votre export est prêt",
            """
            L'export « {{export}} » que vous avez demandé est prêt.
            Il reste téléchargeable jusqu'au {{expiration}}, depuis la page Exports du tableau de bord.
            """, "Télécharger l'export"),
    };

    public static string Libelle(JeuDeDonnees jeu, string format, EigDbContext db) => format switch
    {
        "xlsx" => $"{jeu.Titre} (XLSX)",
        Exporteur.Pieces => "Pièces jointes des dossiers (ZIP)",
        _ => $"{jeu.Titre} — {jeu.Feuilles(db)[int.Parse(format[4..], Fr.Culture)].Nom} (CSV)",
    };

    public async Task<string> PreparerAsync(CancellationToken ct)
    {
        var limite = clock.UtcNow.AddDays(-ExportPrepare.JoursConservation);
        var oublies = await db.ExportsPrepares.Where(e => e.DemandeLe < limite).ExecuteDeleteAsync(ct);
        var attente = await db.ExportsPrepares.Where(e => e.Etat == EtatExport.EnAttente).OrderBy(e => e.DemandeLe)
            .Select(e => e.Id).ToListAsync(ct);
        var prets = 0;
        foreach (var id in attente)
        {
            var demande = await db.ExportsPrepares.SingleAsync(e => e.Id == id, ct);
            var jeu = JeuxDeDonnees.Trouver(demande.Jeu);
            try
            {
                if (jeu is null) throw new InvalidOperationException($"L'export « {demande.Jeu} » n'existe plus.");
                var fichier = await Exporteur.EcrireAsync(jeu, demande.Format, db, ct);
                try { demande.Contenu = await File.ReadAllBytesAsync(fichier.Chemin, ct); }
                finally { File.Delete(fichier.Chemin); }
                demande.Taille = demande.Contenu.LongLength;
                demande.NomFichier = fichier.NomFichier;
                demande.TypeMime = fichier.TypeMime;
                demande.Etat = EtatExport.Pret;
                demande.PretLe = clock.UtcNow;
                var email = await db.Users.Where(u => u.Id == demande.DemandeParId).Select(u => new { u.Email, u.NomComplet }).FirstOrDefaultAsync(ct);
                if (email?.Email is { } a)
                    outbox.Ajouter(a, templates.Rendre(ExportPret, new Dictionary<string, string?>
                    {
                        ["export"] = Libelle(jeu, demande.Format, db), ["expiration"] = Fr.Date(demande.DemandeLe.AddDays(ExportPrepare.JoursConservation)),
                        ["lien"] = templates.Lien($"/admin/exports/{demande.Id}"),
                    }));
                prets++;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "L'export {Id} a échoué.", demande.Id);
                demande.Etat = EtatExport.Echec;
                demande.Erreur = ex.Message.Length > 2000 ? ex.Message[..2000] : ex.Message;
            }
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
        return $"{Fr.Nombre(prets, "export préparé", "exports préparés")}, {Fr.Nombre(oublies, "ancien effacé", "anciens effacés")}";
    }
}
