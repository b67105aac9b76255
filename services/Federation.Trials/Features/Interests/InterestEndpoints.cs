using Federation.Contracts;
using Federation.Contracts.Catalog;
using Federation.Contracts.Interests;
using Federation.ServiceDefaults.Outbox;
using Federation.Contracts.Trials;
using Federation.Trials.Features.Applications;

namespace Federation.Trials.Features.Interests;

/// <summary>
/// Interests between a city's challenge and another city's solution: expressed by either side, answered by the other,
/// and, once accepted, turned by the company into a trial application in one step.
/// </summary>
public static class InterestEndpoints
{
    private static readonly string[] Statuses = [Interest.Waiting, Interest.Accepted, Interest.Declined];

    public static void MapInterestsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/interests").WithTags("Interests");
        api.MapPost("/", Express).RequireAuthorization(Policies.AgencyOrStartup).WithSummary(
            "A startup, from its own solution to another city's open challenge, or an agency, from its city's challenge to another city's solution: we want to talk");
        api.MapGet("/", List).RequireAuthorization(Policies.AgencyOrStartup)
            .WithSummary("The caller's interests, newest first: an agency its city's challenges', a startup its solutions'; ?status=waiting|accepted|declined, paging");
        api.MapGet("/report", Report).RequireAuthorization(Policies.Secretariat)
            .WithSummary("The secretariat's view of every interest of the network, newest first; ?status=, paging");
        api.MapGet("/{id}", Get).RequireAuthorization(Policies.AgencyOrStartup).WithSummary("One interest, to either side");
        api.MapPost("/{id}/accept", (Guid id, AnswerInterestRequest? request, ClaimsPrincipal user, TrialsDbContext db, AggregateSteps steps,
            MemberList members, CancellationToken ct) => Answer(id, true, request, user, db, steps, members, ct))
            .RequireAuthorization(Policies.AgencyOrStartup).WithSummary("The other side accepts: both sides' cities learn it");
        api.MapPost("/{id}/decline", (Guid id, AnswerInterestRequest? request, ClaimsPrincipal user, TrialsDbContext db, AggregateSteps steps,
            MemberList members, CancellationToken ct) => Answer(id, false, request, user, db, steps, members, ct))
            .RequireAuthorization(Policies.AgencyOrStartup).WithSummary("The other side declines");
        api.MapPost("/{id}/application", Apply).RequireAuthorization(Policies.Startup).WithSummary(
            "The solution's company turns an accepted interest into a trial application: the host city, solution and challenge come from the interest");
    }

    private static async Task<Results<Created<InterestResponse>, ValidationProblem, ProblemHttpResult>> Express(
        ExpressInterestRequest request, ClaimsPrincipal user, TrialsDbContext db, CatalogListings catalog, ThisCity city, MemberList members,
        TimeProvider time, CancellationToken ct)
    {
        var by = Actors.Of(user, TrialSteps.Roles);
        var fromSolution = by.Role == Actor.Startup;
        var problems = new InputProblems();
        var message = problems.OptionalText("message", request.Message, Interest.MessageLength);
        if (request.SolutionId is not { } solutionId || solutionId == Guid.Empty) problems.Add("solutionId", FieldCodes.Required, "The solution is required.");
        if (request.ChallengeId is not { } challengeId || challengeId == Guid.Empty) problems.Add("challengeId", FieldCodes.Required, "The challenge is required.");
        // The caller's own side is in its own city; the other side is another member's.
        var solutionCity = fromSolution ? city.Id : OtherCity(problems, "solutionCity", request.SolutionCity, city.Id, members);
        var challengeCity = fromSolution ? OtherCity(problems, "challengeCity", request.ChallengeCity, city.Id, members) : city.Id;
        if (fromSolution && !string.IsNullOrWhiteSpace(request.SolutionCity) && request.SolutionCity.Trim() != city.Id)
            problems.Add("solutionCity", FieldCodes.Invalid, $"A startup of {city.Id} expresses interest with its own city's solution.");
        if (!fromSolution && !string.IsNullOrWhiteSpace(request.ChallengeCity) && request.ChallengeCity.Trim() != city.Id)
            problems.Add("challengeCity", FieldCodes.Invalid, $"An agency of {city.Id} expresses interest with its own city's challenge.");
        if (problems.Any) return problems.ToResult();

        var (solution, challenge, unanswered) = await catalog.PairAsync(request.SolutionId!.Value, solutionCity, request.ChallengeId!.Value, challengeCity, ct);
        if (unanswered is not null) return unanswered;
        if (solution is null) problems.Add("solutionId", FieldCodes.NotFound, $"The catalogue holds no live solution {request.SolutionId} of {solutionCity}.");
        if (challenge is null) problems.Add("challengeId", FieldCodes.NotFound, $"The catalogue holds no live challenge {request.ChallengeId} of {challengeCity}.");
        else if (challenge.Status != "open") problems.Add("challengeId", FieldCodes.Invalid, "The challenge is closed: interest is expressed in open challenges.");
        if (problems.Any) return problems.ToResult();
        if (fromSolution && !by.IsOf(solution!.Provider.OrganisationId))
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Another organisation's listing",
                detail: $"Listing {solution.Id} is provided by {solution.Provider.Name}, not {by.Organisation}.");
        if (await db.Interests.AnyAsync(i => i.SolutionId == solution!.Id && i.ChallengeId == challenge!.Id && i.Status == Interest.Waiting, ct))
            return StepProblems.NotPossibleNow("An interest between this solution and this challenge already waits for its answer.");

        var interest = Interest.Express(by, solution!, challenge!, message, time.GetUtcNow());
        db.Interests.Add(interest);
        foreach (var target in InterestMessages.Others(interest, members, city.Id)) db.Send(target, interest.ToMessage());
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/interests/{interest.Id}", interest.ToResponse());
    }

    private static string OtherCity(InputProblems problems, string field, string? value, string ownCity, MemberList members)
    {
        var other = problems.Text(field, value, 100).Trim();
        if (other.Length == 0) return other;
        if (!members.Contains(other)) problems.Add(field, FieldCodes.NotAMemberCity, $"'{other}' is not a member city.", ("city", other));
        else if (other == ownCity) problems.Add(field, FieldCodes.Invalid, "An interest joins two member cities: the other side is another city's.");
        return other;
    }

    private static async Task<Results<Ok<ResultPage<InterestResponse>>, ValidationProblem>> List(
        string? status, string? page, string? pageSize, ClaimsPrincipal user, TrialsDbContext db, CancellationToken ct)
    {
        var by = Actors.Of(user, TrialSteps.Roles);
        var query = by.Role == Actor.Agency
            ? db.Interests.Where(i => i.ChallengeCity == by.City)
            : db.Interests.Where(i => i.SolutionCity == by.City && i.ProviderOrganisationId == by.OrganisationId);
        return await PageAsync(query, status, page, pageSize, ct);
    }

    private static Task<Results<Ok<ResultPage<InterestResponse>>, ValidationProblem>> Report(
        string? status, string? page, string? pageSize, TrialsDbContext db, CancellationToken ct) =>
        PageAsync(db.Interests, status, page, pageSize, ct);

    private static async Task<Results<Ok<ResultPage<InterestResponse>>, ValidationProblem>> PageAsync(
        IQueryable<Interest> query, string? status, string? page, string? pageSize, CancellationToken ct)
    {
        var problems = new InputProblems();
        var wanted = string.IsNullOrWhiteSpace(status) ? null : problems.OneOf("status", status, Statuses);
        var paging = Paging.Read(problems, page, pageSize);
        if (problems.Any) return problems.ToResult();
        if (wanted is not null) query = query.Where(i => i.Status == wanted);
        var total = await query.CountAsync(ct);
        var items = await paging.Of(query.AsNoTracking().OrderByDescending(i => i.ExpressedAt).ThenBy(i => i.Id)).ToListAsync(ct);
        return TypedResults.Ok(new ResultPage<InterestResponse>([.. items.Select(i => i.ToResponse())], paging.Page, paging.PageSize, total));
    }

    private static async Task<Results<Ok<InterestResponse>, ProblemHttpResult>> Get(Guid id, ClaimsPrincipal user, TrialsDbContext db, CancellationToken ct)
    {
        var interest = await db.Interests.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct);
        // Another organisation's interest is answered as if it did not exist.
        return interest is null || !interest.IsVisibleTo(Actors.Of(user, TrialSteps.Roles))
            ? StepProblems.NotFound("interest", id) : TypedResults.Ok(interest.ToResponse());
    }

    private static async Task<Results<Ok<InterestResponse>, ValidationProblem, ProblemHttpResult>> Answer(Guid id, bool accepted,
        AnswerInterestRequest? request, ClaimsPrincipal user, TrialsDbContext db, AggregateSteps steps, MemberList members, CancellationToken ct)
    {
        var problems = new InputProblems();
        var note = problems.OptionalText("note", request?.Note, Interest.MessageLength);
        if (problems.Any) return problems.ToResult();
        var by = Actors.Of(user, TrialSteps.Roles);
        return await steps.RunAsync<Interest, Ok<InterestResponse>>(user,
            async c => await db.Interests.FindAsync([id], c) is { } i && i.IsVisibleTo(by) ? i : StepProblems.NotFound("interest", id),
            (i, actor, now) => i.Answer(actor, accepted, note, now),
            (i, _) =>
            {
                foreach (var target in InterestMessages.Others(i, members, i.ToCity))
                    db.Send(target, new InterestAnswered(i.Id, i.ToCity, accepted, note, i.AnsweredAt!.Value));
            },
            (i, _) => TypedResults.Ok(i.ToResponse()), ct);
    }

    private static async Task<Results<Created<TrialResponse>, ValidationProblem, ProblemHttpResult>> Apply(Guid id, ApplyForTrialRequest request,
        ClaimsPrincipal user, TrialsDbContext db, CatalogListings catalog, TrialRules rules, AggregateSteps steps, ThisCity city, MemberList members,
        TimeProvider time, CancellationToken ct)
    {
        var by = Actors.Of(user, TrialSteps.Roles);
        var interest = await db.Interests.FindAsync([id], ct);
        if (interest is null || !interest.IsVisibleTo(by)) return StepProblems.NotFound("interest", id);
        if (interest.CanBecomeTrial(by) is { Succeeded: false } refused) return TrialSteps.Conventions.Refused<Created<TrialResponse>>(refused);
        // The interest names the two cities' records; the company states what the trial is to prove.
        var prefilled = request with { HostCity = interest.ChallengeCity, SolutionId = interest.SolutionId, ChallengeId = interest.ChallengeId };
        var created = await ApplicationEndpoints.Apply(prefilled, user, db, catalog, rules, steps, city, members, time, ct);
        if (created.Result is Created<TrialResponse> { Value: { } trial })
        {
            interest.BecameTrial(trial.Id);
            await db.SaveChangesAsync(ct);
        }
        return created;
    }
}
