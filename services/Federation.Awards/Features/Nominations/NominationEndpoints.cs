using Federation.Awards.Features.Cities;
using Federation.Contracts;

namespace Federation.Awards.Features.Nominations;

/// <summary>
/// The nominating city's steps: its agency nominates one of its listings, or a startup applies and the agency
/// endorses or declines; either withdraws. Only a nominated entry travels, to the secretariat only.
/// </summary>
public static class NominationEndpoints
{
    private const int StatementLength = 4000;
    private const int MaxEvidence = 20;

    public static void MapNominationsApi(this IEndpointRouteBuilder app)
    {
        var awards = app.MapCityAwardsGroup();
        awards.MapPost("/entries", Nominate).RequireAuthorization(Policies.Agency)
            .WithSummary("An agency of this city nominates one of its city's listings for an open cycle; sent to the secretariat");
        awards.MapPost("/applications", Apply).RequireAuthorization(Policies.Startup)
            .WithSummary("A startup of this city applies with its listing; it stays here until the city's agency endorses it");
        awards.MapPost("/entries/{id}/endorse", Endorse).RequireAuthorization(Policies.Agency)
            .WithSummary("This city's agency endorses an application: it becomes a nomination, sent to the secretariat");
        awards.MapPost("/entries/{id}/decline", Decline).RequireAuthorization(Policies.Agency)
            .WithSummary("This city's agency declines an application; it never leaves the city");
        awards.MapPost("/entries/{id}/withdraw", Withdraw).RequireAuthorization(Policies.AgencyOrStartup)
            .WithSummary("The agency, or the startup that applied, withdraws the entry before judging opens");
        awards.MapGet("/entries", List).RequireAuthorization(Policies.AgencyOrStartup)
            .WithSummary("This city's entries: an agency sees all, a startup its own organisation's; ?cycleId=, ?status=, paging");
        awards.MapGet("/entries/{id}", Get).RequireAuthorization(Policies.AgencyOrStartup).WithSummary("One of this city's entries");
    }

    private static Task<Results<Created<EntryResponse>, ValidationProblem, ProblemHttpResult>> Nominate(
        NominateRequest request, ClaimsPrincipal user, AwardsDbContext db, CityListings listings, AggregateSteps steps, ThisCity city, CancellationToken ct) =>
        EnterAsync(request.CycleId, request.SolutionId, request.EvidenceTrialIds, request.Statement, user, db, listings, steps, city, Entry.Nominate, ct);

    private static Task<Results<Created<EntryResponse>, ValidationProblem, ProblemHttpResult>> Apply(
        ApplyForNominationRequest request, ClaimsPrincipal user, AwardsDbContext db, CityListings listings, AggregateSteps steps, ThisCity city, CancellationToken ct) =>
        EnterAsync(request.CycleId, request.SolutionId, request.EvidenceTrialIds, request.Statement, user, db, listings, steps, city, Entry.ApplyForNomination, ct);

    private delegate StepResult EntryStep(Actor by, AwardCycle cycle, NominationInput input, NominationFacts facts, DateTimeOffset now, out Entry? entry);

    private static async Task<Results<Created<EntryResponse>, ValidationProblem, ProblemHttpResult>> EnterAsync(
        Guid? cycleId, Guid? solutionId, IReadOnlyList<Guid>? evidence, string? statement, ClaimsPrincipal user, AwardsDbContext db,
        CityListings listings, AggregateSteps steps, ThisCity city, EntryStep step, CancellationToken ct)
    {
        var problems = new InputProblems();
        if (cycleId is null) problems.Add("cycleId", FieldCodes.Required, "cycleId is required.");
        if (solutionId is null) problems.Add("solutionId", FieldCodes.Required, "solutionId is required.");
        var text = problems.Text("statement", statement, StatementLength);
        if (evidence?.Count > MaxEvidence) problems.Add("evidenceTrialIds", FieldCodes.TooMany, $"At most {MaxEvidence} trials are cited.", ("max", MaxEvidence));
        if (problems.Any) return problems.ToResult();
        var cycle = await db.Cycles.AsNoTracking().FirstOrDefaultAsync(c => c.Id == cycleId, ct);
        if (cycle is null) return InputProblems.One("cycleId", FieldCodes.NotFound, $"This node holds no award cycle {cycleId}.");

        var (solution, verified, invalid, unavailable) = await listings.FindAsync(solutionId!.Value, city.Id, ct);
        if (solution is null) return invalid is not null ? invalid : unavailable!;
        var input = new NominationInput(solutionId.Value, evidence ?? [], text);
        Entry? entry = null;
        return await steps.RunAsync(user,
            async c => new Found<bool>(await db.Entries.AnyAsync(e => e.CycleId == cycle.Id && e.SolutionId == solution.Id && e.City == city.Id
                && (e.Status == EntryStatus.Applied || e.Status == EntryStatus.Nominated), c)),
            (entered, by, now) => step(by, cycle, input, new NominationFacts(solution, entered, verified), now, out entry),
            (_, _) =>
            {
                db.Entries.Add(entry!);
                db.SendNominated(entry!);
            },
            (_, _) => TypedResults.Created($"/api/awards/entries/{entry!.Id}", entry.ToResponse()), ct);
    }

