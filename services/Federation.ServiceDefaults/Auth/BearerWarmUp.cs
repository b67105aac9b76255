using Federation.ServiceDefaults.Hosting;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Federation.ServiceDefaults.Auth;

/// <summary>
/// Fetches the issuer's signing keys soon after start, as the first signed-in request would (measured by hand on the
/// local federation: the first listing's POST took 140-200 ms, the next ones 10-20 ms). The issuer, this city's
/// identity service, often starts after this service, so it is asked again each second for a minute, quietly and
/// beside readiness: reads need no token, and a request that comes first fetches the keys itself, as before.
/// </summary>
internal sealed class BearerWarmUp(IOptionsMonitor<JwtBearerOptions> bearer, IHostApplicationLifetime lifetime) : IWarmUp
{
    private static readonly TimeSpan Pause = TimeSpan.FromSeconds(1);
    private const int Attempts = 60;

    public Task RunAsync(IServiceProvider services, CancellationToken ct)
    {
        if (bearer.Get(BearerTokens.Scheme).ConfigurationManager is not { } issuer) return Task.CompletedTask;
        var stopping = lifetime.ApplicationStopping;
        _ = Task.Run(async () =>
        {
            for (var attempt = 0; attempt < Attempts && !stopping.IsCancellationRequested; attempt++)
            {
                try
                {
                    await issuer.GetConfigurationAsync(stopping);
                    return;
                }
                catch (Exception) when (!stopping.IsCancellationRequested)
                {
                    await Task.Delay(Pause, stopping).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                }
            }
        }, CancellationToken.None);
        return Task.CompletedTask;
    }
}
