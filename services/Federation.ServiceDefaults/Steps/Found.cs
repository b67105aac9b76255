using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Federation.ServiceDefaults.Steps;

/// <summary>
/// What a step is taken on, read afresh for each attempt; or the answer saying why there is none: a 404, or
/// a 400 for a reference in the request that names nothing held here.
/// </summary>
public readonly record struct Found<T>(T Value, IResult? Missing = null)
{
    public static implicit operator Found<T>(T value) => new(value);

    public static implicit operator Found<T>(ProblemHttpResult missing) => new(default!, missing);

    public static implicit operator Found<T>(ValidationProblem invalid) => new(default!, invalid);
}

public static class Found
{
    /// <summary>The record read by id, or this node's 404 for it.</summary>
    /// <param name="what">The record as the 404 names it: "trial", "cycle".</param>
    public static Found<T> Of<T>(T? value, string what, Guid id) where T : class =>
        value is null ? StepProblems.NotFound(what, id) : value;
}
