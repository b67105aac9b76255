namespace Federation.Awards.Domain;

// Who may take the secretariat's steps. Party checks come first so that an outsider learns nothing
// about the cycle's state from the answer.
public sealed partial class AwardCycle
{
    internal AwardResult BySecretariat(Actor by) =>
        !IsSecretariatCopy ? AwardResult.Forbidden($"The secretariat's steps are taken at {SecretariatCity}.")
        : by.IsSecretariatOf(SecretariatCity) ? AwardResult.Ok
        : AwardResult.Forbidden($"Only {SecretariatCity}'s secretariat takes this step.");

    internal AwardResult NotPublished() =>
        PublishedAt is null ? AwardResult.Ok : AwardResult.Conflict($"The cycle was published at {PublishedAt:O}; it no longer changes.");
}
