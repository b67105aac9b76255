using Federation.ServiceDefaults.Http;

namespace Federation.ServiceDefaults.Steps;

public enum StepKind
{
    /// <summary>The step was taken; save and tell the other cities concerned.</summary>
    Ok,

    /// <summary>Nothing to do: a message already applied, an older one arriving late, or the same values again.</summary>
    Unchanged,

    /// <summary>The caller (or the sending city) may not take this step: 403, or a message refused for good.</summary>
    Forbidden,

    /// <summary>
    /// Not now: the record's state or a window does not allow the step (409). A message that arrives
    /// before its predecessor is one too, and is retried later.
    /// </summary>
    Conflict,

    /// <summary>A value breaks a rule (400), named by <see cref="StepResult.Field"/>.</summary>
    Invalid,
}

/// <summary>
/// What a step on an aggregate came to. Rules answer with a value rather than an exception so that endpoints
/// map it to 403/409/400 and consumers tell "retry later" (Conflict) from "done" (Ok, Unchanged).
/// </summary>
/// <param name="Code">For <see cref="StepKind.Invalid"/>: what a client says in its users' language (<see cref="FieldCodes"/>).</param>
public sealed record StepResult(StepKind Kind, string? Field = null, string? Reason = null, FieldCode? Code = null)
{
    public static StepResult Ok { get; } = new(StepKind.Ok);

    public static StepResult Unchanged { get; } = new(StepKind.Unchanged);

    public static StepResult Forbidden(string reason) => new(StepKind.Forbidden, null, reason);

    public static StepResult Conflict(string reason) => new(StepKind.Conflict, null, reason);

    public static StepResult Invalid(string field, string reason, FieldCode? code = null) => new(StepKind.Invalid, field, reason, code ?? new(FieldCodes.Invalid));

    public bool Succeeded => Kind is StepKind.Ok or StepKind.Unchanged;

    /// <summary>The next check, evaluated only if this one passed.</summary>
    public StepResult Then(Func<StepResult> next) => Kind == StepKind.Ok ? next() : this;

    /// <summary>Does what follows a step that changed something (tell its people, say); a refused or unchanged step does nothing.</summary>
    public StepResult Then(Action done)
    {
        if (Kind == StepKind.Ok) done();
        return this;
    }

    public static StepResult Required(string? value, string field, string reason) =>
        string.IsNullOrWhiteSpace(value) ? Invalid(field, reason, new(FieldCodes.Required)) : Ok;

    /// <summary>The first failing check of a list, or Ok.</summary>
    public static StepResult All(IEnumerable<Func<StepResult>> checks)
    {
        foreach (var check in checks)
            if (check() is { Kind: not StepKind.Ok } failed) return failed;
        return Ok;
    }
}
