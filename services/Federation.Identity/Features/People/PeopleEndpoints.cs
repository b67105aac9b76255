using Federation.Contracts;
using Federation.ServiceDefaults.Auth;

namespace Federation.Identity.Features.People;

/// <summary>
/// The node's people: its admins see and manage everyone; anyone else sees the people of their own organisation.
/// </summary>
public static class PeopleEndpoints
{
    public static void MapPeopleApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/people").WithTags("People");
        group.MapGet("/", List).RequireAuthorization()
            .WithSummary("People of the node (admins), or of the caller's own organisation (everyone else); ?organisationId= narrows");
        group.MapGet("/{id}", Get).RequireAuthorization().WithSummary("One person: admins any, others their own organisation's");
        group.MapPut("/{id}/roles", PersonSteps.ChangeRoles).RequireAuthorization(Policies.Admin)
            .WithSummary("Replace a person's roles; each must fit the person's organisation");
        group.MapPost("/{id}/deactivation", PersonSteps.Deactivate).RequireAuthorization(Policies.Admin)
            .WithSummary("Deactivate a person: they can no longer sign in, and their open links close");
        group.MapPost("/{id}/reactivation", PersonSteps.Reactivate).RequireAuthorization(Policies.Admin)
            .WithSummary("Let a deactivated person sign in again");
    }

    private static async Task<Results<Ok<ResultPage<PersonResponse>>, ValidationProblem, ProblemHttpResult>> List(
        string? organisationId, string? page, string? pageSize, ClaimsPrincipal user, UserDbContext db, ThisCity city, CancellationToken ct)
    {
        var problems = new InputProblems();
        var paging = Paging.Read(problems, page, pageSize);
        Guid? organisation = null;
        if (!string.IsNullOrWhiteSpace(organisationId))
        {
            if (Guid.TryParse(organisationId, out var id)) organisation = id;
            else problems.Add("organisationId", FieldCodes.NotAnId, $"'{organisationId}' is not an organisation id.");
        }
        if (problems.Any) return problems.ToResult();
        var caller = DirectoryActors.Of(user);
        if (!caller.IsAdmin())
        {
            if (organisation is { } asked && asked != caller.OrganisationId)
                return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not your organisation",
                    detail: "Only the node's admins see the people of other organisations.");
            organisation = caller.OrganisationId;
        }
        var people = db.Users.Where(u => u.City == city.Id);
        if (organisation is { } only) people = people.Where(u => u.OrganisationId == only);
        var total = await people.CountAsync(ct);
        var items = await paging.Of(people.OrderBy(u => u.UserName)).ToResponsesAsync(db, ct);
        return TypedResults.Ok(new ResultPage<PersonResponse>(items, paging.Page, paging.PageSize, total));
    }

    private static async Task<Results<Ok<PersonResponse>, ValidationProblem, ProblemHttpResult>> Get(
        string id, ClaimsPrincipal user, UserDbContext db, ThisCity city, CancellationToken ct)
    {
        var caller = DirectoryActors.Of(user);
        var found = await db.Users.Where(u => u.Id == id && u.City == city.Id).ToResponsesAsync(db, ct);
        // Someone else's person is answered as missing: whether an id exists is no business of theirs.
        if (found is not [var person] || !caller.IsAdmin() && person.OrganisationId != caller.OrganisationId)
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"This node holds no person {id} you may see.");
        return TypedResults.Ok(person);
    }
}

/// <summary>The signed-in person as the directory's rules see them: an admin acts as admin whatever else they hold.</summary>
internal static class DirectoryActors
{
    private static readonly IReadOnlyList<string> Precedence = [Roles.Admin, Roles.Agency, Roles.Startup, Roles.Judge, Roles.Secretariat];

    public static Actor Of(ClaimsPrincipal user) => Actors.Of(user, Precedence);

    public static bool IsAdmin(this Actor actor) => actor.Role == Roles.Admin;
}
