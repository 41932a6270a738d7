using Eig.Web.Infrastructure.Database;
using Eig.Web.Comptes;
using Eig.Web.AppelsAProjets;
using Eig.Web.Infrastructure.Audit;
using Eig.Web.Infrastructure.Mail;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Eig.Web.Infrastructure.Fichiers;

namespace Eig.Web.AppelsAProjets;

/// <summary>The conversation on a dossier between its porteur and the program team, shared by both sides' pages.
/// Each message notifies the other side by mail; a PDF may be attached.</summary>
public sealed class Messagerie(EigDbContext db, IClock clock, IOutbox outbox, MailTemplates templates, DossierAcces acces, IAuditLog audit,
    Televersement televersement)
{
    public sealed record Message(Guid Id, string Auteur, bool DeLEquipe, string Texte, DateTime Le, List<(Guid Id, string Nom)> Pieces);

    public async Task<List<Message>> FilAsync(Guid dossierId, CancellationToken ct)
    {
        var messages = await (from m in db.MessagesDossiers
                              where m.DossierId == dossierId
                              join u in db.Users on m.AuteurId equals u.Id
                              orderby m.Le
                              select new { m.Id, u.NomComplet, m.DeLEquipe, m.Texte, m.Le }).ToListAsync(ct);
        var ids = messages.Select(m => m.Id).ToList();
        var pieces = await db.FichiersAap.Where(f => f.MessageId != null && ids.Contains(f.MessageId!.Value))
            .Select(f => new { f.Id, f.NomFichier, f.MessageId }).ToListAsync(ct);
        return messages.Select(m => new Message(m.Id, m.NomComplet, m.DeLEquipe, m.Texte, m.Le,
            pieces.Where(p => p.MessageId == m.Id).Select(p => (p.Id, p.NomFichier)).ToList())).ToList();
    }

    /// <summary>Validates and records a message; false with errors in <paramref name="modelState"/> when refused.</summary>
    public async Task<bool> EnvoyerAsync(DossierProjet dossier, Guid auteurId, bool deLEquipe, string? texte, IFormFile? piece,
        ModelStateDictionary modelState, CancellationToken ct)
    {
        var t = new Formulaire(modelState).Texte("Texte", texte, "votre message", MessageDossier.LongueurMax);
        FichierRecu? recu = null;
        if (piece is { Length: > 0 })
        {
            (recu, var erreur) = await televersement.LireAsync(piece, FichierAap.TailleMax, SorteDeFichier.Pdf, ct);
            if (erreur is not null) modelState.AddModelError("Input.Piece", erreur);
        }
        if (!modelState.IsValid) return false;
        var maintenant = clock.UtcNow;
        var message = new MessageDossier { DossierId = dossier.Id, AuteurId = auteurId, DeLEquipe = deLEquipe, Texte = t, Le = maintenant };
        db.MessagesDossiers.Add(message);
        if (recu is not null)
            db.FichiersAap.Add(new FichierAap
            {
                DossierId = dossier.Id, MessageId = message.Id, NomFichier = recu.NomOriginal, Taille = recu.Contenu.Length,
                Contenu = recu.Contenu, DeposeParId = auteurId, DeposeLe = maintenant,
            });
        var destinataires = deLEquipe ? await acces.AdressesAsync(dossier.Id, ct) : await EquipeAsync(ct);
        var lien = deLEquipe ? $"/espace-porteur/dossiers/{dossier.Id}/messages" : $"/admin/dossiers/{dossier.Id}/messages";
        var valeurs = ModelesAap.Valeurs(dossier, templates.Lien(lien));
        var mail = deLEquipe
            ? templates.Rendre(ModelesAap.MessageEquipe, valeurs, dossier.AppelId, nameof(DossierProjet), dossier.Id)
            : templates.Rendre(ModelesAap.MessagePorteur, valeurs, dossier.AppelId, nameof(DossierProjet), dossier.Id);
        foreach (var a in destinataires) outbox.Ajouter(a, mail);
        audit.Enregistrer("dossier.message", "DossierProjet", dossier.Id.ToString(), deLEquipe ? "équipe" : "porteur");
        await db.SaveChangesAsync(ct);
        return true;
    }

    private async Task<List<string>> EquipeAsync(CancellationToken ct)
    {
        var staff = await db.Roles.Where(r => r.Name == Roles.Staff).Select(r => r.Id).FirstOrDefaultAsync(ct);
        return await (from ur in db.UserRoles where ur.RoleId == staff
                      join u in db.Users on ur.UserId equals u.Id
                      where u.Email != null
                      select u.Email!).ToListAsync(ct);
    }

    public Task<FichierAap?> PieceAsync(Guid dossierId, Guid fichierId, CancellationToken ct) =>
        db.FichiersAap.FirstOrDefaultAsync(f => f.Id == fichierId && f.DossierId == dossierId && f.MessageId != null, ct);
}
