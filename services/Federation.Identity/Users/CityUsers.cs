using Federation.Members;

namespace Federation.Identity.Users;

/// <summary>The people, organisations and roles of this node, and the rules on which roles exist here.</summary>
public sealed class CityUsers(UserManager<CityUser> users, RoleManager<IdentityRole> roles, UserDbContext db, ThisCity city,
    MemberList members, TimeProvider time)
{
    /// <summary>The secretariat runs the annual award from one city only; no other node may grant it.</summary>
    public IReadOnlyList<string> RolesHere =>
        members.Secretariat == city.Id ? Roles.All : Roles.All.Where(r => r != Roles.Secretariat).ToList();

    /// <summary>
    /// Which organisations a role fits: only an agency acts for the city (and runs its node); only a company or
    /// institute applies for trials; anyone may judge.
    /// </summary>
    public static bool RoleFits(string role, string kind) => role switch
    {
        Roles.Agency or Roles.Admin => kind == OrganisationKinds.Agency,
        Roles.Startup => kind is OrganisationKinds.Company or OrganisationKinds.Research,
        _ => true,
    };

    /// <summary>A node user's full name: "agency" on the Taipei node is "agency@taipei".</summary>
    public string UserName(string name) => $"{name}@{city.Id}";

    public async Task EnsureRolesAsync()
    {
        foreach (var role in RolesHere)
            if (!await roles.RoleExistsAsync(role))
                Check(await roles.CreateAsync(new IdentityRole(role)), $"role {role}");
    }

    /// <summary>
    /// Creates <c>name@city</c> with one role in the organisation of that English name (created active when the
    /// city has none: an agency for agency roles, a company for startups, an institute for judges), unless a
    /// user of that name exists (then false). The development seed and tests enrol people this way.
    /// </summary>
    public async Task<bool> CreateIfAbsentAsync(string name, string role, string organisation, string password)
    {
        CheckRoleExists(role);
        var userName = UserName(name);
        // Reached by e-mail at the city's test domain, in the city's own language: as a person of that city would be.
        var email = $"{name}@{city.Id}.federation.test";
        var language = members.Get(city.Id).Languages.FirstOrDefault(CityUser.MailLanguages.Contains) ?? "en";
        if (await users.FindByNameAsync(userName) is { } existing)
        {
            // Seeded by a release that gave them no address: they get the address and language now, once.
            if (existing.Email is null)
            {
                (existing.Email, existing.EmailConfirmed, existing.Language) = (email, true, language);
                Check(await users.UpdateAsync(existing), userName);
            }
            return false;
        }

        var org = await FindOrCreateAsync(organisation, KindFor(role));
        var user = new CityUser
        {
            UserName = userName, City = city.Id, OrganisationId = org.Id, DisplayName = name, LockoutEnabled = true,
            Email = email, EmailConfirmed = true, Language = language,
        };
        Check(await users.CreateAsync(user, password), userName);
        Check(await users.AddToRoleAsync(user, role), userName);
        return true;
    }

    private void CheckRoleExists(string role)
    {
        if (!RolesHere.Contains(role))
            throw new InvalidOperationException(role == Roles.Secretariat
                ? $"Only the secretariat city ({members.Secretariat}) has secretariat users; this node is {city.Id}"
                : $"Unknown role '{role}' (roles: {string.Join(", ", Roles.All)})");
    }

    /// <summary>The city agency of that English name, created active when the directory has none.</summary>
    public Task<Organisation> FindOrCreateAgencyAsync(string englishName) => FindOrCreateAsync(englishName, OrganisationKinds.Agency);

    private static string KindFor(string role) => role switch
    {
        Roles.Startup => OrganisationKinds.Company,
        Roles.Judge => OrganisationKinds.Research,
        _ => OrganisationKinds.Agency,
    };

    private async Task<Organisation> FindOrCreateAsync(string englishName, string kind)
    {
        var here = await db.Organisations.Where(o => o.City == city.Id).ToListAsync();
        if (here.FirstOrDefault(o => o.Names.GetValueOrDefault("en") == englishName) is { } found) return found;
        var org = Organisation.Create(city.Id, kind, new() { ["en"] = englishName }, null, OrganisationStatuses.Active, time.GetUtcNow());
        db.Organisations.Add(org);
        await db.SaveChangesAsync();
        return org;
    }

    internal static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException($"Could not create {what}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
    }
}
