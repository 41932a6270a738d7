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

public sealed class SmtpOptions
{
    public string Host { get; set; } = "localhost";
    public int Port { get; set; } = 25;
    public bool EnableSsl { get; set; } = true;
    public string? User { get; set; }
    public string? Password { get; set; }
    public int TimeoutSeconds { get; set; } = 30;
}
