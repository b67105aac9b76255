namespace Federation.Awards.Domain;

public sealed partial class Assignment
{
    /// <summary>
    /// The cycle's judging window moved: the copy held here follows it. On the secretariat's copy it is a change
    /// of the assignment (the version rises and it travels again), so a late older snapshot cannot undo it.
    /// </summary>
    public StepResult ApplyJudgingWindow(Window judging, DateTimeOffset at)
    {
        if (judging == Judging) return StepResult.Unchanged;
        Judging = judging;
        if (IsSecretariatCopy) Changed(at);
        else UpdatedAt = at;
        return StepResult.Ok;
    }
}
