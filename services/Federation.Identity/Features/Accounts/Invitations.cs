using Federation.Identity.Features.Audit;
using Federation.Identity.Features.Links;
using Federation.Identity.Features.People;

namespace Federation.Identity.Features.Accounts;

/// <summary>
/// Enrolment by invitation: an admin invites anyone into any organisation of the city; anyone else invites
/// colleagues into their own organisation, with roles they hold themselves. The person sets their password
/// from the e-mailed one-time link.
/// </summary>
internal static class Invitations
{
    public static async Task<Results<Created<PersonResponse>, ValidationProblem, ProblemHttpResult>> Invite(
        InvitationRequest request, ClaimsPrincipal user, UserDbContext db, UserManager<CityUser> users, CityUsers directory,
        OneTimeLinks links, AccountMails mails, ThisCity city, TimeProvider time, CancellationToken ct)
    {
        var caller = DirectoryActors.Of(user);
        var problems = new InputProblems();
        var person = NewPerson.Read(problems, request.Email, request.DisplayName, request.Language);
        if (request.OrganisationId is not { } organisationId || organisationId == Guid.Empty)
            problems.Add("organisationId", FieldCodes.Required, "organisationId is required.");
        if (problems.Any) return problems.ToResult();
        var organisation = await db.Organisations.SingleOrDefaultAsync(o => o.Id == request.OrganisationId && o.City == city.Id, ct);
        if (organisation is null) return InputProblems.One("organisationId", FieldCodes.NotFound, $"This city has no organisation {request.OrganisationId}.");
        var roles = PersonSteps.ReadRoles(problems, request.Roles, directory.RolesHere, organisation);
        if (problems.Any) return problems.ToResult();
        if (!caller.IsAdmin() && (!caller.IsOf(organisation.Id) || roles.Any(r => r == Roles.Admin || !user.IsInRole(r))))
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not your organisation",
                detail: "Only the node's admins invite people into other organisations or give roles the inviter does not hold.");
        if (await users.FindByNameAsync(person.Email) is not null)
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Already a person of this node",
                detail: $"{person.Email} already has an account here: reset its password or change its roles instead.");

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var invited = await person.CreateAsync(users, organisation, roles, city);
        mails.Invitation(invited, await links.IssueAsync(invited, LinkPurposes.Invitation, ct));
        var response = await invited.ToResponseAsync(db, ct);
        db.AuditLog.Add(AuditEntry.Of(user, "person.invited", PersonViews.Subject(invited), null, response, time.GetUtcNow()));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return TypedResults.Created($"/api/people/{invited.Id}", response);
    }

    /// <summary>Sets the first password from an invitation or registration link: the person's address is then confirmed.</summary>
    public static Task<Results<Ok<PersonResponse>, ValidationProblem>> Accept(NewPasswordRequest request, [AsParameters] NewPassword.Context c) =>
        NewPassword.SetAsync(request, LinkPurposes.Invitation, "person.set-first-password", c, person =>
        {
            person.EmailConfirmed = true;
            person.IsActive = true;
        });
}
