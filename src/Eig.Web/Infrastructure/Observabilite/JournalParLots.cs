using System.Collections.Concurrent;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace Eig.Web.Infrastructure.Observabilite;

/// <summary>
/// The console log, written by batches: takes the place of .NET's console logger, with its formatters (the same
/// <c>simple</c> or <c>json</c> lines, the same options and the <c>Logging:Console</c> section), but not its queue.
/// That queue takes a lock and wakes its writing thread for every entry: with one line per request (JournalRequetes),
/// 13 % of a cached page's thread time went there. Here an entry is formatted on the thread that logs it, put in a
/// lock-free queue, and one background thread writes whatever is waiting in one piece every 100 ms (or as soon as
/// 1,024 lines or an error are waiting) to standard output (SortieTamponnee's blocks when it is a pipe or a file).
/// Everything waiting is written when the host stops, when the process exits, or on a crash.
/// </summary>
[ProviderAlias("Console")]
public sealed class JournalParLots : ILoggerProvider, ISupportExternalScope
{
    private const int Seuil = 1024;
    // If standard output stops draining (a pipe nobody reads), whoever logs waits, as the console logger's full
    // queue makes it wait, instead of the queue growing without end.
    private const int Maximum = 100_000;

    [ThreadStatic] private static StringWriter? t_tampon;

    private readonly ConsoleFormatter _format;
    private readonly Func<TextWriter> _sortie;
    private readonly TimeSpan _periode;
    private readonly ConcurrentQueue<string> _lignes = new();
    private readonly ManualResetEventSlim _reveil = new(false);
    private readonly ManualResetEventSlim _place = new(true);
    private readonly StringBuilder _lot = new();
    private readonly Thread _ecrivain;
    private readonly object _vidage = new();
    private int _enAttente;
    private volatile bool _arrete;
    private IExternalScopeProvider? _portees = new LoggerExternalScopeProvider();

    public JournalParLots(IEnumerable<ConsoleFormatter> formats, IOptionsMonitor<ConsoleLoggerOptions> options)
        : this(Choisir(formats, options.CurrentValue.FormatterName), () => Console.Out, TimeSpan.FromMilliseconds(100))
    {
        // The process may end without the host being disposed (an unhandled exception, Environment.Exit).
        AppDomain.CurrentDomain.ProcessExit += ALaFin;
        AppDomain.CurrentDomain.UnhandledException += ALaFin;
    }

    /// <param name="sortie">Read at each write: SortieTamponnee may replace Console.Out after this is built.</param>
    internal JournalParLots(ConsoleFormatter format, Func<TextWriter> sortie, TimeSpan periode)
    {
        _format = format;
        _sortie = sortie;
        _periode = periode;
        _ecrivain = new Thread(Ecrire) { IsBackground = true, Name = "Journal (console)" };
        _ecrivain.Start();
    }

    private static ConsoleFormatter Choisir(IEnumerable<ConsoleFormatter> formats, string? nom)
    {
        var tous = formats.ToList();
        return tous.FirstOrDefault(f => string.Equals(f.Name, nom ?? ConsoleFormatterNames.Simple, StringComparison.OrdinalIgnoreCase))
            ?? tous.First(f => f.Name == ConsoleFormatterNames.Simple);
    }

    public ILogger CreateLogger(string categoryName) => new Journal(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _portees = scopeProvider;

    private void Ajouter(string ligne, LogLevel niveau)
    {
        if (_arrete)
        {
            // After the stop (a last entry while the host shuts down): written at once, in order with the rest.
            lock (_vidage) { _lignes.Enqueue(ligne); Interlocked.Increment(ref _enAttente); Vider(); }
            return;
        }
        while (Volatile.Read(ref _enAttente) >= Maximum && !_arrete)
        {
            _place.Reset();
            _reveil.Set();
            _place.Wait(TimeSpan.FromMilliseconds(50));
        }
        _lignes.Enqueue(ligne);
        // Counted up one by one: the threshold is always crossed exactly once per batch.
        if (Interlocked.Increment(ref _enAttente) == Seuil || niveau >= LogLevel.Error) _reveil.Set();
        // Stopped between the check above and the queue: the last drain may have run already.
        if (_arrete) lock (_vidage) Vider();
    }

    private void Ecrire()
    {
        while (!_arrete)
        {
            _reveil.Wait(_periode);
            _reveil.Reset();
            lock (_vidage) Vider();
        }
    }

    /// <summary>Under <see cref="_vidage"/>: what is waiting goes out in one write, in the order it was logged.</summary>
    private void Vider()
    {
        var n = 0;
        while (_lignes.TryDequeue(out var ligne))
        {
            _lot.Append(ligne);
            n++;
            if (_lot.Length >= 64 * 1024) Envoyer();
        }
        if (_lot.Length > 0) Envoyer();
        if (n > 0)
        {
            Interlocked.Add(ref _enAttente, -n);
            _place.Set();
        }
    }

    private void Envoyer()
    {
        try { _sortie().Write(_lot); }
        catch (IOException) { } // the reader is gone (a closed pipe): nothing to do
        catch (ObjectDisposedException) { }
        if (_lot.Capacity > 256 * 1024) _lot.Capacity = 64 * 1024;
        _lot.Clear();
    }

    private void ALaFin(object? sender, EventArgs e) => Arreter();

    private void Arreter()
    {
        _arrete = true;
        _reveil.Set();
        if (Thread.CurrentThread != _ecrivain) _ecrivain.Join(TimeSpan.FromSeconds(5));
        lock (_vidage)
        {
            Vider();
            try { _sortie().Flush(); }
            catch (IOException) { }
            catch (ObjectDisposedException) { }
        }
    }

    public void Dispose()
    {
        AppDomain.CurrentDomain.ProcessExit -= ALaFin;
        AppDomain.CurrentDomain.UnhandledException -= ALaFin;
        Arreter();
    }

    private sealed class Journal(JournalParLots journal, string categorie) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => journal._portees?.Push(state);

        // The levels are filtered by the logger factory (Logging:LogLevel, Logging:Console:LogLevel).
        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel)) return;
            // Formatted here, into this thread's own buffer, as the console logger does; only the text is queued.
            var tampon = t_tampon ??= new StringWriter();
            var entree = new LogEntry<TState>(logLevel, categorie, eventId, state, exception, formatter);
            journal._format.Write(in entree, journal._portees, tampon);
            var sb = tampon.GetStringBuilder();
            if (sb.Length == 0) return;
            var ligne = sb.ToString();
            sb.Clear();
            if (sb.Capacity > 1024) sb.Capacity = 1024;
            journal.Ajouter(ligne, logLevel);
        }
    }
}
