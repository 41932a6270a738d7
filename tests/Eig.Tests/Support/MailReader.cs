using System.Text.RegularExpressions;
using MimeKit;

namespace Eig.Tests.Support;

/// <summary>A mail as the pickup folder holds it.</summary>
public sealed record SentMail(string File, string To, string Subject, string Text, string Html)
{
    /// <summary>The parsed message itself (headers, Message-ID, attachments).</summary>
    public MimeMessage? Message { get; init; }

    /// <summary>The first link of the HTML body whose address contains <paramref name="contains"/>.</summary>
    public string? Link(string contains) =>
        Regex.Matches(Html, "href=\"([^\"]+)\"").Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value))
            .FirstOrDefault(u => u.Contains(contains, StringComparison.Ordinal));
}

/// <summary>Reads the .eml files of a pickup folder with MimeKit, the library that writes them.</summary>
public static class MailReader
{
    public static IReadOnlyList<SentMail> ReadFolder(string folder) =>
        !Directory.Exists(folder) ? []
        : Directory.GetFiles(folder, "*.eml")
            .Select(f => (File: f, Time: System.IO.File.GetLastWriteTimeUtc(f)))
            .OrderBy(f => f.Time).ThenBy(f => f.File, StringComparer.Ordinal)
            .Select(f => Parse(f.File, System.IO.File.ReadAllBytes(f.File)))
            .ToList();

    public static SentMail Parse(string file, byte[] raw)
    {
        using var stream = new MemoryStream(raw);
        var message = MimeMessage.Load(stream);
        return new SentMail(file, string.Join(", ", message.To.Mailboxes.Select(m => m.Address)), message.Subject ?? "",
            message.TextBody ?? "", message.HtmlBody ?? "") { Message = message };
    }
}
