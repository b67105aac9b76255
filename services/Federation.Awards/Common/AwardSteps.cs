using Role = Federation.Contracts.Identity.Roles;

namespace Federation.Awards.Common;

/// <summary>How the awards service's steps read the signed-in user and answer a refusal.</summary>
public static class AwardSteps
{
    /// <summary>The roles a user may hold, strongest first: a user holding two acts in the first.</summary>
    public static readonly IReadOnlyList<string> Roles = [Role.Secretariat, Role.Agency, Role.Judge, Role.Startup];

    public static readonly StepConventions Conventions = new(Roles, "record");
}
