using Federation.Awards.Domain;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Federation.Awards.Common;

/// <summary>What a refused step answers: 403 for the wrong party, 409 for the wrong moment or state, 400 naming the field.</summary>
public static class AwardProblems
{
    /// <summary>The refusal as the endpoint's answer; <typeparamref name="TOk"/> is the endpoint's success type.</summary>
    public static Results<TOk, ValidationProblem, ProblemHttpResult> Of<TOk>(AwardResult result) where TOk : IResult =>
        result.Kind == AwardResultKind.Invalid
            ? TypedResults.ValidationProblem(new Dictionary<string, string[]> { [result.Field!] = [result.Reason!] },
                title: "The request has invalid fields")
            : result.Kind == AwardResultKind.Forbidden
                ? TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not your step", detail: result.Reason)
                : TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Not possible now", detail: result.Reason);

    public static ProblemHttpResult NotFound(string what, Guid id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"This node holds no {what} {id}.");

    public static ProblemHttpResult ChangedMeanwhile() =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Changed meanwhile",
            detail: "The record changed while this step was taken: read it again and retry.");
}
