using Federation.Awards.Features.Cities;
using Federation.Contracts.Identity;
using Federation.ServiceDefaults.Clients;

namespace Federation.Awards.Features.Judges;

/// <summary>An agency enrols judges among its city's users (as this city's identity service knows them); the secretariat hears of each.</summary>
public static class JudgeEndpoints
{
    public static void MapJudgesApi(this IEndpointRouteBuilder app)
    {
        var awards = app.MapCityAwardsGroup();
        awards.MapPost("/judges", Enrol).RequireAuthorization(Policies.Agency)
            .WithSummary("An agency of this city enrols a judge-role user of this city (userName, e.g. judge@seoul); sent to the secretariat");
        awards.MapGet("/judges", List).RequireAuthorization(Policies.Agency).WithSummary("The judges this city enrolled");
    }

    private static async Task<Results<Created<JudgeResponse>, ValidationProblem, ProblemHttpResult>> Enrol(
        EnrolJudgeRequest request, ClaimsPrincipal user, HttpContext http, IIdentityApi identity, AwardsDbContext db, AggregateSteps steps,
        ThisCity city, MemberList members, ILoggerFactory logs, CancellationToken ct)
    {
        var problems = new InputProblems();
        var userName = problems.Text("userName", request.UserName, 200);
        var displayName = problems.Text("displayName", request.DisplayName, 200);
        var expertise = problems.Tags("expertise", request.Expertise);
        if (problems.Any) return problems.ToResult();
        // A bare name is this node's user: "judge" on seoul's node is "judge@seoul".
        if (!userName.Contains('@')) userName = $"{userName}@{city.Id}";

        CityUserResponse? found;
        try
        {
            // The caller's own token: the identity service answers an agency of this city only.
            found = await identity.GetUserAsync(userName, http.Request.Headers.Authorization.ToString(), ct).OrNullIfNotFoundAsync();
            if (found is null)
                return InputProblems.One("userName", FieldCodes.NotFound, $"{city.Id}'s node has no user {userName}: an agency enrols its own city's users.");
        }
        catch (ApiExceptionBase e) when (!ct.IsCancellationRequested)
        {
            logs.CreateLogger(typeof(JudgeEndpoints)).LogWarning(e, "The identity service could not be asked about {UserName}", userName);
            return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Identity service unavailable",
                detail: "This city's identity service did not answer, so the user cannot be checked. Nothing was saved; try again shortly.");
        }
        var role = found.Roles.Contains(Actor.Judge) ? Actor.Judge : found.Roles.FirstOrDefault() ?? "";
        var candidate = new JudgeCandidate(found.Id, found.UserName, found.City, role, found.Organisation);

        Judge? judge = null;
        return await steps.RunAsync(user,
            async c => new Found<bool>(await db.Judges.AnyAsync(j => j.UserId == candidate.UserId && j.City == city.Id && j.HeldAt == city.Id, c)),
            (enrolled, by, now) => Judge.Enrol(by, candidate, displayName, expertise, members.Secretariat, enrolled, now, out judge),
            (_, _) =>
            {
                db.Judges.Add(judge!);
                db.SendEnrolled(judge!);
            },
            (_, _) => TypedResults.Created($"/api/awards/judges/{judge!.Id}", judge.ToResponse()), ct);
    }

    private static async Task<Ok<List<JudgeResponse>>> List(AwardsDbContext db, ThisCity city, CancellationToken ct)
    {
        var judges = await db.Judges.AsNoTracking().Where(j => j.City == city.Id && j.HeldAt == city.Id).ToListAsync(ct);
        return TypedResults.Ok(judges.OrderBy(j => j.DisplayName).ThenBy(j => j.Id).Select(j => j.ToResponse()).ToList());
    }

    /// <summary>The secretariat hears of the enrolment; a city hosting the secretariat holds one copy and sends nothing.</summary>
    private static void SendEnrolled(this IFederatedDbContext db, Judge j)
    {
        if (j.SecretariatCity == j.City) return;
        db.Send(j.SecretariatCity, new JudgeEnrolled(j.Id, j.City, j.SecretariatCity, j.UserId, j.UserName, j.DisplayName, j.Organisation,
            j.Expertise, j.EnrolledBy, j.EnrolledAt));
    }

    private static JudgeResponse ToResponse(this Judge j) =>
        new(j.Id, j.City, j.UserName, j.DisplayName, j.Organisation, j.Expertise, j.EnrolledBy, j.EnrolledAt);
}
