using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Eig.Tests.Support;

/// <summary>
/// Just enough of an SMTP server on a loopback port to see what the application sends: EHLO (advertising AUTH PLAIN),
/// AUTH PLAIN (inline or after a 334), MAIL, RCPT, DATA, RSET, NOOP, QUIT. No TLS. It records each session's
/// credentials, envelope and raw DATA, and accepts clients until disposed.
/// </summary>
public sealed class FakeSmtpServer : IAsyncDisposable
{
    public sealed record Delivery(string? User, string? Password, string From, IReadOnlyList<string> To, byte[] Data);

    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private readonly List<Delivery> _deliveries = [];

    public FakeSmtpServer()
    {
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _loop = Task.Run(AcceptAsync);
    }

    public int Port { get; }

    public IReadOnlyList<Delivery> Deliveries { get { lock (_deliveries) return [.. _deliveries]; } }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try { client = await _listener.AcceptTcpClientAsync(_stop.Token); }
            catch (OperationCanceledException) { return; }
            catch (ObjectDisposedException) { return; }
            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        var stream = client.GetStream();
        var reader = new StreamReader(stream, Encoding.Latin1);
        async Task Reply(string line) => await stream.WriteAsync(Encoding.ASCII.GetBytes(line + "\r\n"), _stop.Token);
        string? user = null, password = null, from = null;
        var to = new List<string>();
        try
        {
            await Reply("220 localhost ESMTP faux serveur de test");
            while (await reader.ReadLineAsync(_stop.Token) is { } line)
            {
                var verb = line.Split(' ', 2)[0].ToUpperInvariant();
                switch (verb)
                {
                    case "EHLO":
                        await Reply("250-localhost");
                        await Reply("250-AUTH PLAIN");
                        await Reply("250 SIZE 10485760");
                        break;
                    case "HELO":
                        await Reply("250 localhost");
                        break;
                    case "AUTH":
                        var parts = line.Split(' ');
                        var response = parts.Length > 2 ? parts[2] : null;
                        if (response is null)
                        {
                            await Reply("334 ");
                            response = await reader.ReadLineAsync(_stop.Token) ?? "";
                        }
                        // PLAIN: authzid \0 authcid \0 password (RFC 4616).
                        var fields = Encoding.UTF8.GetString(Convert.FromBase64String(response)).Split('\0');
                        (user, password) = (fields[1], fields[2]);
                        await Reply("235 2.7.0 Authentication successful");
                        break;
                    case "MAIL":
                        from = Address(line);
                        to.Clear();
                        await Reply("250 2.1.0 OK");
                        break;
                    case "RCPT":
                        to.Add(Address(line));
                        await Reply("250 2.1.5 OK");
                        break;
                    case "DATA":
                        await Reply("354 Start mail input; end with <CRLF>.<CRLF>");
                        var data = new StringBuilder();
                        while (await reader.ReadLineAsync(_stop.Token) is { } l && l != ".")
                            data.Append(l.StartsWith('.') ? l[1..] : l).Append("\r\n");
                        lock (_deliveries) _deliveries.Add(new Delivery(user, password, from ?? "", [.. to], Encoding.Latin1.GetBytes(data.ToString())));
                        await Reply("250 2.0.0 OK queued");
                        break;
                    case "RSET":
                        from = null;
                        to.Clear();
                        await Reply("250 OK");
                        break;
                    case "NOOP":
                        await Reply("250 OK");
                        break;
                    case "QUIT":
                        await Reply("221 Bye");
                        return;
                    default:
                        await Reply("502 5.5.2 Command not recognized");
                        break;
                }
            }
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException or ObjectDisposedException) { }
    }

    /// <summary>The address between angle brackets of <c>MAIL FROM:&lt;a@b&gt; SIZE=…</c>.</summary>
    private static string Address(string line)
    {
        var start = line.IndexOf('<');
        var end = line.IndexOf('>', start + 1);
        return start >= 0 && end > start ? line[(start + 1)..end] : "";
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try { await _loop; } catch (OperationCanceledException) { }
        _stop.Dispose();
    }
}
