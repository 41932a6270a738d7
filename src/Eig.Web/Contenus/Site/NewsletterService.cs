using Microsoft.AspNetCore.DataProtection;
using Eig.Web.Infrastructure.Database;
using Eig.Web.Contenus;
using Eig.Web.Infrastructure.Mail;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Contenus.Site;

/// <summary>Newsletter signup with double opt-in. The answer to a signup is the same whatever the address's state,
/// so the form tells nobody who is subscribed; a second signup just sends the confirmation again (or nothing, when
/// already confirmed).</summary>
public sealed class NewsletterService(EigDbContext db, IClock clock, IOutbox outbox, MailTemplates mails)
{
    public async Task InscrireAsync(string email, string origine, CancellationToken ct = default)
    {
        var adresse = AbonneNewsletter.Normaliser(email);
        var abonne = await db.AbonnesNewsletter.FirstOrDefaultAsync(a => a.Email == adresse, ct);
        if (abonne is { Statut: StatutAbonnement.Confirme }) return;
        if (abonne is null)
        {
            abonne = new AbonneNewsletter { Email = adresse, Origine = origine };
            db.AbonnesNewsletter.Add(abonne);
        }
        var (confirmation, desinscription) = abonne.DemanderConfirmation(clock.UtcNow);
        outbox.Ajouter(adresse, mails.Rendre(ModelesSite.ConfirmationNewsletter,
            new Dictionary<string, string?> { ["lien"] = mails.Lien($"/newsletter/confirmer?id={abonne.Id}&jeton={confirmation}") },
            desinscription: ("Se désinscrire", mails.Lien(LienDesinscription(abonne.Id, desinscription)))));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (abonne.Statut == StatutAbonnement.EnAttente)
        {
            // Two signups of the same address at once: the other one won and sent the mail; nothing more to do.
            db.ChangeTracker.Clear();
        }
    }

    public static string LienDesinscription(Guid id, string jeton) => $"/newsletter/desinscription?id={id}&jeton={Uri.EscapeDataString(jeton)}";

    /// <summary>The unsubscribe link of the letters themselves: signed with the service's keys, so it needs no stored
    /// token and the export can give one per address.</summary>
    public static string LienDesinscriptionSigne(Microsoft.AspNetCore.DataProtection.IDataProtectionProvider dp, Guid id) =>
        LienDesinscription(id, "s." + dp.CreateProtector(Protection).Protect(id.ToString()));

    public const string Protection = "newsletter.desinscription";

    public static bool SignatureValide(Microsoft.AspNetCore.DataProtection.IDataProtectionProvider dp, Guid id, string jeton)
    {
        if (!jeton.StartsWith("s.", StringComparison.Ordinal)) return false;
        try { return dp.CreateProtector(Protection).Unprotect(jeton[2..]) == id.ToString(); }
        catch (System.Security.Cryptography.CryptographicException) { return false; }
    }
}
