namespace Federation.Awards.Domain;

/// <summary>Who takes a step: a signed-in user of one city's node, in one role, for one organisation.</summary>
public sealed record Actor(string City, string Role, string UserId, string Organisation)
{
    public const string Agency = "agency";
    public const string Startup = "startup";
    public const string Judge = "judge";
    public const string Secretariat = "secretariat";

    public bool IsAgencyOf(string city) => Role == Agency && City == city;

    public bool IsStartupOf(string city, string organisation) => Role == Startup && City == city && Organisation == organisation;

    public bool IsSecretariatOf(string city) => Role == Secretariat && City == city;

    public bool IsJudgeUser(string city, string userId) => Role == Judge && City == city && UserId == userId;

    public Party AsParty() => new(UserId, Organisation);
}

/// <summary>A user and the organisation they acted for, as kept in the record of a step.</summary>
public sealed record Party(string UserId, string Organisation);
