namespace Federation.Awards.Domain;

public enum AwardResultKind
{
    /// <summary>The step was taken; save and tell the other cities concerned.</summary>
    Ok,

    /// <summary>Nothing to do: a message already applied, an older one arriving late, or the same values again.</summary>
    Unchanged,

    /// <summary>The caller (or the sending city) may not take this step: 403, or a message refused for good.</summary>
    Forbidden,

    /// <summary>
    /// Not now: the cycle's windows or the record's state do not allow the step (409). Every action outside
    /// its window is a Conflict. A message that arrives before its predecessor is one too, retried later.
    /// </summary>
    Conflict,

    /// <summary>A value breaks a rule (400), named by <see cref="AwardResult.Field"/>.</summary>
    Invalid,
}

/// <summary>
/// What a step on a cycle, entry, judge or assignment came to. Rules answer with a value rather than an
/// exception so that endpoints map it to 403/409/400 and consumers tell "retry later" (Conflict) from "done".
/// </summary>
public sealed record AwardResult(AwardResultKind Kind, string? Field = null, string? Reason = null)
{
    public static AwardResult Ok { get; } = new(AwardResultKind.Ok);

    public static AwardResult Unchanged { get; } = new(AwardResultKind.Unchanged);

    public static AwardResult Forbidden(string reason) => new(AwardResultKind.Forbidden, null, reason);

    public static AwardResult Conflict(string reason) => new(AwardResultKind.Conflict, null, reason);

    public static AwardResult Invalid(string field, string reason) => new(AwardResultKind.Invalid, field, reason);

    public bool Succeeded => Kind is AwardResultKind.Ok or AwardResultKind.Unchanged;

    /// <summary>The next check, evaluated only if this one passed.</summary>
    public AwardResult Then(Func<AwardResult> next) => Kind == AwardResultKind.Ok ? next() : this;

    internal static AwardResult Required(string? value, string field, string reason) =>
        string.IsNullOrWhiteSpace(value) ? Invalid(field, reason) : Ok;

    /// <summary>The first failing check of a list, or Ok.</summary>
    internal static AwardResult All(IEnumerable<Func<AwardResult>> checks)
    {
        foreach (var check in checks)
            if (check() is { Kind: not AwardResultKind.Ok } failed) return failed;
        return Ok;
    }
}
