using System.Security.Claims;
using Federation.Contracts.Identity;
using Federation.ServiceDefaults.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Federation.ServiceDefaults.Auth;

/// <summary>
/// Checks a bearer token against the issuer's published keys: issuer, audience, lifetime (30 s of
/// clock skew, at most an hour long) and signature. Keys are fetched by OpenID Connect discovery and
/// refreshed when a token names a key not seen yet (the issuer rotated).
/// </summary>
public sealed class TokenValidator
{
    private static readonly TimeSpan Skew = TimeSpan.FromSeconds(30);
    private readonly ConfigurationManager<OpenIdConnectConfiguration> _issuer;
    private readonly JsonWebTokenHandler _tokens = new();
    private readonly AuthOptions _options;
    private readonly string _audience;
    private readonly TimeProvider _time;

    public TokenValidator(IOptions<AuthOptions> options, ThisCity city, TimeProvider time)
    {
        _options = options.Value;
        _audience = string.IsNullOrEmpty(_options.Audience) ? FederationClaims.AudienceOf(city.Id) : _options.Audience;
        _time = time;
        _issuer = new ConfigurationManager<OpenIdConnectConfiguration>(
            $"{_options.Authority.TrimEnd('/')}/.well-known/openid-configuration",
            new OpenIdConnectConfigurationRetriever(),
            new HttpDocumentRetriever { RequireHttps = _options.RequireHttpsMetadata });
    }

    public async Task<(ClaimsIdentity? Identity, string? Problem)> ValidateAsync(string token, CancellationToken ct)
    {
        var result = await ValidateOnceAsync(token, ct);
        if (result.Exception is SecurityTokenSignatureKeyNotFoundException)
        {
            _issuer.RequestRefresh();
            result = await ValidateOnceAsync(token, ct);
        }
        if (!result.IsValid) return (null, result.Exception?.Message ?? "invalid token");
        var jwt = (JsonWebToken)result.SecurityToken;
        if (jwt.ValidTo - jwt.IssuedAt > _options.MaxTokenLifetime + Skew)
            return (null, $"token lives longer than {_options.MaxTokenLifetime}");
        return (result.ClaimsIdentity, null);
    }

    private async Task<TokenValidationResult> ValidateOnceAsync(string token, CancellationToken ct)
    {
        OpenIdConnectConfiguration issuer;
        try
        {
            issuer = await _issuer.GetConfigurationAsync(ct);
        }
        catch (InvalidOperationException e) when (!ct.IsCancellationRequested)
        {
            // No keys fetched yet (once fetched, the last good ones are kept while the issuer is away).
            throw new IssuerUnreachableException(_options.Authority, e);
        }
        return await _tokens.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = issuer.Issuer,
            ValidAudience = _audience,
            IssuerSigningKeys = issuer.SigningKeys,
            ClockSkew = Skew,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ValidAlgorithms = [SecurityAlgorithms.EcdsaSha256, SecurityAlgorithms.RsaSha256],
            LifetimeValidator = (notBefore, expires, _, _) =>
                (notBefore is null || notBefore <= _time.GetUtcNow().UtcDateTime + Skew) &&
                expires is not null && expires > _time.GetUtcNow().UtcDateTime - Skew,
            NameClaimType = "name",
            RoleClaimType = FederationClaims.Role,
            AuthenticationType = BearerTokenHandler.SchemeName,
        });
    }
}

/// <summary>The issuer's keys could not be fetched, so no token can be checked: not the caller's fault.</summary>
public sealed class IssuerUnreachableException(string authority, Exception inner)
    : Exception($"The token issuer {authority} cannot be reached to fetch its keys.", inner);
