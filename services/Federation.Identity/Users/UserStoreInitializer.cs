using Federation.Members;

namespace Federation.Identity.Users;

/// <summary>Creates the database and this city's roles at start, then seeds the dev users if a file names them.</summary>
internal sealed class UserStoreInitializer(
    IServiceScopeFactory scopes, IOptions<IdentityNodeOptions> options, ThisCity city, MemberList members,
    ILogger<UserStoreInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<CityUsers>();
        await users.EnsureRolesAsync();
        if (options.Value.DevUsersFile is { Length: > 0 } path)
            await SeedAsync(users, DevUsersFile.Load(path));
    }

    private async Task SeedAsync(CityUsers users, DevUsersFile file)
    {
        using var _ = logger.BeginCityScope(city.Id);
        var here = file.Users.Where(u => !u.SecretariatOnly || members.Secretariat == city.Id).ToList();
        var created = new List<string>();
        foreach (var user in here)
            if (await users.CreateIfAbsentAsync(user.Name, user.Role, user.Organisation.Replace("{city}", city.Id), file.Password))
                created.Add(users.UserName(user.Name));
        logger.LogInformation("Development users: {Users} ({Created} newly seeded)",
            string.Join(", ", here.Select(u => users.UserName(u.Name))), created.Count);
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
