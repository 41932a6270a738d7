using System.Collections.Concurrent;
using Eig.Web.Infrastructure.Planification;
using Eig.Web.Infrastructure.Database;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Eig.Web.Comptes;

/// <summary>
/// A sign-up's password is hashed after the answer, not during it: hashing (PBKDF2, on purpose slow) is most of a
/// sign-up's CPU, and on an opening day it took the cores the public pages need. The sign-up checks the password
/// at once (length, common or breached passwords: the message is next to the field as before), creates the
/// account without password and keeps the password encrypted by data protection (the keys that sign the login
/// cookies, encrypted at rest themselves when configured) in the account's Identity tokens; one background worker
/// hashes the waiting passwords one at a time, on a low-priority thread, then deletes the encrypted copy. Nothing clear
/// is ever stored, and the account cannot be used before its address is confirmed anyway; the confirmation does not
/// wait for the hash, and the sign-in finishes a waiting hash itself, so that an account is never refused for the
/// worker being late.
/// </summary>
public sealed class MotsDePasseEnAttente(EigDbContext db, UserManager<Utilisateur> users, IDataProtectionProvider protection, MotsDePasseEnAttente.FileAttente file)
{
    public const string Fournisseur = "Eig";
    public const string Nom = "MotDePasseEnAttente";
    private IDataProtector Protecteur => protection.CreateProtector("Eig.Comptes.MotDePasseEnAttente");

    /// <summary>Part of the sign-up's unit of work (saved with the account); the worker is told once it is saved.</summary>
    public void Garder(Utilisateur user, string motDePasse) =>
        db.UserTokens.Add(new IdentityUserToken<Guid> { UserId = user.Id, LoginProvider = Fournisseur, Name = Nom, Value = Protecteur.Protect(motDePasse) });

    /// <summary>Tells the worker, after the sign-up's transaction committed.</summary>
    public void Signaler(Utilisateur user) => file.Ajouter(user.Id);

