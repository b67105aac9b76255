using Federation.Contracts.Trials;
using Federation.Trials.Features.Notifications;
using Federation.Trials.Features.Replication;

namespace Federation.Trials.Features.Applications;

/// <summary>The home city's steps: a startup applies, its city's agency endorses or declines, the startup may withdraw.</summary>
public static class ApplicationEndpoints
{
    public static void MapApplicationsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapTrialsGroup();
        api.MapPost("/", Apply).RequireAuthorization(Policies.Startup)
            .WithSummary("A startup of this city drafts an application for a trial of its listed solution in another city");
        api.MapPut("/{id}", UpdateDraft).RequireAuthorization(Policies.Startup).WithSummary("The applicant changes its draft");
        api.MapPost("/{id}/submit", Submit).RequireAuthorization(Policies.Startup)
            .WithSummary("The applicant submits its draft to its city's agency for endorsement");
        api.MapPost("/{id}/endorse", Endorse).RequireAuthorization(Policies.Agency)
            .WithSummary("This city's agency endorses a submitted application: it is sent to the host city, and only there");
        api.MapPost("/{id}/decline", Decline).RequireAuthorization(Policies.Agency)
            .WithSummary("This city's agency declines a submitted application; it never leaves the city");
        api.MapPost("/{id}/withdraw", Withdraw).RequireAuthorization(Policies.Startup)
            .WithSummary("The applicant withdraws before the host city decides");
    }

    /// <summary>Also the last step of an accepted interest (<see cref="Interests.InterestEndpoints"/>), prefilled from it.</summary>
    internal static async Task<Results<Created<TrialResponse>, ValidationProblem, ProblemHttpResult>> Apply(
        ApplyForTrialRequest request, ClaimsPrincipal user, TrialsDbContext db, CatalogListings catalog, TrialRules rules,
        AggregateSteps steps, ThisCity city, MemberList members, TimeProvider time, CancellationToken ct)
    {
        if (!TrialInputs.TryRead(request, out var input, out var problem)) return problem;
        if (!members.Contains(input.HostCity)) return InputProblems.NotMember("hostCity", input.HostCity);
        var now = time.GetUtcNow();
        // The rules first: a request they refuse costs no call to the catalogue.
        var applicant = Actors.Of(user, TrialSteps.Roles);
        var check = Trial.Draft(applicant, input, rules, now, out _);
        if (!check.Succeeded) return TrialSteps.Conventions.Refused<Created<TrialResponse>>(check);
        var (listed, invalid, refused) = await catalog.CheckAsync(input, city.Id, applicant, ct);
        if (listed is null) return invalid is not null ? invalid : refused!;

        Trial? trial = null;
        return await steps.RunAsync(user, _ => Task.FromResult<Found<ApplicationInput>>(listed),
            (application, by, at) => Trial.Draft(by, application, rules, at, out trial), (_, _) => db.Trials.Add(trial!),
            async (_, at) => TypedResults.Created($"/api/trials/{trial!.Id}", await TrialSteps.ResponseAsync(db, trial, at, ct)), ct);
    }

    // The catalogue is public: asking it before the caller's right to edit is checked reveals nothing.
    private static async Task<Results<Ok<TrialResponse>, ValidationProblem, ProblemHttpResult>> UpdateDraft(
        Guid id, ApplyForTrialRequest request, ClaimsPrincipal user, CatalogListings catalog, TrialRules rules,
        AggregateSteps steps, TrialsDbContext db, ThisCity city, MemberList members, CancellationToken ct)
    {
        if (!TrialInputs.TryRead(request, out var input, out var problem)) return problem;
        if (!members.Contains(input.HostCity)) return InputProblems.NotMember("hostCity", input.HostCity);
        var (listed, invalid, refused) = await catalog.CheckAsync(input, city.Id, Actors.Of(user, TrialSteps.Roles), ct);
        if (listed is null) return invalid is not null ? invalid : refused!;
        return await steps.OnTrialAsync(db, id, user, (t, by, now) => t.UpdateDraft(by, listed, rules, now), null, ct);
    }

    private static Task<Results<Ok<TrialResponse>, ValidationProblem, ProblemHttpResult>> Submit(
        Guid id, ClaimsPrincipal user, AggregateSteps steps, TrialsDbContext db, CancellationToken ct) =>
        steps.OnTrialAsync(db, id, user, (t, by, now) => t.Submit(by, now), (t, now) => db.NotifyToEndorse(t, now), ct);

    private static Task<Results<Ok<TrialResponse>, ValidationProblem, ProblemHttpResult>> Endorse(
        Guid id, EndorseRequest? request, ClaimsPrincipal user, AggregateSteps steps, TrialsDbContext db, CancellationToken ct)
    {
        var problems = new InputProblems();
        var note = problems.OptionalText("note", request?.Note, TrialInputs.LongText);
        if (problems.Any) return TrialSteps.Early(problems.ToResult());
        return steps.OnTrialAsync(db, id, user, (t, by, now) => t.Endorse(by, now, note), (t, _) => db.SendEndorsed(t), ct);
    }

    private static Task<Results<Ok<TrialResponse>, ValidationProblem, ProblemHttpResult>> Decline(
        Guid id, DeclineRequest request, ClaimsPrincipal user, AggregateSteps steps, TrialsDbContext db, CancellationToken ct)
    {
        var problems = new InputProblems();
        var reason = TrialInputs.Required(problems, "reason", request.Reason);
        if (problems.Any) return TrialSteps.Early(problems.ToResult());
        return steps.OnTrialAsync(db, id, user, (t, by, now) => t.Decline(by, reason, now), null, ct);
    }

    private static Task<Results<Ok<TrialResponse>, ValidationProblem, ProblemHttpResult>> Withdraw(
        Guid id, WithdrawRequest? request, ClaimsPrincipal user, AggregateSteps steps, TrialsDbContext db, CancellationToken ct)
    {
        var problems = new InputProblems();
        var reason = problems.OptionalText("reason", request?.Reason, TrialInputs.LongText);
        if (problems.Any) return TrialSteps.Early(problems.ToResult());
        return steps.OnTrialAsync(db, id, user, (t, by, now) => t.Withdraw(by, now, reason), (t, _) => db.SendWithdrawnIfSent(t), ct);
    }

}
