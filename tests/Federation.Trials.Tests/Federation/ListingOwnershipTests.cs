using Federation.Contracts.Catalog;
using static Federation.Trials.Tests.Federation.Api;

namespace Federation.Trials.Tests.Federation;

/// <summary>
/// A listing belongs to the organisation that provides it: a company lists and changes its own, an agency lists on
/// behalf of a local organisation it names, and only the owner's people apply for a trial with it.
/// </summary>
[Collection(nameof(TrialsFederation))]
public sealed class ListingOwnershipTests(TrialsFederation federation)
{
    [Fact]
    public async Task A_startup_lists_its_own_solution_and_applies_with_it_for_a_trial_in_another_city()
    {
        var organisation = await federation.Host.OrganisationIdAsync("startup@seoul");

        var listing = await Listings.ListSolutionAsync(await federation.CatalogAs("startup@seoul"), "seoul", "Our own bus stop");
        var trial = await ApplyAsync(await federation.TrialsAs("startup@seoul"), Application(listing.Id, hostCity: "taipei"));

        Assert.Equal((organisation, "seoul startup"), (listing.Provider.OrganisationId, listing.Provider.Name));
        Assert.Equal(listing.Id, trial.SolutionId);
    }

    [Fact]
    public async Task Another_company_s_person_neither_changes_nor_withdraws_nor_applies_with_the_listing()
    {
        var listing = await federation.ListSolutionAsync("seoul", "Hanbit's bus stop");
        var rival = await federation.CreateUserAsync("seoul", "rival-startup", "startup", "seoul rival company");
        var rivalCatalog = await federation.CatalogAs(rival);

        var changed = await rivalCatalog.PutAsJsonAsync($"/api/solutions/{listing.Id}", Change(listing, "Taken over"));
        var withdrawn = await rivalCatalog.DeleteAsync($"/api/solutions/{listing.Id}");
        var applied = await (await federation.TrialsAs(rival)).PostAsJsonAsync("/api/trials", Application(listing.Id));

        foreach (var refused in new[] { changed, withdrawn, applied })
            Assert.Contains(listing.Id.ToString(), (await refused.AssertProblemAsync(HttpStatusCode.Forbidden)).Detail);
        var kept = await federation.AnonymousCatalog("seoul").GetFromJsonAsync<SolutionResponse>($"/api/solutions/{listing.Id}");
        Assert.Equal((listing.Version, listing.Title["en"]), (kept!.Version, kept.Title["en"]));
        Assert.Equal(0, await federation.TrialsOfAsync("seoul", listing.Id));
    }

    [Fact]
    public async Task A_startup_changes_its_own_listing_and_an_agency_s_change_keeps_its_owner()
    {
        var listing = await federation.ListSolutionAsync("seoul");
        var owner = await federation.Host.OrganisationIdAsync("startup@seoul");

        var byStartup = await (await federation.CatalogAs("startup@seoul")).PutAsJsonAsync($"/api/solutions/{listing.Id}", Change(listing, "Renamed"));
        var changed = (await byStartup.Content.ReadFromJsonAsync<SolutionResponse>())!;
        var byAgency = await (await federation.CatalogAs("agency@seoul")).PutAsJsonAsync($"/api/solutions/{listing.Id}", Change(changed, "Edited"));

        await Expect(byStartup, HttpStatusCode.OK);
        await Expect(byAgency, HttpStatusCode.OK);
        Assert.Equal(owner, (await byAgency.Content.ReadFromJsonAsync<SolutionResponse>())!.Provider.OrganisationId);
    }

    [Fact]
    public async Task A_company_naming_another_organisation_as_provider_is_refused()
    {
        var other = await federation.Host.OrganisationIdAsync("agency@seoul");

        var response = await Listings.ListAsync(await federation.CatalogAs("startup@seoul"), "seoul", other);

        Assert.Contains("provider.organisationId", (await response.AssertProblemAsync(HttpStatusCode.Forbidden)).Detail);
    }

    [Fact]
    public async Task An_agency_lists_on_behalf_of_a_local_organisation_whose_startup_applies_with_it()
    {
        var partner = await federation.CreateUserAsync("seoul", "partner-startup", "startup", "seoul partner company");
        var organisation = await federation.Host.OrganisationIdAsync(partner);

        var listing = await Listings.ListSolutionAsync(await federation.CatalogAs("agency@seoul"), "seoul", "Partner's stop", organisation);
        var byPartner = await (await federation.TrialsAs(partner)).PostAsJsonAsync("/api/trials", Application(listing.Id));
        var byOther = await (await federation.TrialsAs("startup@seoul")).PostAsJsonAsync("/api/trials", Application(listing.Id));

        Assert.Equal((organisation, "seoul partner company"), (listing.Provider.OrganisationId, listing.Provider.Name));
        await Expect(byPartner, HttpStatusCode.Created);
        await byOther.AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task An_agency_naming_an_unknown_or_another_city_s_organisation_is_told_which_field()
    {
        var agency = await federation.CatalogAs("agency@seoul");
        var taipeis = await federation.Host.OrganisationIdAsync("startup@taipei");

        await (await Listings.ListAsync(agency, "seoul", Guid.NewGuid())).AssertBadRequestNamingAsync("provider.organisationId");
        await (await Listings.ListAsync(agency, "seoul", taipeis)).AssertBadRequestNamingAsync("provider.organisationId");
    }

    private static UpdateSolutionRequest Change(SolutionResponse s, string title) => new(
        new Dictionary<string, string> { ["en"] = title }, s.Summary, s.Domain, s.Provider with { OrganisationId = null }, s.Maturity, s.Trl,
        s.Tags, s.Contact, s.Version);
}
