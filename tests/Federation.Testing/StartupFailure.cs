using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Federation.Testing;

/// <summary>
/// Why a service under test refused to start, as its host reports it ("Hosting failed to start", the
/// exception <c>app.Run()</c> ends the process with). The exception <c>CreateClient()</c> throws cannot
/// tell: the service's own thread disposes its failed host, and when that thread wins the race against
/// WebApplicationFactory (whose DeferredHost then asks the disposed host for its services; likely on a busy
/// machine) the caller gets "Cannot access a disposed object" instead of the reason.
/// </summary>
public sealed class StartupFailure : ILoggerProvider
{
    private const string HostCategory = "Microsoft.Extensions.Hosting.Internal.Host";
    private readonly ConcurrentQueue<Exception> _errors = new();

    /// <summary>For a service's TestServices: its host's errors come here too.</summary>
    public void AddTo(IServiceCollection services) => services.AddSingleton<ILoggerProvider>(this);

    /// <summary>What the host failed to start with; logged before the host is disposed, so known once start has failed.</summary>
    public Exception Reason => _errors.Single();

    public ILogger CreateLogger(string categoryName) => categoryName == HostCategory ? new HostLogger(_errors) : NullLogger.Instance;

    public void Dispose() { }

    private sealed class HostLogger(ConcurrentQueue<Exception> errors) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception,
            Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel) && exception is not null) errors.Enqueue(exception);
        }
    }
}
