using System.Runtime.InteropServices;

namespace Eig.Web.Infrastructure.Planification;

/// <summary>
/// A thread of its own for CPU-heavy work nobody is waiting for (the password hashes of the sign-ups), at the lowest
/// priority the system gives without privilege: it takes the cores only when the requests leave them idle. Measured on
/// the opening-day benchmark: the hashes of one worker and of the confirmations kept both cores busy, and the public
/// pages, served from memory in a fraction of a millisecond, waited their turn behind them.
/// On Linux the nice value is a per-thread attribute, set by <c>setpriority(PRIO_PROCESS, tid, 19)</c> from the thread
/// itself; .NET's <see cref="Thread.Priority"/> does nothing there (it is what is used elsewhere).
/// Such a thread runs synchronous code only: the threads created from it inherit its priority, and one that handed work
/// to the thread pool could be the one the pool grows from, leaving a request thread at the lowest priority.
/// </summary>
public static class FilDeFond
{
    private const int PrioProcess = 0;
    private const int NiceLePlusBas = 19;

    /// <summary>Starts <paramref name="travail"/> on a new background thread at the lowest priority.</summary>
    public static Thread Demarrer(string nom, Action travail)
    {
        var fil = new Thread(() =>
        {
            Abaisser();
            travail();
        }) { IsBackground = true, Name = nom };
        fil.Start();
        return fil;
    }

    /// <summary>Lowers the calling thread's priority (never raised back: that needs a privilege).</summary>
    public static void Abaisser()
    {
        if (OperatingSystem.IsLinux())
        {
            try { _ = setpriority(PrioProcess, gettid(), NiceLePlusBas); }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException) { } // not glibc: as it was
        }
        else
        {
            Thread.CurrentThread.Priority = ThreadPriority.Lowest;
        }
    }

    /// <summary>The calling thread's nice value on Linux (20 - the kernel's figure), null elsewhere: for the tests.</summary>
    public static int? NiceDuFilCourant()
    {
        if (!OperatingSystem.IsLinux()) return null;
        var stat = File.ReadAllText($"/proc/self/task/{gettid()}/stat");
        // Fields after the command name (which may hold spaces), between parentheses: the 19th is the nice value.
        var champs = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return int.Parse(champs[16], System.Globalization.CultureInfo.InvariantCulture);
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int setpriority(int which, int who, int prio);

    [DllImport("libc")]
    private static extern int gettid();
}
