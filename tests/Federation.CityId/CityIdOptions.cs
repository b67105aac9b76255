namespace Federation.CityId;

/// <summary>The city ID's settings, bound from <c>CityId:*</c>: who can sign in, and which relying parties may ask.</summary>
public sealed class CityIdOptions
{
    public string Issuer { get; set; } = "";

    public List<CityIdPerson> People { get; set; } = [];

    public List<CityIdClient> Clients { get; set; } = [];
}

/// <summary>A resident known to the city ID. The password is plain text: this provider exists only for tests.</summary>
public sealed record CityIdPerson(string Subject, string Email, bool EmailVerified, string Name, string Password);

/// <summary>A relying party (say, a node's identity service) registered as a confidential code-flow client.</summary>
public sealed record CityIdClient(string ClientId, string ClientSecret, string RedirectUri, string? PostLogoutRedirectUri = null);
