using Federation.Identity.Users;
using Microsoft.AspNetCore.Identity;

namespace Federation.Identity.Tests;

public sealed class UpgradeTests : TestsWith<TestFolder>
{
    [Fact]
    public async Task A_directory_of_the_release_before_migrations_starts_upgraded_with_its_people_and_passwords()
    {
        var file = Path.Combine(Scratch.CityFolder("taipei"), "identity.db");
        PreviousRelease.CopyTo("identity-61fc484.db", file);

        // No development users: every person read here comes from the old file, none is seeded anew.
        using var taipei = new IdentityNode(Scratch) { SeedDevUsers = false };
        taipei.CreateClient();
        var agency = await taipei.FindUserAsync("agency@taipei");

        Assert.NotNull(agency?.OrganisationId);
        Assert.True(await taipei.WithScopeAsync<UserManager<CityUser>, bool>(users => users.CheckPasswordAsync(agency!, TestFolder.DevPassword)));
        Assert.Equal(NewFileSchema(), PreviousRelease.Schema(file));
    }

    private string[] NewFileSchema()
    {
        using var seoul = new IdentityNode(Scratch, "seoul") { SeedDevUsers = false };
        seoul.CreateClient();
        return PreviousRelease.Schema(Path.Combine(Scratch.CityFolder("seoul"), "identity.db"));
    }
}
