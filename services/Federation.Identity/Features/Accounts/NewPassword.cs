using Federation.Identity.Features.Audit;
using Federation.Identity.Features.Links;
using Federation.Identity.Features.People;

namespace Federation.Identity.Features.Accounts;

/// <summary>
/// A password set from a one-time link, in one transaction with its audit entry: checked against the node's
/// password rules before the link is spent, so a refused password leaves the link usable.
/// </summary>
internal static class NewPassword
{
    /// <summary>What setting a password needs, bound as one parameter.</summary>
    internal sealed record Context(UserDbContext Db, UserManager<CityUser> Users, OneTimeLinks Links, TimeProvider Time, CancellationToken Aborted);

    /// <param name="action">The audit log's name for it, e.g. "person.reset-password".</param>
    /// <param name="alsoChange">What else the link does to the person (an invitation confirms the address).</param>
    public static async Task<Results<Ok<PersonResponse>, ValidationProblem>> SetAsync(NewPasswordRequest request, string purpose,
        string action, Context c, Action<CityUser>? alsoChange = null)
    {
        var problems = new InputProblems();
        problems.Text("token", request.Token, 200);
        if (string.IsNullOrEmpty(request.Password)) problems.Add("password", FieldCodes.Required, "password is required.");
        if (problems.Any) return problems.ToResult();

        await using var transaction = await c.Db.Database.BeginTransactionAsync(c.Aborted);
        if (await c.Links.RedeemAsync(request.Token!.Trim(), purpose, c.Aborted) is not { } person)
            return InputProblems.One("token", FieldCodes.NotFound,
                "This link is unknown, already used or expired: ask for a new one (an invitation from your admin, or a new password-reset e-mail).");
        foreach (var validator in c.Users.PasswordValidators)
            if (await validator.ValidateAsync(c.Users, person, request.Password!) is { Succeeded: false } result)
                foreach (var error in result.Errors) problems.Add("password", FieldCodes.WeakPassword, error.Description, ("rule", error.Code));
        if (problems.Any) return problems.ToResult();

        person.PasswordHash = c.Users.PasswordHasher.HashPassword(person, request.Password!);
        person.LockoutEnd = null;
        person.AccessFailedCount = 0;
        alsoChange?.Invoke(person);
        // A new stamp, saved with the rest by the user manager: whatever was issued against the old password ends.
        CityUsers.Check(await c.Users.UpdateSecurityStampAsync(person), person.UserName!);
        var response = await person.ToResponseAsync(c.Db, c.Aborted);
        c.Db.AuditLog.Add(AuditEntry.By(person, action, PersonViews.Subject(person), null, response, c.Time.GetUtcNow()));
        await c.Db.SaveChangesAsync(c.Aborted);
        await transaction.CommitAsync(c.Aborted);
        return TypedResults.Ok(response);
    }
}
