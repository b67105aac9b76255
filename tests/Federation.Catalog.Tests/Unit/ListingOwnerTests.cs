using Federation.Catalog.Features.Solutions;
using Federation.ServiceDefaults.Steps;
using Microsoft.Extensions.Logging.Abstractions;

namespace Federation.Catalog.Tests.Unit;

/// <summary>
/// Who owns a listing and who may change it, decided by organisation ids: names repeat, ids do not.
/// (Against the real identity service: Federation.Trials.Tests' ListingOwnershipTests.)
/// </summary>
public sealed class ListingOwnerTests
{
    private static readonly Guid Hanbit = Guid.NewGuid(), Namesake = Guid.NewGuid(), Office = Guid.NewGuid();
    private static readonly Actor Startup = new("taipei", Actor.Startup, "kim", "Hanbit Mobility", Hanbit);
    private static readonly Actor StartupOfSameName = new("taipei", Actor.Startup, "jung", "Hanbit Mobility", Namesake);
    private static readonly Actor Agency = new("taipei", Actor.Agency, "doit", "Taipei smart city office", Office);
    private static readonly Provider Described = new("Lumen Co.", null, "taipei");

    [Fact]
    public async Task A_company_lists_as_its_own_organisation_whatever_name_it_gives()
    {
        var (owned, _, _) = await Owners().OwnAsync(Described, Startup, "taipei", CancellationToken.None);

        Assert.Equal(("Hanbit Mobility", (Guid?)Hanbit), (owned!.Name, owned.OrganisationId));
    }

    [Fact]
    public async Task A_company_naming_another_organisation_is_refused()
    {
        var (owned, _, refused) = await Owners().OwnAsync(Described with { OrganisationId = Namesake }, Startup, "taipei", CancellationToken.None);

        Assert.Null(owned);
        Assert.Equal(403, refused!.StatusCode);
    }

    [Fact]
    public async Task An_agency_naming_no_organisation_lists_as_its_own_and_keeps_the_provider_it_describes()
    {
        var (owned, _, _) = await Owners().OwnAsync(Described, Agency, "taipei", CancellationToken.None);

        Assert.Equal(("Lumen Co.", (Guid?)Office), (owned!.Name, owned.OrganisationId));
    }

    [Fact]
    public async Task A_directory_that_does_not_answer_is_unavailable_not_the_agency_s_fault()
    {
        var (owned, invalid, refused) = await Owners().OwnAsync(Described with { OrganisationId = Hanbit }, Agency, "taipei", CancellationToken.None);

        Assert.Null(owned);
        Assert.Null(invalid);
        Assert.Equal(503, refused!.StatusCode);
    }

    [Fact]
    public void Only_the_owning_organisation_s_people_and_the_city_s_agencies_change_a_listing()
    {
        var listing = Solution.Create("taipei", Input(Described with { OrganisationId = Hanbit }), DateTimeOffset.UnixEpoch);

        Assert.Null(listing.ChangeRefusedTo(Startup));
        Assert.Null(listing.ChangeRefusedTo(Agency));
        Assert.Contains(listing.Id.ToString(), listing.ChangeRefusedTo(StartupOfSameName));
        Assert.NotNull(listing.ChangeRefusedTo(Startup with { City = "seoul" }));
        Assert.NotNull(listing.ChangeRefusedTo(Agency with { City = "seoul" }));
    }

    [Fact]
    public void A_listing_made_before_ownership_is_changed_by_agencies_only()
    {
        var listing = Solution.Create("taipei", Input(Described), DateTimeOffset.UnixEpoch);

        Assert.NotNull(listing.ChangeRefusedTo(Startup));
        Assert.Null(listing.ChangeRefusedTo(Agency));
    }

    private static ProviderOrganisations Owners() =>
        new(SilentService.Client<IIdentityApi>("Identity"), NullLogger<ProviderOrganisations>.Instance);

    private static SolutionInput Input(Provider provider) => new(new Dictionary<string, string> { ["en"] = "Lamp" },
        new Dictionary<string, string> { ["en"] = "Dims itself" }, "environment", provider, "pilot", 6, [], null);
}
