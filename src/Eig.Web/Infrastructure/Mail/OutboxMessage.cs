namespace Eig.Web.Infrastructure.Mail;

/// <summary>A mail waiting to leave. Written in the same transaction as the change that causes it,
/// so a change is never saved without its mail, nor a mail sent for a change that rolled back.</summary>
public class OutboxMessage
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public string A { get; set; } = "";
    public string Sujet { get; set; } = "";
    public string CorpsHtml { get; set; } = "";
    public string CorpsTexte { get; set; } = "";
    public DateTime CreeLe { get; set; }
    public int Tentatives { get; set; }
    public DateTime ProchaineTentative { get; set; }
    public DateTime? EnvoyeLe { get; set; }
    /// <summary>"Sending": set, and saved, before the message is handed to the transport; with no <see cref="EnvoyeLe"/>
    /// after it, the sender died (or lost its claim) between handing it over and recording it: the relay may have it.</summary>
    public DateTime? EnvoiCommenceLe { get; set; }
    public string? DerniereErreur { get; set; }
    public List<OutboxAttachment> PiecesJointes { get; set; } = [];
    /// <summary>The record the mail is about, when it is one (<c>DossierProjet</c>, <c>Candidature</c>): the staff page
    /// of that record shows the mails sent to its people.</summary>
    public string? ObjetType { get; set; }
    public Guid? ObjetId { get; set; }
    /// <summary>Extra headers, one <c>Name: value</c> per line (the newsletter's <c>List-Unsubscribe</c>).</summary>
    public string? EnTetes { get; set; }

    public IEnumerable<(string Nom, string Valeur)> EnTetesSupplementaires() =>
        (EnTetes ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.Split(':', 2)).Where(p => p.Length == 2).Select(p => (p[0].Trim(), p[1].Trim()));

    public const int TentativesMax = 10;

    /// <summary>Exponential back-off: 30 s, 1 min, 2 min… capped at 1 h.</summary>
    public void EchecEnvoi(DateTime maintenant, string erreur)
    {
        Tentatives++;
        // The transport said no (refused, unreachable): nothing is in flight any more.
        EnvoiCommenceLe = null;
        DerniereErreur = erreur.Length > 2000 ? erreur[..2000] : erreur;
        var delai = TimeSpan.FromSeconds(Math.Min(3600, 30 * Math.Pow(2, Tentatives - 1)));
        ProchaineTentative = maintenant + delai;
    }

    public void Envoye(DateTime maintenant)
    {
        EnvoyeLe = maintenant;
        DerniereErreur = null;
    }
}

public class OutboxAttachment
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OutboxMessageId { get; set; }
    public string NomFichier { get; set; } = "";
    public string TypeMime { get; set; } = "application/octet-stream";
    public byte[] Contenu { get; set; } = [];
}
