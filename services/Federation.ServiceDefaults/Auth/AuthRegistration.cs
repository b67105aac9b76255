using Federation.Contracts.Identity;
using Federation.Members;
using Federation.ServiceDefaults.Hosting;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Federation.ServiceDefaults.Auth;

public static class AuthRegistration
{
    /// <summary>Bearer tokens from <c>Auth:Authority</c> as this host's sign-in, the city-scoped policies, and write rate limits.</summary>
    public static IHostApplicationBuilder AddBearerAuthentication(this IHostApplicationBuilder builder)
    {
        builder.Services.AddAuthentication(BearerTokens.Scheme);
        builder.AddBearerTokens();
        builder.Services.AddCityPolicies();
        builder.Services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddRateLimiter(_ => { });
        builder.Services.AddOptions<RateLimiterOptions>()
            .Configure<IOptions<RateLimitOptions>>((limiter, limits) => WriteRateLimits.Configure(limiter, limits.Value));
        return builder;
    }

    /// <summary>The policies of <see cref="Policies"/>, for every service that checks a role of this city.</summary>
    public static IServiceCollection AddCityPolicies(this IServiceCollection services)
    {
        services.AddAuthorization();
        services.AddOptions<AuthorizationOptions>()
            .Configure<ThisCity, MemberList>((options, city, members) => Policies.Add(options, city, members));
        return services;
    }

    /// <summary>
    /// The JwtBearer scheme for tokens of <c>Auth:Authority</c> (keys by OpenID Connect discovery, fetched again
    /// when a token names a key not seen yet), without making it this host's sign-in: the portal signs users in
    /// by cookie and checks with it the token a user's password got.
    /// </summary>
    public static IHostApplicationBuilder AddBearerTokens(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => o.MaxTokenLifetime > TimeSpan.Zero && o.MaxTokenLifetime <= TimeSpan.FromHours(1),
                "Auth:MaxTokenLifetime must be positive and at most one hour")
            // JwtBearer would refuse it only at the first token, as a 500 on every signed-in request.
            .Validate(o => !o.RequireHttpsMetadata || o.Authority.StartsWith("https://", StringComparison.OrdinalIgnoreCase),
                "Auth:Authority must use https unless Auth:RequireHttpsMetadata is false (the local federation only)")
            .ValidateOnStart();
        builder.Services.AddAuthentication().AddJwtBearer(BearerTokens.Scheme, _ => { });
        builder.Services.AddWarmUp<BearerWarmUp>();
        builder.Services.AddOptions<JwtBearerOptions>(BearerTokens.Scheme)
            .Configure<IOptions<AuthOptions>, ThisCity, TimeProvider>((bearer, options, city, time) =>
            {
                var auth = options.Value;
                bearer.Authority = auth.Authority;
                bearer.RequireHttpsMetadata = auth.RequireHttpsMetadata;
                // Claims keep the names the issuer gave them (sub, name, role, city), which the policies use.
                bearer.MapInboundClaims = false;
                bearer.TokenValidationParameters = BearerTokens.Parameters(
                    string.IsNullOrEmpty(auth.Audience) ? FederationClaims.AudienceOf(city.Id) : auth.Audience, time);
                bearer.Events = BearerTokens.Events(auth.MaxTokenLifetime);
            });
        return builder;
    }
}
