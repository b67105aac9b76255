namespace Federation.Identity.Users;

/// <summary>A user of this node. Every user belongs to the node's city; other cities have their own.</summary>
public sealed class CityUser : IdentityUser
{
    public const int MaxOrganisationLength = 200;

    public string City { get; set; } = "";

    /// <summary>An agency's bureau, a startup's company: carried in tokens as "org".</summary>
    public string Organisation { get; set; } = "";
}
