using Federation.Identity.Features.Audit;
using Federation.Identity.Features.Links;
using Federation.Identity.Features.Organisations;
using Federation.Identity.Features.People;

namespace Federation.Identity.Features.Accounts;

/// <summary>
/// A company or research institute registers itself and its first person. The organisation stays pending
/// until an agency of the city approves it; the person confirms their address by setting a password from
/// the e-mailed link, and can sign in once the organisation is approved.
/// </summary>
internal static class Registrations
{
    private static readonly IReadOnlyList<string> SelfRegisteringKinds = [OrganisationKinds.Company, OrganisationKinds.Research];

    public static async Task<Results<Created<RegistrationResponse>, ValidationProblem, ProblemHttpResult>> Register(
        RegistrationRequest request, UserDbContext db, UserManager<CityUser> users, OneTimeLinks links, AccountMails mails, ThisCity city,
        TimeProvider time, CancellationToken ct)
    {
        var problems = new InputProblems();
        var organisation = OrganisationInput.Read(problems, request.Organisation, SelfRegisteringKinds, "organisation.");
        if (request.Person is null) problems.Add("person", FieldCodes.Required, "The first person's email and displayName are required.");
        var person = NewPerson.Read(problems, request.Person?.Email, request.Person?.DisplayName, request.Person?.Language, "person.");
        if (problems.Any) return problems.ToResult();
        if (await users.FindByNameAsync(person.Email) is not null)
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Already a person of this node",
                detail: $"{person.Email} already has an account here: sign in, or reset its password.");

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var now = time.GetUtcNow();
        var registered = Organisation.Create(city.Id, organisation.Kind, organisation.Names, organisation.Website, OrganisationStatuses.Pending, now);
        db.Organisations.Add(registered);
        await db.SaveChangesAsync(ct);
        var first = await person.CreateAsync(users, registered, [Roles.Startup], city);
        mails.Registration(first, await links.IssueAsync(first, LinkPurposes.Invitation, ct));
        var response = new RegistrationResponse(OrganisationInput.ToResponse(registered), await first.ToResponseAsync(db, ct));
        db.AuditLog.Add(AuditEntry.By(first, "organisation.registered", OrganisationEndpoints.Subject(registered), null, response.Organisation, now));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return TypedResults.Created($"/api/organisations/{registered.Id}", response);
    }
}
