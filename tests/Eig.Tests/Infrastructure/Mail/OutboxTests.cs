using System.Net;
using System.Net.Sockets;
using Eig.Tests.Support;
using Eig.Web.Infrastructure.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Eig.Tests.Infrastructure.Mail;

public class OutboxTests
{
    private static async Task<Guid> QueueAsync(EigWebFactory factory, string to)
    {
        using var scope = factory.Services.CreateScope();
        var templates = scope.ServiceProvider.GetRequiredService<MailTemplates>();
        scope.ServiceProvider.GetRequiredService<IOutbox>()
            .Ajouter(to, templates.ReinitialisationMotDePasse(templates.Lien("/compte/reinitialiser?jeton=abc123")));
        var db = scope.ServiceProvider.GetRequiredService<Eig.Web.Infrastructure.Database.EigDbContext>();
        await db.SaveChangesAsync();
        return await db.Outbox.Where(m => m.A == to).Select(m => m.Id).SingleAsync();
    }

    private static Task<OutboxMessage> ReloadAsync(EigWebFactory factory, Guid id) =>
        factory.WithDbAsync(db => db.Outbox.AsNoTracking().SingleAsync(m => m.Id == id));

    [Fact]
    public async Task Pickup_WritesARealEmlAndMarksTheMessageSent()
    {
        await using var factory = new EigWebFactory();
        var id = await QueueAsync(factory, "porteuse@exemple.fr");

        var mails = await factory.ReadMailsAsync();

        var mail = Assert.Single(mails);
        Assert.EndsWith(".eml", mail.File);
        Assert.Equal("porteuse@exemple.fr", mail.To);
        Assert.Equal("Réinitialisation de votre mot de passe", mail.Subject);
        Assert.Contains("Choisir un nouveau mot de passe", mail.Text);
        Assert.Equal("http://localhost:5080/compte/reinitialiser?jeton=abc123", mail.Link("/compte/reinitialiser"));
        var message = await ReloadAsync(factory, id);
        Assert.NotNull(message.EnvoyeLe);
        Assert.Null(message.DerniereErreur);
    }

    [Fact]
    public async Task Pickup_NothingQueued_WritesNothing()
    {
        await using var factory = new EigWebFactory();

        Assert.Empty(await factory.ReadMailsAsync());
    }

    [Fact]
    public async Task Smtp_ServerUnreachable_KeepsTheMessageForLater()
    {
        var closedPort = ClosedPort();
        await using var factory = new EigWebFactory
        {
            Settings =
            {
                ["Mail:Mode"] = "Smtp",
                ["Mail:Smtp:Host"] = "127.0.0.1",
                ["Mail:Smtp:Port"] = closedPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Mail:Smtp:Security"] = "None",
                ["Mail:Smtp:TimeoutSeconds"] = "5",
            },
        };
        var id = await QueueAsync(factory, "jury@exemple.fr");
        var sender = factory.Services.GetRequiredService<OutboxSender>();
        var before = DateTime.UtcNow;

        var sent = await sender.SendPendingAsync(TestContext.Current.CancellationToken);

        Assert.Equal(0, sent);
        var message = await ReloadAsync(factory, id);
        Assert.Null(message.EnvoyeLe);
        Assert.Equal(1, message.Tentatives);
        Assert.False(string.IsNullOrWhiteSpace(message.DerniereErreur));
        Assert.True(message.ProchaineTentative > before.AddSeconds(20), $"prochaine tentative {message.ProchaineTentative:O}, avant {before:O}");
        Assert.Empty(MailReader.ReadFolder(factory.MailFolder));

        // Not due yet: a second pass leaves it alone instead of hammering the server.
        Assert.Equal(0, await sender.SendPendingAsync(TestContext.Current.CancellationToken));
        Assert.Equal(1, (await ReloadAsync(factory, id)).Tentatives);
    }

    /// <summary>A port nothing listens on: bound by us, then released.</summary>
    private static int ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
