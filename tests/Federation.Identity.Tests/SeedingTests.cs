using Federation.Identity.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Federation.Identity.Tests;

public sealed class SeedingTests : TestsWith<TestFolder>
{
    [Fact]
    public async Task The_secretariat_user_is_seeded_only_in_the_secretariat_city()
    {
        using var taipei = new IdentityNode(Scratch, "taipei");
        using var seoul = new IdentityNode(Scratch, "seoul");

        var taipeiUsers = await UserNamesAsync(taipei);
        var seoulUsers = await UserNamesAsync(seoul);

        Assert.Equal(["admin@taipei", "agency@taipei", "judge@taipei", "secretariat@taipei", "startup@taipei"], taipeiUsers);
        Assert.Equal(["admin@seoul", "agency@seoul", "judge@seoul", "startup@seoul"], seoulUsers);
        Assert.True(await taipei.WithScopeAsync<UserManager<CityUser>, bool>(async users =>
            await users.IsInRoleAsync((await users.FindByNameAsync("secretariat@taipei"))!, Roles.Secretariat)));
        Assert.False(await seoul.WithScopeAsync<RoleManager<IdentityRole>, bool>(roles => roles.RoleExistsAsync(Roles.Secretariat)));
    }

    [Fact]
    public async Task A_secretariat_user_is_refused_outside_the_secretariat_city()
    {
        using var seoul = new IdentityNode(Scratch, "seoul");
        seoul.CreateClient();

        var error = await Record.ExceptionAsync(() => seoul.WithScopeAsync<CityUsers, bool>(
            users => users.CreateIfAbsentAsync("chair", Roles.Secretariat, "GO SMART", TestFolder.DevPassword)));

        Assert.IsType<InvalidOperationException>(error);
        Assert.Null(await seoul.FindUserAsync("chair@seoul"));
    }

    [Fact]
    public void A_node_outside_development_refuses_to_start_with_development_users()
    {
        var startup = new StartupFailure();
        using var node = new IdentityNode(Scratch) { Environment = "Production", TestServices = startup.AddTo };

        Assert.ThrowsAny<Exception>(() => node.CreateClient());
        Assert.Contains("Identity:DevUsersFile", Assert.IsType<OptionsValidationException>(startup.Reason).Message);
    }

    [Fact]
    public async Task A_production_node_starts_with_no_users()
    {
        using var node = new IdentityNode(Scratch) { Environment = "Production", SeedDevUsers = false };

        Assert.Empty(await UserNamesAsync(node));
    }

    [Fact]
    public async Task Seeding_twice_creates_no_duplicates()
    {
        string[] first;
        using (var node = new IdentityNode(Scratch)) first = await UserIdsAsync(node);

        using var restarted = new IdentityNode(Scratch);
        var second = await UserIdsAsync(restarted);

        Assert.Equal(5, first.Length);
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task Seeded_users_belong_to_active_organisations_of_the_node_city_by_role()
    {
        using var seoul = new IdentityNode(Scratch, "seoul");
        seoul.CreateClient();

        var startup = await seoul.FindUserAsync("startup@seoul");
        var organisations = await seoul.WithScopeAsync<UserDbContext, List<Organisation>>(db => db.Organisations.ToListAsync());

        var company = organisations.Single(o => o.Id == startup!.OrganisationId);
        Assert.Equal(("seoul", "seoul startup", OrganisationKinds.Company, OrganisationStatuses.Active),
            (company.City, company.DisplayName, company.Kind, company.Status));
        var agency = organisations.Single(o => o.DisplayName == "seoul smart city office");
        Assert.Equal(OrganisationKinds.Agency, agency.Kind);
        Assert.Equal(3, organisations.Count); // admin and agency share the smart city office
        Assert.Equal("seoul", startup!.City);
        Assert.True(startup.LockoutEnabled);
        Assert.NotEqual(TestFolder.DevPassword, startup.PasswordHash);
    }

    [Fact]
    public async Task Without_a_dev_users_file_the_node_has_roles_but_no_users()
    {
        using var node = new IdentityNode(Scratch) { SeedDevUsers = false };

        var users = await UserNamesAsync(node);
        var roles = await node.WithScopeAsync<RoleManager<IdentityRole>, List<string>>(r => r.Roles.Select(x => x.Name!).ToListAsync());

        Assert.Empty(users);
        Assert.Equal(Roles.All.Order(), roles.Order());
    }

    private static Task<string[]> UserNamesAsync(IdentityNode node)
    {
        node.CreateClient();
        return node.WithScopeAsync<UserDbContext, string[]>(db => db.Users.Select(u => u.UserName!).OrderBy(n => n).ToArrayAsync());
    }

    private static Task<string[]> UserIdsAsync(IdentityNode node)
    {
        node.CreateClient();
        return node.WithScopeAsync<UserDbContext, string[]>(db => db.Users.OrderBy(u => u.UserName).Select(u => u.Id).ToArrayAsync());
    }
}
