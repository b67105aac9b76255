using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Federation.ServiceDefaults.Http;

namespace Federation.ServiceDefaults.Steps;

/// <summary>What a step answers when it is not taken: 403 for the wrong party, 409 for the wrong moment or state, 400 naming the field.</summary>
public static class StepProblems
{
    /// <summary>The refusal as the endpoint's answer; <typeparamref name="TOk"/> is the endpoint's success type.</summary>
    /// <param name="requestFields">The domain's field names the request names otherwise.</param>
    public static Results<TOk, ValidationProblem, ProblemHttpResult> Refused<TOk>(StepResult result,
        IReadOnlyDictionary<string, string>? requestFields = null) where TOk : IResult =>
        result.Kind switch
        {
            StepKind.Invalid => InputProblems.One(requestFields?.GetValueOrDefault(result.Field!) ?? result.Field!,
                result.Code?.Code ?? FieldCodes.Invalid, result.Reason!, [.. result.Code?.Args?.Select(a => (a.Key, (object)a.Value)) ?? []]),
            StepKind.Forbidden => TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not your step", detail: result.Reason),
            _ => NotPossibleNow(result.Reason!),
        };

    /// <summary>409: the record is in a state where this step cannot be taken.</summary>
    public static ProblemHttpResult NotPossibleNow(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Not possible now", detail: detail);

    public static ProblemHttpResult NotFound(string what, Guid id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"This node holds no {what} {id}.");

    public static ProblemHttpResult ChangedMeanwhile(string record) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Changed meanwhile",
            detail: $"The {record} changed while this step was taken: read it again and retry.");
}

/// <summary>How one service's steps read the signed-in user and answer a refusal.</summary>
/// <param name="Roles">The service's roles, strongest first: a user holding two acts in the first.</param>
/// <param name="Record">What a "changed meanwhile" answer calls the record changed: "trial", "record".</param>
/// <param name="RequestFields">The domain's field names the API's requests name otherwise.</param>
public sealed record StepConventions(IReadOnlyList<string> Roles, string Record, IReadOnlyDictionary<string, string>? RequestFields = null)
{
    public Actor ActorOf(ClaimsPrincipal user) => Actors.Of(user, Roles);

    public Results<TOk, ValidationProblem, ProblemHttpResult> Refused<TOk>(StepResult result) where TOk : IResult =>
        StepProblems.Refused<TOk>(result, RequestFields);

    public ProblemHttpResult ChangedMeanwhile() => StepProblems.ChangedMeanwhile(Record);
}
