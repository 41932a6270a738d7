using Eig.Web.Infrastructure.Database;
using Eig.Web.Infrastructure.Mail;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Courriers;

public enum EtatCourriel { EnAttente, Envoye, Echec }

/// <summary>The mails about one dossier or one candidature, as the outbox holds them: what left, what waits, what
/// failed. Only those two kinds of record have a history staff read: the other mails (password resets, invitations,
/// questionnaires) carry personal links that nobody but their recipient should open.</summary>
public static class HistoriqueCourriels
{
    public static readonly string[] Objets = [nameof(AppelsAProjets.DossierProjet), nameof(Candidatures.Candidature)];

    public sealed record Ligne(Guid Id, DateTime CreeLe, DateTime? EnvoyeLe, string A, string Sujet, EtatCourriel Etat, string? Erreur)
    {
        public string Libelle => Etat switch
        {
            EtatCourriel.Envoye => "Envoyé",
            EtatCourriel.Echec => "Échec",
            _ => Erreur is null ? "En attente" : "Nouvel essai prévu",
        };

        public string Badge => Etat switch { EtatCourriel.Envoye => "success", EtatCourriel.Echec => "error", _ => "info" };
    }

    public static EtatCourriel Etat(DateTime? envoyeLe, int tentatives) =>
        envoyeLe is not null ? EtatCourriel.Envoye : tentatives >= OutboxMessage.TentativesMax ? EtatCourriel.Echec : EtatCourriel.EnAttente;

    public static async Task<List<Ligne>> DeLObjetAsync(EigDbContext db, string objetType, Guid objetId, CancellationToken ct = default) =>
        (await db.Outbox.AsNoTracking().Where(m => m.ObjetType == objetType && m.ObjetId == objetId)
            .Select(m => new { m.Id, m.CreeLe, m.EnvoyeLe, m.A, m.Sujet, m.Tentatives, m.DerniereErreur }).ToListAsync(ct))
        .OrderByDescending(m => m.CreeLe).ThenByDescending(m => m.Id)
        .Select(m => new Ligne(m.Id, m.CreeLe, m.EnvoyeLe, m.A, m.Sujet, Etat(m.EnvoyeLe, m.Tentatives), m.DerniereErreur)).ToList();

    /// <summary>The staff page of the record a mail is about.</summary>
    public static string? PageDeLObjet(string? objetType, Guid? objetId) => (objetType, objetId) switch
    {
        (nameof(AppelsAProjets.DossierProjet), { } id) => $"/admin/dossiers/{id}",
        (nameof(Candidatures.Candidature), { } id) => $"/admin/candidatures/{id}",
        _ => null,
    };
}
