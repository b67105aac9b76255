namespace Federation.Trials.Domain;

/// <summary>Who takes a step: a signed-in user of one city's node, in one role, for one organisation.</summary>
public sealed record Actor(string City, string Role, string UserId, string Organisation)
{
    public const string Agency = "agency";
    public const string Startup = "startup";

    public bool IsAgencyOf(string city) => Role == Agency && City == city;

    public bool IsStartupOf(string city, string organisation) =>
        Role == Startup && City == city && Organisation == organisation;

    public Party AsParty() => new(UserId, Organisation);
}

/// <summary>A user and the organisation they acted for, as kept in the record of a step.</summary>
public sealed record Party(string UserId, string Organisation);
