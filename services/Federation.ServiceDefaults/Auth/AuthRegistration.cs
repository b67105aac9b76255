using Federation.ServiceDefaults.Hosting;
using Federation.Topology;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Federation.ServiceDefaults.Auth;

public static class AuthRegistration
{
    /// <summary>Bearer tokens from <c>Auth:Authority</c>, the city-scoped policies, and write rate limits.</summary>
    public static IHostApplicationBuilder AddBearerAuthentication(this IHostApplicationBuilder builder)
    {
        builder.AddTokenValidation();
        builder.Services.AddAuthentication(BearerTokenHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, BearerTokenHandler>(BearerTokenHandler.SchemeName, null);
        builder.Services.AddAuthorization();
        builder.Services.AddOptions<AuthorizationOptions>()
            .Configure<ThisCity, MemberList>((options, city, members) => Policies.Add(options, city, members));
        builder.Services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddRateLimiter(_ => { });
        builder.Services.AddOptions<RateLimiterOptions>()
            .Configure<IOptions<RateLimitOptions>>((limiter, limits) => WriteRateLimits.Configure(limiter, limits.Value));
        return builder;
    }

    /// <summary>
    /// Checks tokens of <c>Auth:Authority</c> without making them this host's sign-in: the portal checks
    /// the token a user's password got before it keeps it in the user's cookie.
    /// </summary>
    public static IHostApplicationBuilder AddTokenValidation(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => o.MaxTokenLifetime > TimeSpan.Zero && o.MaxTokenLifetime <= TimeSpan.FromHours(1),
                "Auth:MaxTokenLifetime must be positive and at most one hour")
            .ValidateOnStart();
        builder.Services.TryAddSingleton<TokenValidator>();
        return builder;
    }
}
