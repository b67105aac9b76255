using Federation.Identity.Features.Audit;
using Federation.Identity.Features.Links;
using Federation.Identity.Features.People;

namespace Federation.Identity.Features.Accounts;

/// <summary>A person resets their own password through a one-time link sent to their address.</summary>
internal static class PasswordResets
{
    /// <summary>Always 202, whether or not the address has an account: the answer must not tell who is enrolled.</summary>
    public static async Task<Results<Accepted, ValidationProblem>> Request(
        PasswordResetRequest request, UserDbContext db, OneTimeLinks links, AccountMails mails, CancellationToken ct)
    {
        var problems = new InputProblems();
        var email = problems.Email("email", request.Email);
        if (email is null && !problems.Any) problems.Add("email", FieldCodes.Required, "email is required.");
        if (problems.Any) return problems.ToResult();
        var normalized = email!.ToUpperInvariant();
        var person = await db.Users.Include(u => u.Organisation)
            .SingleOrDefaultAsync(u => u.NormalizedEmail == normalized && u.IsActive && u.PasswordHash != null, ct);
        if (person is not null)
        {
            mails.PasswordReset(person, await links.IssueAsync(person, LinkPurposes.PasswordReset, ct));
            await db.SaveChangesAsync(ct);
        }
        return TypedResults.Accepted((string?)null);
    }

    public static Task<Results<Ok<PersonResponse>, ValidationProblem>> Complete(NewPasswordRequest request, [AsParameters] NewPassword.Context c) =>
        NewPassword.SetAsync(request, LinkPurposes.PasswordReset, "person.reset-password", c);
}
