namespace Federation.Identity.Signing;

internal static class SigningRegistration
{
    public static void AddTokenSigningKey(this IServiceCollection services)
    {
        services.AddSingleton(sp => TokenSigningKey.LoadOrCreate(sp.GetRequiredService<IOptions<IdentityNodeOptions>>().Value.TokenKeyFile));
        services.AddHostedService<KeyLoader>();
    }

    // A missing or unreadable key should stop the node at start, not fail its first sign-in.
    private sealed class KeyLoader(TokenSigningKey key, ILogger<KeyLoader> logger) : IHostedService
    {
        public Task StartAsync(CancellationToken ct)
        {
            logger.LogInformation("Signing tokens with key {KeyId}", key.KeyId);
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
    }
}
