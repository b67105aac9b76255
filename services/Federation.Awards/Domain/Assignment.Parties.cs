namespace Federation.Awards.Domain;

// Who may take which step on an assignment, and on which copy. Party checks come first so that an
// outsider learns nothing about the assignment from the answer; an entry not assigned to the judge is a
// matter of party too: the judge is nobody to it.
public sealed partial class Assignment
{
    private StepResult BySecretariat(Actor by, AwardCycle cycle) =>
        !IsSecretariatCopy ? StepResult.Forbidden($"The secretariat's steps are taken at {SecretariatCity}.")
        : !by.IsSecretariatOf(SecretariatCity) ? StepResult.Forbidden($"Only {SecretariatCity}'s secretariat takes this step.")
        : cycle.Id != CycleId || !cycle.IsSecretariatCopy ? StepResult.Invalid("cycleId", $"The assignment is on cycle {CycleId}, not {cycle.Id}.")
        : StepResult.Ok;

    private StepResult ByJudge(Actor by, Guid entryId) =>
        !IsJudgeCopy ? StepResult.Forbidden($"The judge's steps are taken at {JudgeCity}, the judge's city.")
        : !by.IsJudgeUser(JudgeCity, JudgeUserId) ? StepResult.Forbidden($"Only {JudgeName}, the assigned judge, takes this step.")
        : !IsAssigned(entryId) ? StepResult.Forbidden($"Entry {entryId} is not assigned to {JudgeName}.")
        : StepResult.Ok;

    private StepResult NotRecused(Guid entryId) =>
        ConflictOn(entryId) is { Recused: true } ? StepResult.Forbidden($"{JudgeName} is recused from entry {entryId} by a real conflict.") : StepResult.Ok;

    // Like the trials' copies: a step heard by the copy that took it is a misroute, refused for a retry elsewhere.
    private StepResult OnSecretariatCopy(string what) =>
        IsSecretariatCopy && !IsJudgeCopy ? StepResult.Ok : StepResult.Conflict($"{what} is taken at {JudgeCity}; only the secretariat's copy applies it.");

    private StepResult OnJudgeCopy(string what) =>
        IsJudgeCopy && !IsSecretariatCopy ? StepResult.Ok : StepResult.Conflict($"{what} is the secretariat's; only {JudgeCity}'s copy applies it.");

    private StepResult SameAssignment(AssignmentRef r) =>
        r == Ref() ? StepResult.Ok : StepResult.Forbidden($"The message is about assignment {r.AssignmentId} of judge {r.JudgeId}, not this one.");
}
