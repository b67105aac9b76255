namespace Federation.Identity.Features.Tokens;

public enum SignInOutcome { Succeeded, InvalidCredentials, LockedOut }

/// <summary>Checks a name and password, counting failures toward the account's lockout.</summary>
public sealed class PasswordSignIn(UserManager<CityUser> users)
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
        return (SignInOutcome.Succeeded, user);
    }
}
