using System.Text;

namespace Eig.Web.Infrastructure.Observabilite;

/// <summary>
/// Standard output written by blocks, like nginx's <c>access_log … buffer=64k flush=1s</c>: .NET's console writer flushes
/// every write, so one log line per request was one <c>write</c> system call per request, which cost a cached page more
/// than serving it. Lines go out when 64 KB are waiting or after a second at most, and all of them when the process
/// stops (normally or on a crash). Only when the output is a pipe or a file (a container, systemd): in a terminal each
/// line still shows at once.
/// </summary>
public static class SortieTamponnee
{
    private static Timer? _minuteur;

    /// <summary>Before the host is built: the console logger keeps the writer it finds then.</summary>
    public static void Installer()
    {
        // Not in a test process (WebApplicationFactory runs Program's Main too) and not twice.
        if (!Console.IsOutputRedirected || _minuteur is not null || System.Reflection.Assembly.GetEntryAssembly() != typeof(SortieTamponnee).Assembly) return;
        var ecrivain = TextWriter.Synchronized(new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 64 * 1024) { AutoFlush = false });
        Console.SetOut(ecrivain);
        _minuteur = new Timer(_ => Vider(ecrivain), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Vider(ecrivain);
        AppDomain.CurrentDomain.UnhandledException += (_, _) => Vider(ecrivain);
    }

    private static void Vider(TextWriter ecrivain)
    {
        try { ecrivain.Flush(); }
        catch (IOException) { } // the reader is gone (closed pipe): nothing to do
        catch (ObjectDisposedException) { }
    }
}
