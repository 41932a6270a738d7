using System.Security.Cryptography;
using System.Text;

namespace Eig.Web.Contenus;

public enum StatutAbonnement
{
    EnAttente = 0,
    Confirme = 1,
    Desinscrit = 2,
}

/// <summary>A newsletter subscription with double opt-in: nothing is sent to the address but the confirmation mail
/// until its owner clicks the link. The tokens are stored hashed.</summary>
public class AbonneNewsletter
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public string Email { get; set; } = "";
    public StatutAbonnement Statut { get; private set; } = StatutAbonnement.EnAttente;
    public string JetonConfirmationHash { get; private set; } = "";
    public string JetonDesinscriptionHash { get; private set; } = "";
    public DateTime InscritLe { get; set; }
    public DateTime? ConfirmeLe { get; private set; }
    public DateTime? DesinscritLe { get; private set; }
    public string? Origine { get; set; }

    /// <summary>Starts (or restarts) the opt-in and returns the two clear tokens, to be put in the mail only.</summary>
    public (string Confirmation, string Desinscription) DemanderConfirmation(DateTime maintenant)
    {
        var confirmation = NouveauJeton();
        var desinscription = NouveauJeton();
        JetonConfirmationHash = Hash(confirmation);
        JetonDesinscriptionHash = Hash(desinscription);
        if (Statut == StatutAbonnement.Desinscrit) Statut = StatutAbonnement.EnAttente;
        InscritLe = maintenant;
        return (confirmation, desinscription);
    }

    public bool Confirmer(string jeton, DateTime maintenant)
    {
        if (Statut == StatutAbonnement.Desinscrit || !Egal(Hash(jeton), JetonConfirmationHash)) return false;
        if (Statut == StatutAbonnement.EnAttente)
        {
            Statut = StatutAbonnement.Confirme;
            ConfirmeLe = maintenant;
        }
        return true;
    }

    public bool Desinscrire(string jeton, DateTime maintenant)
    {
        if (!Egal(Hash(jeton), JetonDesinscriptionHash)) return false;
        Desinscrire(maintenant);
        return true;
    }

    /// <summary>For a link whose token the caller has already checked (the signed links of the letters sent).</summary>
    public void Desinscrire(DateTime maintenant)
    {
        if (Statut != StatutAbonnement.Desinscrit)
        {
            Statut = StatutAbonnement.Desinscrit;
            DesinscritLe = maintenant;
        }
    }

    public static string Normaliser(string email) => email.Trim().ToLowerInvariant();

    public static string Hash(string jeton) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(jeton)));

    private static string NouveauJeton() => Base64Url(RandomNumberGenerator.GetBytes(24));

    private static string Base64Url(byte[] b) => Convert.ToBase64String(b).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static bool Egal(string a, string b) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(a), Encoding.ASCII.GetBytes(b));
}

/// <summary>A message sent from the contact page: kept, and mailed to the team.</summary>
public class MessageContact
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public string Nom { get; set; } = "";
    public string Email { get; set; } = "";
    public string Objet { get; set; } = "";
    public string Message { get; set; } = "";
    public DateTime RecuLe { get; set; }
}
