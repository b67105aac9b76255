using Federation.Contracts;
using Federation.Identity.Features.Audit;
using Federation.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Authorization;

namespace Federation.Identity.Features.Organisations;

/// <summary>The city's directory of organisations: read by anyone (active ones), kept by the node's admins.</summary>
public static class OrganisationEndpoints
{
    public static void MapOrganisationApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/organisations").WithTags("Organisations");
        group.MapGet("/", List).RequireAuthorization(Policies.AgencyOrAdmin)
            .WithSummary("The city's organisations, any status (?status=pending lists registrations to decide), for its agencies and admins");
        group.MapGet("/{id}", Get).AllowAnonymous()
            .WithSummary("One organisation; one not active only to the city's agencies and admins");
        group.MapPost("/", Create).RequireAuthorization(Policies.Admin).WithSummary("Add an organisation (active at once)");
        group.MapPut("/{id}", Change).RequireAuthorization(Policies.Admin).WithSummary("Change an organisation's kind, names or website");
        group.MapOrganisationDecisions();
    }

    private static async Task<Results<Ok<ResultPage<OrganisationResponse>>, ValidationProblem>> List(
        string? status, string? kind, string? page, string? pageSize, UserDbContext db, ThisCity city, CancellationToken ct)
    {
        var problems = new InputProblems();
        var paging = Paging.Read(problems, page, pageSize);
        if (!string.IsNullOrWhiteSpace(status)) status = problems.OneOf("status", status, OrganisationStatuses.All);
        if (!string.IsNullOrWhiteSpace(kind)) kind = problems.OneOf("kind", kind, OrganisationKinds.All);
        if (problems.Any) return problems.ToResult();
        var found = db.Organisations.Where(o => o.City == city.Id);
        if (!string.IsNullOrWhiteSpace(status)) found = found.Where(o => o.Status == status);
        if (!string.IsNullOrWhiteSpace(kind)) found = found.Where(o => o.Kind == kind);
        var total = await found.CountAsync(ct);
        var items = await paging.Of(found.OrderBy(o => o.CreatedAt).ThenBy(o => o.Id)).ToListAsync(ct);
        return TypedResults.Ok(new ResultPage<OrganisationResponse>([.. items.Select(OrganisationInput.ToResponse)], paging.Page, paging.PageSize, total));
    }

    private static async Task<Results<Ok<OrganisationResponse>, ValidationProblem, ProblemHttpResult>> Get(
        string id, UserDbContext db, ThisCity city, ClaimsPrincipal user, IAuthorizationService authorization, CancellationToken ct)
    {
        if (!Guid.TryParse(id, out var organisationId)) return InputProblems.One("id", FieldCodes.NotAnId, $"'{id}' is not an organisation id.");
        var found = await db.Organisations.FindAsync([organisationId], ct);
        // A pending registration or a suspended company is the city's business, not the public's.
        if (found is null || !found.IsActive && !(await authorization.AuthorizeAsync(user, Policies.AgencyOrAdmin)).Succeeded)
            return StepProblems.NotFound("organisation", organisationId);
        return TypedResults.Ok(OrganisationInput.ToResponse(found));
    }

    private static async Task<Results<Created<OrganisationResponse>, ValidationProblem>> Create(
        OrganisationRequest request, UserDbContext db, ThisCity city, ClaimsPrincipal user, TimeProvider time, CancellationToken ct)
    {
        var problems = new InputProblems();
        var input = OrganisationInput.Read(problems, request, OrganisationKinds.All);
        if (problems.Any) return problems.ToResult();
        var now = time.GetUtcNow();
        var organisation = Organisation.Create(city.Id, input.Kind, input.Names, input.Website, OrganisationStatuses.Active, now);
        db.Organisations.Add(organisation);
        var response = OrganisationInput.ToResponse(organisation);
        db.AuditLog.Add(AuditEntry.Of(user, "organisation.created", Subject(organisation), null, response, now));
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/organisations/{organisation.Id}", response);
    }

    private static async Task<Results<Ok<OrganisationResponse>, ValidationProblem, ProblemHttpResult>> Change(
        string id, OrganisationRequest request, UserDbContext db, ClaimsPrincipal user, TimeProvider time, CancellationToken ct)
    {
        if (!Guid.TryParse(id, out var organisationId)) return InputProblems.One("id", FieldCodes.NotAnId, $"'{id}' is not an organisation id.");
        var problems = new InputProblems();
        var input = OrganisationInput.Read(problems, request, OrganisationKinds.All);
        if (problems.Any) return problems.ToResult();
        if (await db.Organisations.FindAsync([organisationId], ct) is not { } organisation) return StepProblems.NotFound("organisation", organisationId);
        if (input.Kind != organisation.Kind && await PeopleNotFitting(db, organisation.Id, input.Kind, ct) is { } misfit)
            return StepProblems.NotPossibleNow($"{misfit} holds a role a {input.Kind} cannot have: change their roles first.");
        var before = OrganisationInput.ToResponse(organisation);
        var now = time.GetUtcNow();
        organisation.Change(input.Kind, input.Names, input.Website, now);
        var after = OrganisationInput.ToResponse(organisation);
        db.AuditLog.Add(AuditEntry.Of(user, "organisation.changed", Subject(organisation), before, after, now));
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(after);
    }

    private static async Task<string?> PeopleNotFitting(UserDbContext db, Guid organisationId, string kind, CancellationToken ct)
    {
        var roles = await (from u in db.Users
                           join ur in db.UserRoles on u.Id equals ur.UserId
                           join r in db.Roles on ur.RoleId equals r.Id
                           where u.OrganisationId == organisationId
                           select new { u.UserName, Role = r.Name! }).ToListAsync(ct);
        return roles.FirstOrDefault(x => !CityUsers.RoleFits(x.Role, kind))?.UserName;
    }

    internal static string Subject(Organisation organisation) => $"organisation/{organisation.Id}";
}
