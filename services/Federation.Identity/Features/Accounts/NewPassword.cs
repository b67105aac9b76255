using Federation.Identity.Features.Links;
namespace Federation.Identity.Features.Accounts;

/// <summary>A password set from a one-time link: checked against the node's password rules before the link is spent.</summary>
internal static class NewPassword
{
    public sealed record Redeemed(CityUser? Person, ValidationProblem? Problem);

    /// <summary>The link's person with the password set, or the field problem; null when the link is unknown, used or expired.</summary>
    public static async Task<Redeemed?> RedeemAsync(NewPasswordRequest request, string purpose, OneTimeLinks links,
        UserManager<CityUser> users, CancellationToken ct)
    {
        var problems = new InputProblems();
        problems.Text("token", request.Token, 200);
        if (string.IsNullOrEmpty(request.Password)) problems.Add("password", "password is required.");
        if (problems.Any) return new(null, problems.ToResult());
        if (await links.RedeemAsync(request.Token!.Trim(), purpose, ct) is not { } person) return null;

        foreach (var validator in users.PasswordValidators)
            if (await validator.ValidateAsync(users, person, request.Password!) is { Succeeded: false } result)
                foreach (var error in result.Errors) problems.Add("password", error.Description);
        if (problems.Any) return new(null, problems.ToResult());
        person.PasswordHash = users.PasswordHasher.HashPassword(person, request.Password!);
        await users.UpdateSecurityStampAsync(person);
        await users.ResetAccessFailedCountAsync(person);
        await users.SetLockoutEndDateAsync(person, null);
        return new(person, null);
    }

    public static ValidationProblem Refused(NewPasswordRequest request) => InputProblems.One("token",
        "This link is unknown, already used or expired: ask for a new one (an invitation from your admin, or a new password-reset e-mail).");
}
