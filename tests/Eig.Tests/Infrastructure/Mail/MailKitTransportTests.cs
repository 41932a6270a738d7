using Eig.Tests.Support;
using Eig.Web.Infrastructure.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Eig.Tests.Infrastructure.Mail;

/// <summary>The outbox's mails through MailKit: the same MIME message in the pickup folder and over SMTP, with a
/// Message-ID taken from the outbox row, and SMTP authentication when a user is configured.</summary>
public class MailKitTransportTests
{
    private static async Task<Guid> QueueAsync(EigWebFactory factory, string to)
    {
        using var scope = factory.Services.CreateScope();
        var templates = scope.ServiceProvider.GetRequiredService<MailTemplates>();
        scope.ServiceProvider.GetRequiredService<IOutbox>().Ajouter(to,
            templates.ReinitialisationMotDePasse(templates.Lien("/compte/reinitialiser?jeton=abc123")),
            new OutboxAttachment { NomFichier = "rendez-vous.ics", TypeMime = "text/calendar", Contenu = "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"u8.ToArray() });
        var db = scope.ServiceProvider.GetRequiredService<Eig.Web.Infrastructure.Database.EigDbContext>();
        await db.SaveChangesAsync();
        return await db.Outbox.Where(m => m.A == to).Select(m => m.Id).SingleAsync();
    }

    private static EigWebFactory SmtpFactory(FakeSmtpServer server, string? user = null, string? password = null) => new()
    {
        Settings =
        {
            ["Mail:Mode"] = "Smtp",
            ["Mail:Smtp:Host"] = "127.0.0.1",
            ["Mail:Smtp:Port"] = server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Mail:Smtp:Security"] = "None",
            ["Mail:Smtp:TimeoutSeconds"] = "10",
            ["Mail:Smtp:User"] = user,
            ["Mail:Smtp:Password"] = password,
        },
    };

    private static MimeMessage Load(byte[] raw)
    {
        using var stream = new MemoryStream(raw);
        return MimeMessage.Load(stream);
    }

    [Fact]
    public async Task Smtp_WithUser_AuthenticatesAndDeliversToTheRecipient()
    {
        await using var server = new FakeSmtpServer();
        await using var factory = SmtpFactory(server, "expediteur", "mot de passe SMTP");
        var id = await QueueAsync(factory, "porteuse@exemple.fr");

        var sent = await factory.Services.GetRequiredService<OutboxSender>().SendPendingAsync(TestContext.Current.CancellationToken);

        Assert.Equal(1, sent);
        var delivery = Assert.Single(server.Deliveries);
        Assert.Equal("expediteur", delivery.User);
        Assert.Equal("mot de passe SMTP", delivery.Password);
        var from = factory.Services.GetRequiredService<IOptions<MailOptions>>().Value.From;
        Assert.Equal(from, delivery.From);
        Assert.Equal(["porteuse@exemple.fr"], delivery.To);
        var message = Load(delivery.Data);
        Assert.Equal(MailMessages.MessageId(id, from), message.MessageId);
        Assert.Equal("Réinitialisation de votre mot de passe", message.Subject);
        Assert.Contains("Choisir un nouveau mot de passe", message.TextBody);
        Assert.Equal("rendez-vous.ics", Assert.Single(message.Attachments).ContentDisposition.FileName);
        var row = await factory.WithDbAsync(db => db.Outbox.AsNoTracking().SingleAsync(m => m.Id == id));
        Assert.NotNull(row.EnvoyeLe);
    }

    [Fact]
    public async Task Smtp_WithoutUser_DoesNotAuthenticate()
    {
        await using var server = new FakeSmtpServer();
        await using var factory = SmtpFactory(server);
        await QueueAsync(factory, "jury@exemple.fr");

        Assert.Equal(1, await factory.Services.GetRequiredService<OutboxSender>().SendPendingAsync(TestContext.Current.CancellationToken));

        var delivery = Assert.Single(server.Deliveries);
        Assert.Null(delivery.User);
    }

    [Fact]
    public async Task PickupAndSmtp_SendTheSameMessage()
    {
        await using var server = new FakeSmtpServer();
        await using var factory = SmtpFactory(server);
        var id = await QueueAsync(factory, "candidate@exemple.fr");
        var row = await factory.WithDbAsync(db => db.Outbox.Include(m => m.PiecesJointes).AsNoTracking().SingleAsync(m => m.Id == id));
        var options = factory.Services.GetRequiredService<IOptions<MailOptions>>().Value;
        var folder = Path.Combine(Path.GetTempPath(), "eig-tests-mails", Guid.NewGuid().ToString("N"));
        try
        {
            var pickup = new MailKitTransport(Options.Create(new MailOptions
            {
                Mode = MailMode.Pickup, PickupDirectory = folder, From = options.From, FromName = options.FromName,
            }));
            await pickup.SendAsync(row, TestContext.Current.CancellationToken);
            await factory.Services.GetRequiredService<IMailTransport>().SendAsync(row, TestContext.Current.CancellationToken);

            var file = Assert.Single(Directory.GetFiles(folder, "*.eml"));
            Assert.Equal($"{id:N}.eml", Path.GetFileName(file));
            var eml = MimeMessage.Load(file);
            var smtp = Load(Assert.Single(server.Deliveries).Data);
            foreach (var header in new[] { "Message-Id", "Date", "From", "To", "Subject", "MIME-Version" })
                Assert.Equal(eml.Headers[header], smtp.Headers[header]);
            Assert.Equal($"{id:N}@{options.From[(options.From.IndexOf('@') + 1)..]}", eml.MessageId);
            Assert.Equal(eml.TextBody, smtp.TextBody);
            Assert.Equal(eml.HtmlBody, smtp.HtmlBody);
            Assert.Equal(eml.Attachments.Select(a => a.ContentDisposition.FileName), smtp.Attachments.Select(a => a.ContentDisposition.FileName));
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, true);
        }
    }

    [Fact]
    public async Task Pickup_SameMessageTwice_OneFileWithTheSameMessageId()
    {
        await using var factory = new EigWebFactory();
        var id = await QueueAsync(factory, "retry@exemple.fr");
        var row = await factory.WithDbAsync(db => db.Outbox.Include(m => m.PiecesJointes).AsNoTracking().SingleAsync(m => m.Id == id));
        var transport = factory.Services.GetRequiredService<IMailTransport>();

        await transport.SendAsync(row, TestContext.Current.CancellationToken);
        var first = Assert.Single(MailReader.ReadFolder(factory.MailFolder)).Message!.MessageId;
        await transport.SendAsync(row, TestContext.Current.CancellationToken);

        var mail = Assert.Single(MailReader.ReadFolder(factory.MailFolder));
        Assert.Equal(first, mail.Message!.MessageId);
        Assert.StartsWith($"{id:N}@", first);
    }
}
