namespace Eig.Web.Infrastructure.Mail;

public enum MailMode { Pickup, Smtp }

/// <summary>Section <c>Mail</c> of the configuration.</summary>
public sealed class MailOptions
{
    public MailMode Mode { get; set; } = MailMode.Pickup;
    /// <summary>Where .eml files are written in pickup mode (the embedded default).</summary>
    public string PickupDirectory { get; set; } = "data/mails";
    public string From { get; set; } = "ne-pas-repondre@eig.numerique.gouv.fr";
    public string FromName { get; set; } = "Entrepreneurs d'intérêt général";
    /// <summary>The public address of the service, used to build links in mails.</summary>
    public string BaseUrl { get; set; } = "http://localhost:5080";
    public double PollSeconds { get; set; } = 5;
    public SmtpOptions Smtp { get; set; } = new();
}

/// <summary>How the connection to the SMTP server is secured: <c>StartTls</c> (the default, usually port 587),
/// <c>SslOnConnect</c> (implicit TLS, usually port 465) or <c>None</c> (a relay on the same host or network).</summary>
public enum SmtpSecurity { StartTls, SslOnConnect, None }

public sealed class SmtpOptions
{
    public string Host { get; set; } = "localhost";
    public int Port { get; set; } = 587;
    public SmtpSecurity Security { get; set; } = SmtpSecurity.StartTls;
    /// <summary>When set, the sender authenticates with <see cref="Password"/>.</summary>
    public string? User { get; set; }
    public string? Password { get; set; }
    public int TimeoutSeconds { get; set; } = 30;
}
