namespace Federation.Identity.Features.Tokens;

public enum SignInOutcome { Succeeded, InvalidCredentials, LockedOut, Deactivated, OrganisationNotActive }

/// <summary>Checks a name and password, counting failures toward the account's lockout, then the person's and organisation's state.</summary>
public sealed class PasswordSignIn(UserManager<CityUser> users, Connect.PersonPrincipals people)
{
    // Verified against for unknown names, so that an unknown name takes as long as a wrong password.
    private static readonly Lazy<string> DecoyHash =
        new(() => new PasswordHasher<CityUser>().HashPassword(new CityUser(), Guid.NewGuid().ToString()));

    public async Task<(SignInOutcome Outcome, CityUser? User)> CheckAsync(string userName, string password)
    {
        var user = await users.FindByNameAsync(userName);
        if (user is null)
        {
            users.PasswordHasher.VerifyHashedPassword(new CityUser(), DecoyHash.Value, password);
            return (SignInOutcome.InvalidCredentials, null);
        }
        if (await users.IsLockedOutAsync(user)) return (SignInOutcome.LockedOut, user);
        if (!await users.CheckPasswordAsync(user, password))
        {
            await users.AccessFailedAsync(user);
            return (SignInOutcome.InvalidCredentials, null);
        }
        await users.ResetAccessFailedCountAsync(user);
        // Told only after the right password: the states are no secret to the person themselves.
        return (await people.StandingAsync(user), user);
    }
}
