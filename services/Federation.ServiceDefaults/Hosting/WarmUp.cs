using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Federation.ServiceDefaults.Hosting;

/// <summary>
/// One path a node serves, run once at start with no effect (a query, a write rolled back, a message's exchange
/// declared): the first request after a start then finds it compiled, as the hundredth does.
/// </summary>
public interface IWarmUp
{
    Task RunAsync(IServiceProvider services, CancellationToken ct);
}

public static class WarmUpRegistration
{
    /// <summary>Adds a step to the start's warm-up; the service is not ready (<c>/health</c>) until every step has run.</summary>
    public static IServiceCollection AddWarmUp<T>(this IServiceCollection services) where T : class, IWarmUp
    {
        // Scoped, as the requests whose paths it warms: each step gets its own DbContext and the like.
        services.AddScoped<T>();
        services.AddSingleton(new WarmUpStep(typeof(T)));
        if (services.Any(s => s.ServiceType == typeof(StartupWarmUp))) return services;
        services.AddSingleton<StartupWarmUp>();
        services.AddHostedService(sp => sp.GetRequiredService<StartupWarmUp>());
        services.AddHealthChecks().AddCheck<StartupWarmUp>("warm-up", tags: ["ready"]);
        return services;
    }
}

internal sealed record WarmUpStep(Type Type);

/// <summary>
/// Runs the warm-up steps once everything has started (schema migrated, bus started), each with a limit, each in a
/// scope of its own. A step that fails costs only its warmth: it is logged, and the service is ready all the same.
/// </summary>
internal sealed class StartupWarmUp(IServiceScopeFactory scopes, IEnumerable<WarmUpStep> steps, IHostApplicationLifetime lifetime,
    ILogger<StartupWarmUp> log) : BackgroundService, IHealthCheck
{
    private static readonly TimeSpan StepLimit = TimeSpan.FromSeconds(10);
    private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
            await started.Task.WaitAsync(stoppingToken);
        var clock = Stopwatch.StartNew();
        foreach (var step in steps)
        {
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            limit.CancelAfter(StepLimit);
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await ((IWarmUp)scope.ServiceProvider.GetRequiredService(step.Type)).RunAsync(scope.ServiceProvider, limit.Token);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                log.LogWarning(e, "Warm-up step {Step} did not complete; the first request on its path pays for it", step.Type.Name);
            }
        }
        log.LogInformation("Warmed up in {Milliseconds} ms", clock.ElapsedMilliseconds);
        _done.TrySetResult();
    }

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default) =>
        Task.FromResult(_done.Task.IsCompleted ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("warming up"));
}
