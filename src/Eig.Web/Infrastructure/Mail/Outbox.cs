using Eig.Web.Infrastructure.Database;

namespace Eig.Web.Infrastructure.Mail;

/// <summary>Puts a mail in the outbox of the current unit of work. Nothing leaves until SaveChanges succeeds.</summary>
public interface IOutbox
{
    void Ajouter(string a, MailContent contenu, params OutboxAttachment[] piecesJointes);
}

public sealed class Outbox(EigDbContext db, IClock clock, OutboxSignal signal) : IOutbox
{
    public void Ajouter(string a, MailContent contenu, params OutboxAttachment[] piecesJointes)
    {
        var now = clock.UtcNow;
        db.Outbox.Add(new OutboxMessage
        {
            A = a,
            Sujet = contenu.Sujet,
            CorpsHtml = contenu.Html,
            CorpsTexte = contenu.Texte,
            CreeLe = now,
            ProchaineTentative = now,
            PiecesJointes = [.. piecesJointes],
            ObjetType = contenu.ObjetType,
            ObjetId = contenu.ObjetId,
            EnTetes = contenu.EnTetes.Count == 0 ? null
                // A header value never spans lines here: a CR or LF in it would start another header.
                : string.Join('\n', contenu.EnTetes.Select(h => $"{h.Nom}: {h.Valeur.ReplaceLineEndings(" ")}")),
        });
        // Wake the sender once the transaction has had a chance to commit; it polls anyway.
        signal.Pulse();
    }
}

/// <summary>Lets the sender start soon after a mail is queued rather than at its next poll.</summary>
public sealed class OutboxSignal
{
    private readonly SemaphoreSlim _sem = new(0, 1);
    public void Pulse() { try { if (_sem.CurrentCount == 0) _sem.Release(); } catch (SemaphoreFullException) { } }
    public Task WaitAsync(TimeSpan timeout, CancellationToken ct) => _sem.WaitAsync(timeout, ct);
}
