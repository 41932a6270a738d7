using System.Threading.Channels;
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
/// hashes the waiting passwords one at a time, then deletes the encrypted copy. Nothing clear is ever stored, and
/// the account cannot be used before its address is confirmed anyway; the sign-in finishes a waiting hash itself,
/// so that an account is never refused for the worker being late.
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

    /// <summary>Hashes the waiting password of this account now, if any. A password set since (a reset) wins: the
    /// hash is written only while the account has none, and the encrypted copy is deleted either way.</summary>
    public async Task TerminerAsync(Guid userId, CancellationToken ct = default)
    {
        var jeton = await db.UserTokens.AsNoTracking()
            .Where(t => t.UserId == userId && t.LoginProvider == Fournisseur && t.Name == Nom).Select(t => t.Value).FirstOrDefaultAsync(ct);
        if (jeton is null) return;
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId, ct);
        if (user is not null && user.PasswordHash is null)
        {
            string? motDePasse;
            try { motDePasse = Protecteur.Unprotect(jeton); }
            catch (System.Security.Cryptography.CryptographicException) { motDePasse = null; } // key gone: the person resets it
            if (motDePasse is not null)
            {
                var hash = users.PasswordHasher.HashPassword(user, motDePasse);
                await db.Users.Where(u => u.Id == userId && u.PasswordHash == null)
                    .ExecuteUpdateAsync(s => s.SetProperty(u => u.PasswordHash, hash), ct);
            }
        }
        await db.UserTokens.Where(t => t.UserId == userId && t.LoginProvider == Fournisseur && t.Name == Nom).ExecuteDeleteAsync(ct);
    }

    /// <summary>The accounts whose password still waits (after a restart, or left by another instance).</summary>
    public Task<List<Guid>> EnAttenteAsync(CancellationToken ct) =>
        db.UserTokens.AsNoTracking().Where(t => t.LoginProvider == Fournisseur && t.Name == Nom).Select(t => t.UserId).ToListAsync(ct);

    /// <summary>The queue between the sign-ups and the worker.</summary>
    public sealed class FileAttente
    {
        private readonly Channel<Guid> _canal = Channel.CreateUnbounded<Guid>(new() { SingleReader = true });
        public void Ajouter(Guid userId) => _canal.Writer.TryWrite(userId);
        internal ChannelReader<Guid> Lecteur => _canal.Reader;
    }

    /// <summary>One hash at a time, so that sign-ups arriving by the dozen take one core at most. Every minute
    /// without work, it also picks up what a stopped instance left.</summary>
    public sealed class Hachage(FileAttente file, IServiceScopeFactory scopes, ILogger<Hachage> log) : BackgroundService
    {
        protected override async Task ExecuteAsync(CancellationToken stop)
        {
            await BalayerAsync(stop);
            while (!stop.IsCancellationRequested)
            {
                using (var attente = CancellationTokenSource.CreateLinkedTokenSource(stop))
                {
                    attente.CancelAfter(TimeSpan.FromMinutes(1));
                    try { await file.Lecteur.WaitToReadAsync(attente.Token); }
                    catch (OperationCanceledException) when (!stop.IsCancellationRequested) { await BalayerAsync(stop); continue; }
                }
                while (file.Lecteur.TryRead(out var id)) await TraiterAsync(id, stop);
            }
        }

        private async Task BalayerAsync(CancellationToken stop)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                foreach (var id in await scope.ServiceProvider.GetRequiredService<MotsDePasseEnAttente>().EnAttenteAsync(stop)) file.Ajouter(id);
            }
            catch (Exception e) when (e is not OperationCanceledException) { log.LogWarning(e, "Mots de passe en attente : lecture impossible"); }
        }

        private async Task TraiterAsync(Guid id, CancellationToken stop)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<MotsDePasseEnAttente>().TerminerAsync(id, stop);
            }
            catch (Exception e) when (e is not OperationCanceledException)
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
