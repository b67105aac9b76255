using Federation.Members;

namespace Federation.Identity.Users;

/// <summary>The users and roles of this node, and the rules on which roles exist here.</summary>
public sealed class CityUsers(UserManager<CityUser> users, RoleManager<IdentityRole> roles, ThisCity city, MemberList members)
{
    /// <summary>The secretariat runs the annual award from one city only; no other node may grant it.</summary>
    public IReadOnlyList<string> RolesHere =>
        members.Secretariat == city.Id ? Roles.All : Roles.All.Where(r => r != Roles.Secretariat).ToList();

    /// <summary>A node user's full name: "agency" on the Taipei node is "agency@taipei".</summary>
    public string UserName(string name) => $"{name}@{city.Id}";

    public async Task EnsureRolesAsync()
    {
        foreach (var role in RolesHere)
            if (!await roles.RoleExistsAsync(role))
                Check(await roles.CreateAsync(new IdentityRole(role)), $"role {role}");
    }

    /// <summary>Creates <c>name@city</c> with one role, unless a user of that name exists (then false).</summary>
    public async Task<bool> CreateIfAbsentAsync(string name, string role, string organisation, string password)
    {
        if (!RolesHere.Contains(role))
            throw new InvalidOperationException(role == Roles.Secretariat
                ? $"Only the secretariat city ({members.Secretariat}) has secretariat users; this node is {city.Id}"
                : $"Unknown role '{role}' (roles: {string.Join(", ", Roles.All)})");
        var userName = UserName(name);
        if (await users.FindByNameAsync(userName) is not null) return false;

        var user = new CityUser { UserName = userName, City = city.Id, Organisation = organisation, LockoutEnabled = true };
        Check(await users.CreateAsync(user, password), userName);
        Check(await users.AddToRoleAsync(user, role), userName);
        return true;
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException($"Could not create {what}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
    }
}
