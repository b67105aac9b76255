using System.Text.Json.Serialization;

namespace Federation.Contracts.Identity;

/// <summary>What a node's users may be. Every user belongs to the node's city.</summary>
public static class Roles
{
    /// <summary>Acts for its city: owns listings and challenges, endorses and hosts trials, nominates, enrols judges.</summary>
    public const string Agency = "agency";

    /// <summary>A solution provider with a home city: applies for trials, reports measurements.</summary>
    public const string Startup = "startup";

    /// <summary>Scores award entries assigned to them.</summary>
    public const string Judge = "judge";

    /// <summary>Runs the annual award; only on the node of the city that hosts the secretariat.</summary>
    public const string Secretariat = "secretariat";

    /// <summary>Runs the node: manages its organisations, people and roles; every action is audited.</summary>
    public const string Admin = "admin";

    public static readonly IReadOnlyList<string> All = [Agency, Startup, Judge, Secretariat, Admin];
}

/// <summary>The claims a node's access tokens carry, beside the standard sub, name, iss, aud and exp.</summary>
public static class FederationClaims
{
    public const string City = "city";
    public const string Role = "role";
    /// <summary>The user's organisation: an agency's bureau, a startup's company.</summary>
    public const string Organisation = "org";
    /// <summary>The id of the user's organisation in their city's directory: what ownership checks compare.</summary>
    public const string OrganisationId = "org_id";

    /// <summary>The audience of a node's tokens: a token for one city's node is worthless at another's.</summary>
    public static string AudienceOf(string city) => $"federation:{city}";
}

/// <summary>A user of a node, as its identity service answers an agency of the city (GET /api/users/{userName}).</summary>
/// <param name="Id">The user's id: the <c>sub</c> of their tokens.</param>
/// <param name="UserName">The sign-in name, e.g. <c>judge@seoul</c>.</param>
/// <param name="Organisation">An agency's bureau, a startup's company; the token's <c>org</c>.</param>
/// <param name="OrganisationId">That organisation's id in the city's directory; the token's <c>org_id</c>.</param>
public record CityUserResponse(string Id, string UserName, string City, string Organisation, IReadOnlyList<string> Roles,
    Guid? OrganisationId = null);

/// <summary>Body of POST /api/auth/token: a node user's name and password.</summary>
public record TokenRequest(string? Username, string? Password);

/// <summary>An OAuth 2.0 style bearer token answer (RFC 6749 section 5.1).</summary>
public record TokenResponse(
    [property: JsonPropertyName("access_token")] string AccessToken,
    [property: JsonPropertyName("token_type")] string TokenType,
    [property: JsonPropertyName("expires_in")] int ExpiresIn);
