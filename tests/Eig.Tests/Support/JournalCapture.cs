using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Eig.Tests.Support;

/// <summary>Keeps every log entry the app writes (after its level filters), for tests that assert on the logs.</summary>
public sealed class JournalCapture : ILoggerProvider
{
    public sealed record Entree(string Categorie, LogLevel Niveau, string Message, IReadOnlyDictionary<string, object?> Valeurs, Exception? Exception);

    public ConcurrentQueue<Entree> Entrees { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Journal(this, categoryName);
    public void Dispose() { }

    private sealed class Journal(JournalCapture capture, string categorie) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var valeurs = state is IEnumerable<KeyValuePair<string, object?>> kv ? kv.ToDictionary(p => p.Key, p => p.Value) : new Dictionary<string, object?>();
            capture.Entrees.Enqueue(new Entree(categorie, logLevel, formatter(state, exception), valeurs, exception));
        }
    }
}
