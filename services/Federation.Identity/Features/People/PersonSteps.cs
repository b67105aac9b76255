using Federation.Identity.Features.Audit;
using Federation.Identity.Features.Links;
namespace Federation.Identity.Features.People;

/// <summary>An admin's changes to one person, each in one transaction with its audit entry.</summary>
internal static class PersonSteps
{
    /// <summary>What every step needs, bound as one parameter.</summary>
    internal sealed record StepContext(UserDbContext Db, UserManager<CityUser> Users, CityUsers Directory, ClaimsPrincipal User,
        ThisCity City, Connect.SessionEnd Sessions, TimeProvider Time, CancellationToken Aborted);

    public static Task<Results<Ok<PersonResponse>, ValidationProblem, ProblemHttpResult>> ChangeRoles(
        string id, RolesRequest request, [AsParameters] StepContext c) =>
        TakeAsync(id, "person.roles-changed", c, async person =>
        {
            var problems = new InputProblems();
            var roles = ReadRoles(problems, request.Roles, c.Directory.RolesHere, person.Organisation!);
            if (problems.Any) return problems.ToResult();
            var current = await c.Users.GetRolesAsync(person);
            if (current.Contains(Roles.Admin) && !roles.Contains(Roles.Admin) && await IsLastAdminAsync(c, person))
                return Conflict("This is the node's last active admin: make someone else admin first.");
            Check(await c.Users.RemoveFromRolesAsync(person, current.Except(roles)));
            Check(await c.Users.AddToRolesAsync(person, roles.Except(current)));
            return null;
        });

    public static Task<Results<Ok<PersonResponse>, ValidationProblem, ProblemHttpResult>> Deactivate(string id, [AsParameters] StepContext c) =>
        TakeAsync(id, "person.deactivated", c, async person =>
        {
            if (!person.IsActive) return Conflict($"{person.UserName} is not active.");
            if (person.Id == c.User.FindFirstValue("sub")) return Conflict("Admins cannot deactivate themselves: ask another admin.");
            if ((await c.Users.GetRolesAsync(person)).Contains(Roles.Admin) && await IsLastAdminAsync(c, person))
                return Conflict("This is the node's last active admin.");
            person.IsActive = false;
            foreach (var link in await c.Db.OneTimeLinks.Where(l => l.UserId == person.Id).ToListAsync(c.Aborted)) link.Close(c.Time.GetUtcNow());
            Check(await c.Users.UpdateSecurityStampAsync(person));
            // Their refresh tokens stop working, so their portal session ends at its next refresh.
            await c.Sessions.ForAsync(person.Id, c.Aborted);
            return null;
        });

    public static Task<Results<Ok<PersonResponse>, ValidationProblem, ProblemHttpResult>> Reactivate(string id, [AsParameters] StepContext c) =>
        TakeAsync(id, "person.reactivated", c, async person =>
        {
            if (person.IsActive || person.PasswordHash is null)
                return Conflict($"{person.UserName} is {person.Status}: only a deactivated person can be reactivated.");
            person.IsActive = true;
            Check(await c.Users.UpdateAsync(person));
            return null;
        });

    private static async Task<Results<Ok<PersonResponse>, ValidationProblem, ProblemHttpResult>> TakeAsync(
        string id, string action, StepContext c, Func<CityUser, Task<IResult?>> change)
    {
        await using var transaction = await c.Db.Database.BeginTransactionAsync(c.Aborted);
        var person = await c.Db.Users.Include(u => u.Organisation).SingleOrDefaultAsync(u => u.Id == id && u.City == c.City.Id, c.Aborted);
        if (person is null)
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"This node holds no person {id}.");
        var before = await person.ToResponseAsync(c.Db, c.Aborted);
        switch (await change(person))
        {
            case ValidationProblem invalid: return invalid;
            case ProblemHttpResult refused: return refused;
        }
        var after = await person.ToResponseAsync(c.Db, c.Aborted);
        c.Db.AuditLog.Add(AuditEntry.Of(c.User, action, PersonViews.Subject(person), before, after, c.Time.GetUtcNow()));
        await c.Db.SaveChangesAsync(c.Aborted);
        await transaction.CommitAsync(c.Aborted);
        return TypedResults.Ok(after);
    }

    /// <summary>Roles as a request names them: known here, fitting the organisation, at least one.</summary>
    public static List<string> ReadRoles(InputProblems problems, IReadOnlyList<string?>? requested, IReadOnlyList<string> here, Organisation organisation)
    {
        var roles = problems.Items("roles", requested, 5, (role, field) => problems.OneOf(field, role, here)).Distinct().ToList();
        foreach (var (role, i) in roles.Select((r, i) => (r, i)).Where(x => here.Contains(x.r) && !CityUsers.RoleFits(x.r, organisation.Kind)))
            problems.Add($"roles[{i}]", FieldCodes.Invalid, $"A person of {organisation.DisplayName} (a {organisation.Kind}) cannot be {role}.");
        return roles;
    }

    private static async Task<bool> IsLastAdminAsync(StepContext c, CityUser person) =>
        !(await c.Users.GetUsersInRoleAsync(Roles.Admin)).Any(u => u.Id != person.Id && u.IsActive);

    private static ProblemHttpResult Conflict(string detail) => StepProblems.NotPossibleNow(detail);

    private static void Check(IdentityResult result) => CityUsers.Check(result, "the person");
}
