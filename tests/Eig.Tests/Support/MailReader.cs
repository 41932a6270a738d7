using System.Net.Mime;
using System.Text;
using System.Text.RegularExpressions;

namespace Eig.Tests.Support;

/// <summary>A mail as the pickup folder holds it.</summary>
public sealed record SentMail(string File, string To, string Subject, string Text, string Html)
{
    /// <summary>The first link of the HTML body whose address contains <paramref name="contains"/>.</summary>
    public string? Link(string contains) =>
        Regex.Matches(Html, "href=\"([^\"]+)\"").Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value))
            .FirstOrDefault(u => u.Contains(contains, StringComparison.Ordinal));
}

/// <summary>Just enough MIME to read what System.Net.Mail writes: folded headers, RFC 2047 words,
/// multipart bodies, base64 and quoted-printable parts.</summary>
public static partial class MailReader
{
    public static IReadOnlyList<SentMail> ReadFolder(string folder) =>
        !Directory.Exists(folder) ? []
        : Directory.GetFiles(folder, "*.eml")
            .Select(f => (File: f, Time: System.IO.File.GetLastWriteTimeUtc(f)))
            .OrderBy(f => f.Time).ThenBy(f => f.File, StringComparer.Ordinal)
            .Select(f => Parse(f.File, System.IO.File.ReadAllText(f.File)))
            .ToList();

    public static SentMail Parse(string file, string raw)
    {
        var (headers, body) = SplitPart(raw);
        string text = "", html = "";
        CollectBodies(headers, body, ref text, ref html);
        return new SentMail(file, DecodeWords(Header(headers, "To")), DecodeWords(Header(headers, "Subject")), text, html);
    }

    private static void CollectBodies(Dictionary<string, string> headers, string body, ref string text, ref string html)
    {
        var type = new ContentType(Header(headers, "Content-Type") is { Length: > 0 } ct ? ct : "text/plain");
        if (type.MediaType.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase))
        {
            var boundary = "--" + type.Boundary;
            foreach (var chunk in body.Split(boundary).Skip(1))
            {
                if (chunk.StartsWith("--", StringComparison.Ordinal)) break;
                var (h, b) = SplitPart(chunk.TrimStart('\r', '\n'));
                CollectBodies(h, b, ref text, ref html);
            }
            return;
        }
        var charset = Encoding.GetEncoding(type.CharSet ?? "utf-8");
        var decoded = Header(headers, "Content-Transfer-Encoding").Trim().ToLowerInvariant() switch
        {
            "base64" => charset.GetString(Convert.FromBase64String(Regex.Replace(body, @"\s", ""))),
            "quoted-printable" => QuotedPrintable(body, charset),
            _ => body,
        };
        if (type.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase)) html += decoded;
        else if (type.MediaType.Equals("text/plain", StringComparison.OrdinalIgnoreCase)) text += decoded;
    }

    private static (Dictionary<string, string> Headers, string Body) SplitPart(string raw)
    {
        var normalized = raw.Replace("\r\n", "\n");
        var end = normalized.IndexOf("\n\n", StringComparison.Ordinal);
        var head = end < 0 ? normalized : normalized[..end];
        var body = end < 0 ? "" : normalized[(end + 2)..];
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? last = null;
        foreach (var line in head.Split('\n'))
        {
            if (line.Length > 0 && char.IsWhiteSpace(line[0]) && last is not null)
                headers[last] += " " + line.Trim();
            else if (line.IndexOf(':') is > 0 and var colon)
                headers[last = line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }
        return (headers, body);
    }

    private static string Header(Dictionary<string, string> headers, string name) =>
        headers.TryGetValue(name, out var v) ? v : "";

    [GeneratedRegex(@"=\?([^?]+)\?([BbQq])\?([^?]*)\?=")]
    private static partial Regex EncodedWord();

    public static string DecodeWords(string value)
    {
        // Whitespace between two adjacent encoded words is not part of the text (RFC 2047 §6.2).
        value = Regex.Replace(value, @"(\?=)\s+(=\?)", "$1$2");
        return EncodedWord().Replace(value, m =>
        {
            var enc = Encoding.GetEncoding(m.Groups[1].Value);
            var payload = m.Groups[3].Value;
            return m.Groups[2].Value.ToUpperInvariant() == "B"
                ? enc.GetString(Convert.FromBase64String(payload))
                : QuotedPrintable(payload.Replace('_', ' '), enc);
        });
    }

    private static string QuotedPrintable(string input, Encoding encoding)
    {
        var bytes = new List<byte>();
        var s = input.Replace("=\r\n", "").Replace("=\n", "");
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] == '=' && i + 2 < s.Length && Uri.IsHexDigit(s[i + 1]) && Uri.IsHexDigit(s[i + 2]))
            {
                bytes.Add(Convert.ToByte(s.Substring(i + 1, 2), 16));
                i += 2;
            }
            else bytes.AddRange(encoding.GetBytes(s[i].ToString()));
        }
        return encoding.GetString([.. bytes]);
    }
}
