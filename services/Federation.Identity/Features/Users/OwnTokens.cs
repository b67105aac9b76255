using Federation.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace Federation.Identity.Features.Users;

internal static class OwnTokens
{
    /// <summary>
    /// Bearer tokens of this node, checked by JwtBearer as every service checks them but with the node's own key:
    /// asking its own discovery document over HTTP would make it depend on its own address being reachable.
    /// And the city's policies, as every service has them.
    /// </summary>
    public static IHostApplicationBuilder AddOwnTokenAuthentication(this IHostApplicationBuilder builder)
    {
        builder.Services.AddAuthentication(BearerTokens.Scheme).AddJwtBearer(BearerTokens.Scheme, _ => { });
        builder.Services.AddOptions<JwtBearerOptions>(BearerTokens.Scheme)
            .Configure<TokenSigningKey, IOptions<IdentityNodeOptions>, ThisCity, TimeProvider>((bearer, key, node, city, time) =>
            {
                bearer.MapInboundClaims = false;
                bearer.TokenValidationParameters = BearerTokens.Parameters(FederationClaims.AudienceOf(city.Id), time);
                bearer.TokenValidationParameters.ValidIssuer = node.Value.IssuerName;
                bearer.TokenValidationParameters.IssuerSigningKey = key.SecurityKey;
                bearer.TokenValidationParameters.ValidAlgorithms = [TokenSigningKey.Algorithm];
                bearer.Events = BearerTokens.Events(IdentityNodeOptions.MaxTokenLifetime);
            });
        builder.Services.AddCityPolicies();
        return builder;
    }
}