    /// <summary>Hashes the waiting password of this account now, if any (a sign-in: the person waits for it). A password
    /// set since (a reset) wins: the hash is written only while the account has none, and the encrypted copy is deleted
    /// either way.</summary>
    public async Task TerminerAsync(Guid userId, CancellationToken ct = default)
    {
        var jeton = await Jeton(userId).Select(t => t.Value).FirstOrDefaultAsync(ct);
        if (jeton is null) return;
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId, ct);
        if (user is { PasswordHash: null } && Dechiffrer(jeton) is { } motDePasse)
        {
            var hash = users.PasswordHasher.HashPassword(user, motDePasse);
            await db.Users.Where(u => u.Id == userId && u.PasswordHash == null).ExecuteUpdateAsync(s => s
                .SetProperty(u => u.PasswordHash, hash).SetProperty(u => u.ConcurrencyStamp, Guid.NewGuid().ToString()), ct);
        }
        await Jeton(userId).ExecuteDeleteAsync(ct);
    }

    /// <summary>The same for the background worker, synchronous on purpose: it runs on a low-priority thread of its own
    /// (<see cref="FilDeFond"/>), which must not hand work to the thread pool.</summary>
    public void Terminer(Guid userId)
    {
        var jeton = Jeton(userId).Select(t => t.Value).FirstOrDefault();
        if (jeton is null) return;
        var user = db.Users.AsNoTracking().FirstOrDefault(u => u.Id == userId);
        if (user is { PasswordHash: null } && Dechiffrer(jeton) is { } motDePasse)
        {
            var hash = users.PasswordHasher.HashPassword(user, motDePasse);
            // A new concurrency stamp with the hash: an account row loaded before (a confirmation) is then refused when
            // saved, instead of writing the row back without the hash.
            db.Users.Where(u => u.Id == userId && u.PasswordHash == null).ExecuteUpdate(s => s
                .SetProperty(u => u.PasswordHash, hash).SetProperty(u => u.ConcurrencyStamp, Guid.NewGuid().ToString()));
        }
        Jeton(userId).ExecuteDelete();
    }

    /// <summary>Confirms the address without waiting for the hash: if the worker hashed the password between the
    /// account's loading and this save, the save is refused (the worker renewed the concurrency stamp), so the account
    /// is read again, hash included, and confirmed once more (the link's token does not depend on the hash).</summary>
    public async Task<IdentityResult> ConfirmerAdresseAsync(Utilisateur user, string token)
    {
        var resultat = await users.ConfirmEmailAsync(user, token);
        if (resultat.Succeeded || !resultat.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.ConcurrencyFailure))) return resultat;
        await db.Entry(user).ReloadAsync();
        return await users.ConfirmEmailAsync(user, token);
    }

    private IQueryable<IdentityUserToken<Guid>> Jeton(Guid userId) =>
        db.UserTokens.Where(t => t.UserId == userId && t.LoginProvider == Fournisseur && t.Name == Nom);

    private string? Dechiffrer(string jeton)
    {
        try { return Protecteur.Unprotect(jeton); }
        catch (System.Security.Cryptography.CryptographicException) { return null; } // key gone: the person resets it
    }

    /// <summary>The accounts whose password still waits (after a restart, or left by another instance).</summary>
    public List<Guid> EnAttente() =>
        db.UserTokens.AsNoTracking().Where(t => t.LoginProvider == Fournisseur && t.Name == Nom).Select(t => t.UserId).ToList();

    /// <summary>The queue between the sign-ups and the worker.</summary>
    public sealed class FileAttente
    {
        private readonly BlockingCollection<Guid> _file = new();
        public void Ajouter(Guid userId) => _file.TryAdd(userId);
        /// <summary>Waits for an account at most <paramref name="attente"/> (false then); throws when stopped.</summary>
        internal bool Prendre(TimeSpan attente, CancellationToken stop, out Guid userId) => _file.TryTake(out userId, (int)attente.TotalMilliseconds, stop);
    }

    /// <summary>One hash at a time, on a thread of the lowest priority: sign-ups arriving by the dozen take at most one
    /// core, and only what the requests leave. The password waits meanwhile (a sign-in hashes it itself). Every minute
    /// without work, it also picks up what a stopped instance left.</summary>
    public sealed class Hachage(FileAttente file, IServiceScopeFactory scopes, ILogger<Hachage> log) : BackgroundService
    {
        protected override Task ExecuteAsync(CancellationToken stop)
        {
            var fin = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            FilDeFond.Demarrer("eig-hachage-mots-de-passe", () =>
            {
                try { Boucle(stop); }
                finally { fin.TrySetResult(); }
            });
            return fin.Task;
        }

        private void Boucle(CancellationToken stop)
        {
            try
            {
                Balayer();
                while (!stop.IsCancellationRequested)
                {
                    if (file.Prendre(TimeSpan.FromMinutes(1), stop, out var id)) Traiter(id);
                    else Balayer();
                }
            }
            catch (OperationCanceledException) { }
        }

        private void Balayer()
        {
            try
            {
                using var scope = scopes.CreateScope();
                foreach (var id in scope.ServiceProvider.GetRequiredService<MotsDePasseEnAttente>().EnAttente()) file.Ajouter(id);
            }
            catch (Exception e) { log.LogWarning(e, "Mots de passe en attente : lecture impossible"); }
        }

        private void Traiter(Guid id)
        {
            try
            {
                using var scope = scopes.CreateScope();
                scope.ServiceProvider.GetRequiredService<MotsDePasseEnAttente>().Terminer(id);
            }
            catch (Exception e)
            {
                // Left waiting: the next sweep or the person's sign-in finishes it.
                log.LogWarning(e, "Mot de passe en attente du compte {Id} : hachage impossible", id);
            }
        }
    }
}

public static class MotsDePasseEnAttenteSetup
{
    public static IServiceCollection AddMotsDePasseEnAttente(this IServiceCollection services)
    {
        services.AddSingleton<MotsDePasseEnAttente.FileAttente>();
        services.AddScoped<MotsDePasseEnAttente>();
        services.AddHostedService<MotsDePasseEnAttente.Hachage>();
        return services;
    }
}
