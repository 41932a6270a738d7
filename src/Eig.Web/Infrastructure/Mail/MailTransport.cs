using System.Net;
using System.Net.Mail;
using System.Net.Mime;
using System.Text;
using Microsoft.Extensions.Options;

namespace Eig.Web.Infrastructure.Mail;

/// <summary>Hands one message to the outside world. Throws when it could not: the outbox retries later.</summary>
public interface IMailTransport
{
    Task SendAsync(OutboxMessage message, CancellationToken ct);
}

/// <summary>Both transports build the same System.Net.Mail message; only the delivery differs
/// (a pickup folder of .eml files, or an SMTP server).</summary>
public sealed class SmtpClientTransport(IOptions<MailOptions> options) : IMailTransport
{
    public async Task SendAsync(OutboxMessage message, CancellationToken ct)
    {
        var o = options.Value;
        using var mail = new MailMessage
        {
            From = new MailAddress(o.From, o.FromName, Encoding.UTF8),
            Subject = message.Sujet,
            SubjectEncoding = Encoding.UTF8,
            BodyEncoding = Encoding.UTF8,
            HeadersEncoding = Encoding.UTF8,
            Body = message.CorpsTexte,
            IsBodyHtml = false,
        };
        mail.To.Add(message.A);
        mail.AlternateViews.Add(AlternateView.CreateAlternateViewFromString(message.CorpsHtml, Encoding.UTF8, MediaTypeNames.Text.Html));
        foreach (var pj in message.PiecesJointes)
            mail.Attachments.Add(new Attachment(new MemoryStream(pj.Contenu), pj.NomFichier, pj.TypeMime));

        using var client = new SmtpClient();
        if (o.Mode == MailMode.Pickup)
        {
            var dir = Path.GetFullPath(o.PickupDirectory);
            Directory.CreateDirectory(dir);
            client.DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory;
            client.PickupDirectoryLocation = dir;
        }
        else
        {
            client.Host = o.Smtp.Host;
            client.Port = o.Smtp.Port;
            client.EnableSsl = o.Smtp.EnableSsl;
            client.Timeout = o.Smtp.TimeoutSeconds * 1000;
            if (!string.IsNullOrEmpty(o.Smtp.User))
                client.Credentials = new NetworkCredential(o.Smtp.User, o.Smtp.Password);
        }
        await client.SendMailAsync(mail, ct);
    }
}
