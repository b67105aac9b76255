namespace Federation.Identity.Features.People;

/// <summary>People as the API shows them: with their organisation's name and their roles.</summary>
internal static class PersonViews
{
    public static PersonResponse ToResponse(CityUser u, IEnumerable<string> roles) =>
        new(u.Id, u.UserName!, u.DisplayName, u.Email, u.City, u.OrganisationId, u.Organisation?.DisplayName ?? "", [.. roles.Order()],
            u.Status, u.Language);

    /// <summary>The people of a query with their organisations and roles, in two reads rather than one per person.</summary>
    public static async Task<List<PersonResponse>> ToResponsesAsync(this IQueryable<CityUser> people, UserDbContext db, CancellationToken ct)
    {
        var found = await people.Include(u => u.Organisation).ToListAsync(ct);
        var ids = found.Select(u => u.Id).ToList();
        var roles = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           where ids.Contains(ur.UserId)
                           select new { ur.UserId, Role = r.Name! }).ToListAsync(ct);
        var byUser = roles.ToLookup(x => x.UserId, x => x.Role);
        return [.. found.Select(u => ToResponse(u, byUser[u.Id]))];
    }

    public static async Task<PersonResponse> ToResponseAsync(this CityUser person, UserDbContext db, CancellationToken ct) =>
        (await db.Users.Where(u => u.Id == person.Id).ToResponsesAsync(db, ct)).Single();

    internal static string Subject(CityUser person) => $"person/{person.Id}";
}
