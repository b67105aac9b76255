namespace Federation.Trials.Domain;

public enum TrialResultKind
{
    /// <summary>The step was taken; save and tell the other side.</summary>
    Ok,

    /// <summary>A replicated step already applied (or made moot): nothing to save or send.</summary>
    Unchanged,

    Forbidden,
    Conflict,
    Invalid,
}

/// <summary>
/// What a step on a trial came to. Rules answer with a value rather than an exception so that endpoints
/// map it to 403/409/400 and consumers tell "retry later" (Conflict) from "done" (Ok, Unchanged).
/// </summary>
public sealed record TrialResult(TrialResultKind Kind, string? Field = null, string? Reason = null)
{
    public static TrialResult Ok { get; } = new(TrialResultKind.Ok);

    public static TrialResult Unchanged { get; } = new(TrialResultKind.Unchanged);

    public static TrialResult Forbidden(string reason) => new(TrialResultKind.Forbidden, null, reason);

    public static TrialResult Conflict(string reason) => new(TrialResultKind.Conflict, null, reason);

    public static TrialResult Invalid(string field, string reason) => new(TrialResultKind.Invalid, field, reason);

    public bool Succeeded => Kind is TrialResultKind.Ok or TrialResultKind.Unchanged;

    /// <summary>The next check, evaluated only if this one passed.</summary>
    public TrialResult Then(Func<TrialResult> next) => Kind == TrialResultKind.Ok ? next() : this;
}
