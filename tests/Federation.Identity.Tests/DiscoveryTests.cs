using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Federation.Identity.Tests;

/// <summary>What another service does with nothing but the node's address: discover, fetch keys, validate.</summary>
public sealed class DiscoveryTests : TestsWith<TestFolder>
{
    [Fact]
    public async Task Discovery_and_jwks_let_a_standard_validator_accept_an_issued_token()
    {
        using var node = IdentityNode.OnRealPort(Scratch);
        var token = await TokenAsync(node, "agency@taipei");

        var config = await DiscoverAsync(node);
        var result = await ValidateAsync(token, config);

        Assert.True(result.IsValid, result.Exception?.Message);
        Assert.Equal(node.Issuer + "/", config.Issuer);
        Assert.Equal($"{node.Issuer}/connect/authorize", config.AuthorizationEndpoint);
        Assert.Equal($"{node.Issuer}/connect/token", config.TokenEndpoint);
        Assert.Contains("S256", config.CodeChallengeMethodsSupported);
        Assert.Equal(["authorization_code", "client_credentials", "refresh_token"], config.GrantTypesSupported.Order());
        Assert.Equal(["ES256"], config.IdTokenSigningAlgValuesSupported);
        Assert.Equal("EC", Assert.Single(config.JsonWebKeySet.Keys).Kty);
        Assert.Contains(result.ClaimsIdentity.Claims, c => c.Type == FederationClaims.Role && c.Value == Roles.Agency);
    }

    [Fact]
    public async Task A_token_signed_by_another_key_is_rejected()
    {
        using var node = IdentityNode.OnRealPort(Scratch);
        var genuine = new JsonWebToken(await TokenAsync(node, "agency@taipei"));
        using var other = ECDsa.Create(ECCurve.NamedCurves.nistP256);

        // Same claims and even the same kid: only the signature differs.
        var forged = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = genuine.Issuer,
            Audience = "federation:taipei",
            Subject = new ClaimsIdentity([new Claim("sub", genuine.Subject), new Claim(FederationClaims.Role, Roles.Secretariat)]),
            SigningCredentials = new SigningCredentials(new ECDsaSecurityKey(other) { KeyId = genuine.Kid }, SecurityAlgorithms.EcdsaSha256),
        });
        var result = await ValidateAsync(forged, await DiscoverAsync(node));

        Assert.False(result.IsValid);
        Assert.IsAssignableFrom<SecurityTokenInvalidSignatureException>(result.Exception);
    }

    [Fact]
    public async Task A_token_with_an_altered_payload_is_rejected()
    {
        using var node = IdentityNode.OnRealPort(Scratch);
        var parts = (await TokenAsync(node, "startup@taipei")).Split('.');
        var payload = JsonNode.Parse(Base64UrlEncoder.Decode(parts[1]))!;
        payload[FederationClaims.Role] = Roles.Agency;

        var altered = string.Join('.', parts[0], Base64UrlEncoder.Encode(payload.ToJsonString()), parts[2]);
        var result = await ValidateAsync(altered, await DiscoverAsync(node));

        Assert.False(result.IsValid);
        Assert.IsAssignableFrom<SecurityTokenInvalidSignatureException>(result.Exception);
    }

    [Fact]
    public async Task An_expired_token_is_rejected()
    {
        // Issued two hours ago with a one-hour life: expired an hour ago, well past the 30 s skew.
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow.AddHours(-2));
        using var node = IdentityNode.OnRealPort(Scratch, s => s.AddSingleton<TimeProvider>(clock));
        var token = await TokenAsync(node, "judge@taipei");

        var result = await ValidateAsync(token, await DiscoverAsync(node));

        Assert.False(result.IsValid);
        Assert.IsAssignableFrom<SecurityTokenExpiredException>(result.Exception);
    }

    private static async Task<string> TokenAsync(IdentityNode node, string user)
    {
        using var client = new HttpClient { BaseAddress = new Uri(node.Issuer) };
        return (await client.TokenForAsync(user)).AccessToken;
    }

    private static Task<OpenIdConnectConfiguration> DiscoverAsync(IdentityNode node) =>
        new ConfigurationManager<OpenIdConnectConfiguration>(
                $"{node.Issuer}/.well-known/openid-configuration",
                new OpenIdConnectConfigurationRetriever(),
                new HttpDocumentRetriever { RequireHttps = false })
            .GetConfigurationAsync(CancellationToken.None);

    private static Task<TokenValidationResult> ValidateAsync(string token, OpenIdConnectConfiguration config) =>
        new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = config.Issuer,
            IssuerSigningKeys = config.SigningKeys,
            ValidAudience = "federation:taipei",
            ClockSkew = TimeSpan.FromSeconds(30),
        });
}
