using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Eig.Web.Infrastructure.Mail;

/// <summary>Hands one message to the outside world. Throws when it could not: the outbox retries later.</summary>
public interface IMailTransport
{
    Task SendAsync(OutboxMessage message, CancellationToken ct);

    /// <summary>Whether a message whose sending was interrupted is already in the relay's hands. False when the
    /// transport cannot tell (SMTP keeps no trace one can ask for): the message is then sent again.</summary>
    Task<bool> DejaRemisAsync(OutboxMessage message, CancellationToken ct);
}

/// <summary>Both modes send the message <see cref="MailMessages.Build"/> makes: the .eml of the pickup folder is what
/// an SMTP server receives, byte for byte but for the MIME boundaries.</summary>
public sealed class MailKitTransport(IOptions<MailOptions> options) : IMailTransport
{
    public async Task SendAsync(OutboxMessage message, CancellationToken ct)
    {
        var o = options.Value;
        using var mime = MailMessages.Build(message, o);
        if (o.Mode == MailMode.Pickup)
            await WriteToPickupAsync(mime, message.Id, o.PickupDirectory, ct);
        else
            await SendBySmtpAsync(mime, o.Smtp, ct);
    }

    public Task<bool> DejaRemisAsync(OutboxMessage message, CancellationToken ct)
    {
        var o = options.Value;
        return Task.FromResult(o.Mode == MailMode.Pickup && File.Exists(PickupFile(o.PickupDirectory, message.Id)));
    }

    private static string PickupFile(string directory, Guid id) => Path.Combine(Path.GetFullPath(directory), $"{id:N}.eml");

    /// <summary>One file per outbox message, named after it, written aside then moved into place once complete (so
    /// that whoever reads the folder never sees half a message) without replacing one already there: a second write
    /// of the same mail, after a crash or by a second instance, is a no-op.</summary>
    private static async Task WriteToPickupAsync(MimeMessage mime, Guid id, string directory, CancellationToken ct)
    {
        var file = PickupFile(directory, id);
        if (File.Exists(file)) return;
        var dir = Path.GetDirectoryName(file)!;
        Directory.CreateDirectory(dir);
        // Unique per attempt: two writers of the same message never share a half-written file.
        var partial = Path.Combine(dir, $".{id:N}.{Guid.NewGuid():N}.partiel");
        try
        {
            await using (var stream = new FileStream(partial, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, FileOptions.Asynchronous))
            {
                await mime.WriteToAsync(MailMessages.Format, stream, ct);
                await stream.FlushAsync(ct);
                // On disk before the name appears: after a power cut, a file under its final name is whole.
                stream.Flush(flushToDisk: true);
            }
            // Without overwrite the move fails if the name exists (link + unlink on Linux): the first copy stays.
            File.Move(partial, file, overwrite: false);
        }
        catch (IOException) when (File.Exists(file))
        {
        }
        finally
        {
            if (File.Exists(partial)) File.Delete(partial);
        }
    }

    private static async Task SendBySmtpAsync(MimeMessage mime, SmtpOptions s, CancellationToken ct)
    {
        using var client = new SmtpClient { Timeout = s.TimeoutSeconds * 1000 };
        var security = s.Security switch
        {
            SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
            SmtpSecurity.None => SecureSocketOptions.None,
            _ => SecureSocketOptions.StartTls,
        };
        await client.ConnectAsync(s.Host, s.Port, security, ct);
        if (!string.IsNullOrEmpty(s.User))
            await client.AuthenticateAsync(s.User, s.Password ?? "", ct);
        await client.SendAsync(MailMessages.Format, mime, ct);
        await client.DisconnectAsync(quit: true, ct);
    }
}

public static class MailMessages
{
    /// <summary>CRLF line ends everywhere (RFC 5322), also in the .eml files written on Linux.</summary>
    public static readonly FormatOptions Format = CreateFormat();

    private static FormatOptions CreateFormat()
    {
        var f = FormatOptions.Default.Clone();
        f.NewLineFormat = NewLineFormat.Dos;
        return f;
    }

    /// <summary>The MIME message of an outbox message: text and HTML alternatives, its attachments, a Date set when
    /// it was queued and a Message-ID derived from its id, so that a retry re-sends the same message (a receiving
    /// server or client can tell it is a duplicate) and an .eml can be traced back to its outbox row.</summary>
    public static MimeMessage Build(OutboxMessage m, MailOptions o)
    {
        var mime = new MimeMessage();
        mime.From.Add(new MailboxAddress(o.FromName, o.From));
        mime.To.Add(MailboxAddress.Parse(m.A));
        mime.Subject = m.Sujet;
        mime.Date = m.CreeLe == default ? DateTimeOffset.UtcNow : new DateTimeOffset(DateTime.SpecifyKind(m.CreeLe, DateTimeKind.Utc));
        mime.MessageId = MessageId(m.Id, o.From);
        foreach (var (nom, valeur) in m.EnTetesSupplementaires())
            mime.Headers.Add(nom, valeur);
        var body = new BodyBuilder { TextBody = m.CorpsTexte, HtmlBody = m.CorpsHtml };
        foreach (var pj in m.PiecesJointes)
            body.Attachments.Add(pj.NomFichier, pj.Contenu, ContentType.Parse(pj.TypeMime));
        mime.Body = body.ToMessageBody();
        // Choose the transfer encodings now (7-bit safe), not at sending: the file and the SMTP copy then agree.
        mime.Prepare(EncodingConstraint.SevenBit);
        return mime;
    }

    /// <summary><c>{outbox id}@{sender's domain}</c> (without the angle brackets, which MimeKit adds).</summary>
    public static string MessageId(Guid outboxId, string from)
    {
        var at = from.LastIndexOf('@');
        var domain = at >= 0 && at < from.Length - 1 ? from[(at + 1)..] : "eig.localhost";
        return $"{outboxId:N}@{domain}";
    }
}
