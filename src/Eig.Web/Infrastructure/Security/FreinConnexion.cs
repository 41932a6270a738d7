using System.Collections.Concurrent;
using System.Net;

namespace Eig.Web.Infrastructure.Security;

/// <summary>
/// Progressive delays on failed sign-ins, instead of Identity's lockout (which anyone could trigger on a staff
/// account with five wrong passwords). Three counters, all keyed on what was typed, so that an unknown address is
/// treated exactly like a known one:
/// <list type="bullet">
/// <item>an address typed from one client address: after 5 failures, wait 1, 2, 4… minutes (at most 1 hour);</item>
/// <item>one client address, whatever it types (password spraying): the same after 20 failures;</item>
/// <item>an address typed from anywhere: the same after 20 failures, except from a client address where this
/// account signed in successfully, so that an attacker elsewhere cannot keep its owner out.</item>
/// </list>
/// Counters live in memory: behind several instances each counts its own share (the rate limiter adds its limits).
/// </summary>
public sealed class FreinConnexion(TimeProvider time)
{
    public const int EssaisParCompteEtAdresse = 5;
    public const int EssaisParAdresse = 20;
    public const int EssaisParCompte = 20;
    private static readonly TimeSpan Oubli = TimeSpan.FromHours(24);
    private static readonly TimeSpan AttenteMax = TimeSpan.FromHours(1);

    private sealed record Etat(int Echecs, DateTimeOffset Dernier);
    private readonly ConcurrentDictionary<string, Etat> _echecs = new();
    private readonly ConcurrentDictionary<string, DateTimeOffset> _adressesSures = new();

    /// <summary>How long this attempt must wait before a password is even checked; null when it may go ahead.</summary>
    public TimeSpan? Attente(string email, IPAddress? client)
    {
        var (compte, ip, paire) = Cles(email, client);
        var maintenant = time.GetUtcNow();
        TimeSpan? attente = null;
        void Verifier(string cle, int libres)
        {
            if (!_echecs.TryGetValue(cle, out var e) || e.Echecs < libres) return;
            var reste = e.Dernier + Delai(e.Echecs - libres) - maintenant;
            if (reste > TimeSpan.Zero && (attente is null || reste > attente)) attente = reste;
        }
        Verifier(paire, EssaisParCompteEtAdresse);
        Verifier(ip, EssaisParAdresse);
        if (!_adressesSures.TryGetValue(paire, out var sure) || maintenant - sure > TimeSpan.FromDays(30))
            Verifier(compte, EssaisParCompte);
        return attente;
    }

    public void Echec(string email, IPAddress? client)
    {
        var maintenant = time.GetUtcNow();
        foreach (var cle in Cles(email, client).AsArray())
            _echecs.AddOrUpdate(cle, _ => new Etat(1, maintenant),
                (_, e) => maintenant - e.Dernier > Oubli ? new Etat(1, maintenant) : new Etat(e.Echecs + 1, maintenant));
        if (_echecs.Count > 100_000) Purger(maintenant);
    }

    /// <summary>A correct password: this client address is now known for this account.</summary>
    public void Succes(string email, IPAddress? client)
    {
        var (_, _, paire) = Cles(email, client);
        _echecs.TryRemove(paire, out _);
        _adressesSures[paire] = time.GetUtcNow();
    }

    private static TimeSpan Delai(int depassement) =>
        TimeSpan.FromMinutes(Math.Min(Math.Pow(2, Math.Min(depassement, 10)), AttenteMax.TotalMinutes));

    private void Purger(DateTimeOffset maintenant)
    {
        foreach (var (cle, e) in _echecs)
            if (maintenant - e.Dernier > Oubli) _echecs.TryRemove(cle, out _);
    }

    private readonly record struct Trio(string Compte, string Ip, string Paire)
    {
        public string[] AsArray() => [Compte, Ip, Paire];
    }

    private static Trio Cles(string email, IPAddress? client)
    {
        var compte = email.Trim().ToUpperInvariant();
        var ip = client?.ToString() ?? "inconnue";
        return new Trio("c:" + compte, "a:" + ip, "p:" + compte + "|" + ip);
    }

    /// <summary>The French wording of a wait, for the message next to the field.</summary>
    public static string Message(TimeSpan attente)
    {
        var minutes = (int)Math.Ceiling(attente.TotalMinutes);
        return $"Trop d'essais de connexion. Réessayez dans {Fr.Nombre(minutes, "minute", "minutes")}, ou réinitialisez votre mot de passe.";
    }
}

/// <summary>The cost of checking a password, paid also when the address has no account (or an unknown one is typed
/// in a reset form), so that the answer's timing does not tell who is registered.</summary>
public sealed class HachageFactice(Microsoft.AspNetCore.Identity.IPasswordHasher<Comptes.Utilisateur> hasher)
{
    private static readonly Comptes.Utilisateur Personne = new() { UserName = "personne" };
    private static string? _hash;

    /// <summary>Hashes the dummy password once per process, at start-up: done by the first unknown address instead,
    /// that request would cost twice a known one's.</summary>
    public void Preparer() => _hash ??= hasher.HashPassword(Personne, Passwords.Generate());

    public void Verifier(string motDePasse)
    {
        Preparer();
        hasher.VerifyHashedPassword(Personne, _hash!, motDePasse);
    }
}
