using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Federation.Identity.Features.Tokens;

/// <summary>
/// Signs the access tokens of the development password endpoint (<c>POST /api/auth/token</c>): ES256 JWTs for the
/// services of this city only, with the key and claims the OpenID Connect endpoints use.
/// </summary>
public sealed class TokenIssuer(TokenSigningKey key, IOptions<IdentityNodeOptions> options, ThisCity city, TimeProvider time)
{
    private readonly JsonWebTokenHandler _handler = new();

    /// <summary>A token of one city is no use on another city's node: each node validates its own audience.</summary>
    /// <param name="user">With its organisation loaded.</param>
    public TokenResponse Issue(CityUser user, IEnumerable<string> roles)
    {
        var now = time.GetUtcNow();
        var lifetime = options.Value.TokenLifetime;
        List<Claim> claims = [.. Connect.PersonClaims.Of(user, roles), new(JwtRegisteredClaimNames.Jti, Guid.NewGuid().ToString("N"))];
        var token = _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = options.Value.IssuerName,
            Audience = FederationClaims.AudienceOf(city.Id),
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = (now + lifetime).UtcDateTime,
            SigningCredentials = key.Credentials,
        });
        return new TokenResponse(token, "Bearer", (int)lifetime.TotalSeconds);
    }
}
