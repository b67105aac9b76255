namespace Federation.Awards.Domain;

// Who may take the secretariat's steps. Party checks come first so that an outsider learns nothing
// about the cycle's state from the answer.
public sealed partial class AwardCycle
{
    internal StepResult BySecretariat(Actor by) =>
        !IsSecretariatCopy ? StepResult.Forbidden($"The secretariat's steps are taken at {SecretariatCity}.")
        : by.IsSecretariatOf(SecretariatCity) ? StepResult.Ok
        : StepResult.Forbidden($"Only {SecretariatCity}'s secretariat takes this step.");

    internal StepResult NotPublished() =>
        PublishedAt is null ? StepResult.Ok : StepResult.Conflict($"The cycle was published at {PublishedAt:O}; it no longer changes.");
}
