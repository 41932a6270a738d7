using System.Diagnostics.Metrics;
using Eig.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Eig.Web.Infrastructure.Mail;

/// <summary>Sends what the outbox holds, with exponential back-off on failure. A message is claimed before it is
/// sent (its next attempt pushed forward with a conditional update), so two instances never send it twice at once.
/// The claim records "sending" (<see cref="OutboxMessage.EnvoiCommenceLe"/>) before the transport is called, and
/// "sent" is recorded after it returns. A message found "sending" but not "sent" was interrupted in between (a
/// crash, a claim that ran out): the transport is asked whether it already has it (the pickup folder does: the file
/// named after the message), and only a message the relay may not have accepted is handed over again, under the
/// same Message-ID (SMTP cannot be asked; a receiving server or client can tell the copy).</summary>
public sealed class OutboxSender(IServiceScopeFactory scopes, IMailTransport transport, IClock clock,
    IOptions<MailOptions> options, OutboxSignal signal, ILogger<OutboxSender> logger, IMeterFactory meters) : BackgroundService
{
    private readonly Counter<long> _sent = meters.Create("Eig.Mail").CreateCounter<long>("eig.mail.sent");
    private readonly Counter<long> _failed = meters.Create("Eig.Mail").CreateCounter<long>("eig.mail.failed");

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var poll = TimeSpan.FromSeconds(Math.Max(0.2, options.Value.PollSeconds));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await SendPendingAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Échec du passage de l'expéditeur de mails.");
            }
            try { await signal.WaitAsync(poll, stoppingToken); }
            catch (OperationCanceledException) { break; }
        }
    }

    /// <summary>One pass over due messages. Returns how many were sent.</summary>
    public async Task<int> SendPendingAsync(CancellationToken ct = default)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<EigDbContext>();
        var now = clock.UtcNow;
        var due = await db.Outbox
            .Where(m => m.EnvoyeLe == null && m.Tentatives < OutboxMessage.TentativesMax && m.ProchaineTentative <= now)
            .OrderBy(m => m.ProchaineTentative)
            .Select(m => new { m.Id, m.ProchaineTentative, m.EnvoiCommenceLe })
            .Take(50)
            .ToListAsync(ct);
        var sent = 0;
        foreach (var item in due)
        {
            var claimUntil = now.AddMinutes(5);
            var claimed = await db.Outbox
                .Where(m => m.Id == item.Id && m.ProchaineTentative == item.ProchaineTentative && m.EnvoyeLe == null)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(m => m.ProchaineTentative, claimUntil)
                    .SetProperty(m => m.EnvoiCommenceLe, now), ct);
            if (claimed == 0) continue;

            var message = await db.Outbox.Include(m => m.PiecesJointes).SingleAsync(m => m.Id == item.Id, ct);
            try
            {
                if (item.EnvoiCommenceLe is not null && await transport.DejaRemisAsync(message, ct))
                    logger.LogInformation("Mail {Id} interrompu après sa remise ({Debut:O}) : déjà remis, enregistré comme envoyé sans renvoi.", message.Id, item.EnvoiCommenceLe);
                else
                    await transport.SendAsync(message, ct);
                message.Envoye(clock.UtcNow);
                _sent.Add(1);
                sent++;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                message.EchecEnvoi(clock.UtcNow, ex.Message);
                _failed.Add(1);
                logger.LogWarning("Mail {Id} non envoyé (tentative {Tentative}) : {Erreur}", message.Id, message.Tentatives, ex.Message);
            }
            await db.SaveChangesAsync(ct);
        }
        return sent;
    }
}

public static class MailSetup
{
    public static IServiceCollection AddEigMail(this IServiceCollection services, IConfiguration config)
    {
        services.Configure<MailOptions>(config.GetSection("Mail"));
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<IMailTransport, MailKitTransport>();
        services.AddScoped<IOutbox, Outbox>();
        services.AddScoped<MailTemplates>();
        services.AddSingleton<MailTemplates.VersionsEnMemoire>();
        services.AddScoped<AdressesEquipe>();
        services.AddSingleton<OutboxSender>();
        if (config.GetValue("Mail:SenderEnabled", true))
            services.AddHostedService(sp => sp.GetRequiredService<OutboxSender>());
        return services;
    }
}