    private static Task<Results<Ok<EntryResponse>, ValidationProblem, ProblemHttpResult>> Endorse(
        Guid id, EndorseNominationRequest? request, ClaimsPrincipal user, AwardsDbContext db, AggregateSteps steps, ThisCity city, CancellationToken ct)
    {
        var problems = new InputProblems();
        var note = problems.OptionalText("note", request?.Note, StatementLength);
        if (problems.Any) return Task.FromResult<Results<Ok<EntryResponse>, ValidationProblem, ProblemHttpResult>>(problems.ToResult());
        return StepAsync(id, user, db, steps, city, (e, c, by, now) => e.Endorse(by, c, now, note), db.SendNominated, ct);
    }

    private static Task<Results<Ok<EntryResponse>, ValidationProblem, ProblemHttpResult>> Decline(
        Guid id, DeclineNominationRequest request, ClaimsPrincipal user, AwardsDbContext db, AggregateSteps steps, ThisCity city, CancellationToken ct)
    {
        var problems = new InputProblems();
        var reason = problems.Text("reason", request.Reason, StatementLength);
        if (problems.Any) return Task.FromResult<Results<Ok<EntryResponse>, ValidationProblem, ProblemHttpResult>>(problems.ToResult());
        return StepAsync(id, user, db, steps, city, (e, _, by, now) => e.Decline(by, reason, now), null, ct);
    }

    private static Task<Results<Ok<EntryResponse>, ValidationProblem, ProblemHttpResult>> Withdraw(
        Guid id, WithdrawEntryRequest? request, ClaimsPrincipal user, AwardsDbContext db, AggregateSteps steps, ThisCity city, CancellationToken ct)
    {
        var problems = new InputProblems();
        var reason = problems.OptionalText("reason", request?.Reason, StatementLength);
        if (problems.Any) return Task.FromResult<Results<Ok<EntryResponse>, ValidationProblem, ProblemHttpResult>>(problems.ToResult());
        return StepAsync(id, user, db, steps, city, (e, c, by, now) => e.Withdraw(by, c, now, reason), db.SendWithdrawnIfSent, ct);
    }

    private static Task<Results<Ok<EntryResponse>, ValidationProblem, ProblemHttpResult>> StepAsync(
        Guid id, ClaimsPrincipal user, AwardsDbContext db, AggregateSteps steps, ThisCity city,
        Func<Entry, AwardCycle, Actor, DateTimeOffset, StepResult> step, Action<Entry>? tell, CancellationToken ct) =>
        steps.RunAsync(user, async c =>
            {
                // Only this city's own entries are stepped here; the secretariat's copies of others' are not.
                var entry = await Visible(db.Entries, Actors.Of(user, AwardSteps.Roles), city.Id).FirstOrDefaultAsync(e => e.Id == id, c);
                var cycle = entry is null ? null : await db.Cycles.AsNoTracking().FirstOrDefaultAsync(x => x.Id == entry.CycleId, c);
                return entry is null || cycle is null ? StepProblems.NotFound("entry", id) : new Found<(Entry Entry, AwardCycle Cycle)>((entry, cycle));
            },
            (x, by, now) => step(x.Entry, x.Cycle, by, now), tell is null ? null : (x, _) => tell(x.Entry),
            (x, _) => TypedResults.Ok(x.Entry.ToResponse()), ct);

    private static async Task<Results<Ok<ResultPage<EntryResponse>>, ValidationProblem>> List(
        Guid? cycleId, string? status, string? page, string? pageSize, ClaimsPrincipal user, AwardsDbContext db, ThisCity city, CancellationToken ct)
    {
        var problems = new InputProblems();
        EntryStatus? wanted = null;
        if (!string.IsNullOrWhiteSpace(status) && Enum.TryParse<EntryStatus>(problems.OneOf("status", status, AwardVocabulary.EntryStatuses), true, out var s))
            wanted = s;
        var paging = Paging.Read(problems, page, pageSize);
        if (problems.Any) return problems.ToResult();
        var query = Visible(db.Entries.AsNoTracking(), Actors.Of(user, AwardSteps.Roles), city.Id);
        if (cycleId is { } c) query = query.Where(e => e.CycleId == c);
        if (wanted is { } w) query = query.Where(e => e.Status == w);
        var total = await query.CountAsync(ct);
        var entries = await paging.Of(query.OrderByDescending(e => e.UpdatedAt).ThenBy(e => e.Id)).ToListAsync(ct);
        return TypedResults.Ok(new ResultPage<EntryResponse>([.. entries.Select(e => e.ToResponse())], paging.Page, paging.PageSize, total));
    }

    private static async Task<Results<Ok<EntryResponse>, ProblemHttpResult>> Get(Guid id, ClaimsPrincipal user, AwardsDbContext db, ThisCity city, CancellationToken ct)
    {
        var entry = await Visible(db.Entries.AsNoTracking(), Actors.Of(user, AwardSteps.Roles), city.Id).FirstOrDefaultAsync(e => e.Id == id, ct);
        return entry is null ? StepProblems.NotFound("entry", id) : TypedResults.Ok(entry.ToResponse());
    }

    // A startup sees its own organisation's applications only; another's is answered as if it did not exist.
    private static IQueryable<Entry> Visible(IQueryable<Entry> entries, Actor by, string city)
    {
        var own = entries.Where(e => e.City == city && e.HeldAt == city);
        return by.Role == Actor.Agency ? own : own.Where(e => e.ApplicantOrganisationId == by.OrganisationId);
    }
}
