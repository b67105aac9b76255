using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Federation.Testing;

/// <summary>
/// Every line a host logs, as its console would get it (after the host's own filters), for tests that check
/// what must never be logged: mail bodies, passwords, one-time tokens. Add it as the host's logger provider.
/// </summary>
public sealed class LogLines : ILoggerProvider
{
    public ConcurrentQueue<string> Lines { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, Lines);

    public void Dispose() { }

    private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception}");
    }
}
