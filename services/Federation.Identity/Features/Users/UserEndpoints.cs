using Federation.ServiceDefaults.Auth;

namespace Federation.Identity.Features.Users;

/// <summary>An agency of this city looks up one of its active people (to enrol a judge, say): id, organisation and roles.</summary>
public static class UserEndpoints
{
    public static void MapUserLookup(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/users/{userName}", Get).WithTags("Users").RequireAuthorization(Policies.Agency)
            .WithSummary("One user of this node by sign-in name (e.g. judge@seoul), for an agency of this city");

    private static async Task<Results<Ok<CityUserResponse>, ProblemHttpResult>> Get(string userName, UserManager<CityUser> users,
        UserDbContext db)
    {
        var user = await users.FindByNameAsync(userName.Trim());
        if (user is not null) await db.Entry(user).Reference(u => u.Organisation).LoadAsync();
        // Someone who cannot sign in (invited, deactivated, of an organisation not active) cannot act: enrolling them as a judge would be empty.
        if (user is not { IsActive: true, Organisation.IsActive: true })
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"This node has no active person {userName}.");
        var roles = await users.GetRolesAsync(user);
        return TypedResults.Ok(new CityUserResponse(user.Id, user.UserName!, user.City, user.Organisation!.DisplayName, [.. roles.Order()], user.OrganisationId));
    }
}
