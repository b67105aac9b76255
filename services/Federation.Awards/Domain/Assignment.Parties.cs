namespace Federation.Awards.Domain;

// Who may take which step on an assignment, and on which copy. Party checks come first so that an
// outsider learns nothing about the assignment from the answer; an entry not assigned to the judge is a
// matter of party too: the judge is nobody to it.
public sealed partial class Assignment
{
    private AwardResult BySecretariat(Actor by, AwardCycle cycle) =>
        !IsSecretariatCopy ? AwardResult.Forbidden($"The secretariat's steps are taken at {SecretariatCity}.")
        : !by.IsSecretariatOf(SecretariatCity) ? AwardResult.Forbidden($"Only {SecretariatCity}'s secretariat takes this step.")
        : cycle.Id != CycleId || !cycle.IsSecretariatCopy ? AwardResult.Invalid("cycleId", $"The assignment is on cycle {CycleId}, not {cycle.Id}.")
        : AwardResult.Ok;

    private AwardResult ByJudge(Actor by, Guid entryId) =>
        !IsJudgeCopy ? AwardResult.Forbidden($"The judge's steps are taken at {JudgeCity}, the judge's city.")
        : !by.IsJudgeUser(JudgeCity, JudgeUserId) ? AwardResult.Forbidden($"Only {JudgeName}, the assigned judge, takes this step.")
        : !IsAssigned(entryId) ? AwardResult.Forbidden($"Entry {entryId} is not assigned to {JudgeName}.")
        : AwardResult.Ok;

    private AwardResult NotRecused(Guid entryId) =>
        ConflictOn(entryId) is { Recused: true } ? AwardResult.Forbidden($"{JudgeName} is recused from entry {entryId} by a real conflict.") : AwardResult.Ok;

    // Like the trials' copies: a step heard by the copy that took it is a misroute, refused for a retry elsewhere.
    private AwardResult OnSecretariatCopy(string what) =>
        IsSecretariatCopy && !IsJudgeCopy ? AwardResult.Ok : AwardResult.Conflict($"{what} is taken at {JudgeCity}; only the secretariat's copy applies it.");

    private AwardResult OnJudgeCopy(string what) =>
        IsJudgeCopy && !IsSecretariatCopy ? AwardResult.Ok : AwardResult.Conflict($"{what} is the secretariat's; only {JudgeCity}'s copy applies it.");

    private AwardResult SameAssignment(AssignmentRef r) =>
        r == Ref() ? AwardResult.Ok : AwardResult.Forbidden($"The message is about assignment {r.AssignmentId} of judge {r.JudgeId}, not this one.");
}
