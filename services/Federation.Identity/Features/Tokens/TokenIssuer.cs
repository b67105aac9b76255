using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Federation.Identity.Features.Tokens;

/// <summary>Signs the node's access tokens: ES256 JWTs for the services of this city only.</summary>
public sealed class TokenIssuer(TokenSigningKey key, IOptions<IdentityNodeOptions> options, ThisCity city, TimeProvider time)
{
    private readonly JsonWebTokenHandler _handler = new();

    /// <summary>A token of one city is no use on another city's node: each node validates its own audience.</summary>
    /// <param name="user">With its organisation loaded.</param>
    public TokenResponse Issue(CityUser user, IEnumerable<string> roles)
    {
        var now = time.GetUtcNow();
        var lifetime = options.Value.TokenLifetime;
        List<Claim> claims =
        [
            new(JwtRegisteredClaimNames.Sub, user.Id),
            new(JwtRegisteredClaimNames.Name, user.UserName!),
            new(FederationClaims.City, user.City),
            new(FederationClaims.Organisation, user.Organisation!.DisplayName),
            new(FederationClaims.OrganisationId, user.OrganisationId.ToString()),
            new(JwtRegisteredClaimNames.Jti, Guid.NewGuid().ToString("N")),
            .. roles.Select(r => new Claim(FederationClaims.Role, r)),
        ];
        var token = _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = options.Value.Issuer,
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
