using Microsoft.IdentityModel.JsonWebTokens;

namespace Federation.Identity.Features.Discovery;

/// <summary>
/// Lets every service validate this node's tokens from its address alone, as it would a city's own
/// IdP (TaipeiPASS, say): swapping the issuer is then a configuration change.
/// </summary>
public static class DiscoveryEndpoints
{
    public const string ConfigurationPath = "/.well-known/openid-configuration";
    public const string JwksPath = "/.well-known/jwks.json";

    public static void MapDiscovery(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/.well-known").WithTags("Discovery").AllowAnonymous();
        group.MapGet("/openid-configuration", Configuration).WithSummary("Where the issuer's keys and token endpoint are");
        group.MapGet("/jwks.json", Keys).WithSummary("The public keys that verify this node's tokens");
    }

    private static Ok<DiscoveryDocument> Configuration(IOptions<IdentityNodeOptions> options) => TypedResults.Ok(new DiscoveryDocument(
        options.Value.Issuer,
        options.Value.Endpoint(JwksPath),
        options.Value.Endpoint("/api/auth/token"),
        [TokenSigningKey.Algorithm],
        ["token"],
        ["public"],
        [JwtRegisteredClaimNames.Sub, JwtRegisteredClaimNames.Name, FederationClaims.City, FederationClaims.Organisation, FederationClaims.OrganisationId, FederationClaims.Role]));

    private static Ok<JsonWebKeySetDocument> Keys(TokenSigningKey key) =>
        TypedResults.Ok(new JsonWebKeySetDocument([new PublicEcKey("EC", "P-256", key.X, key.Y, key.KeyId, TokenSigningKey.Algorithm, "sig")]));
}
