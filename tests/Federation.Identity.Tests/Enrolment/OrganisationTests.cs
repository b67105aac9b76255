using Federation.Contracts;

namespace Federation.Identity.Tests.Enrolment;

public sealed class OrganisationTests(EnrolmentNode city) : IClassFixture<EnrolmentNode>
{
    [Fact]
    public async Task Every_change_to_an_organisation_is_in_the_audit_log_with_who_when_before_and_after()
    {
        var created = await city.CreateOrganisationAsync("research", "Institute for Information Industry");
        var admin = await city.AsAsync("admin@taipei");

        var changed = await admin.PutAsJsonAsync($"/api/organisations/{created.Id}",
            new OrganisationRequest("research", new Dictionary<string, string> { ["en"] = "III", ["zh-TW"] = "資策會" }, null));
        var log = await admin.GetFromJsonAsync<ResultPage<AuditEntryResponse>>($"/api/audit?subject=organisation/{created.Id}");

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(["organisation.changed", "organisation.created"], log!.Items.Select(e => e.Action));
        var change = log.Items[0];
        Assert.Equal("admin@taipei", change.ActorName);
        Assert.Equal("Institute for Information Industry", change.Before!.Value.GetProperty("names").GetProperty("en").GetString());
        Assert.Equal("資策會", change.After!.Value.GetProperty("names").GetProperty("zh-TW").GetString());
        Assert.Null(log.Items[1].Before);
    }

    [Fact]
    public async Task An_active_organisation_is_public_and_an_unknown_id_is_named()
    {
        var created = await city.CreateOrganisationAsync("company", "Neihu Semiconductors");

        var shown = await city.Anonymous().GetFromJsonAsync<OrganisationResponse>($"/api/organisations/{created.Id}");
        var notAnId = await city.Anonymous().GetAsync("/api/organisations/not-an-id");

        Assert.Equal(("Neihu Semiconductors", "active", "taipei"), (shown!.Name, shown.Status, shown.City));
        await notAnId.AssertBadRequestNamingAsync("id");
    }

    [Fact]
    public async Task An_organisation_needs_a_known_kind_names_in_language_tags_and_a_web_address()
    {
        var response = await (await city.AsAsync("admin@taipei")).PostAsJsonAsync("/api/organisations",
            new OrganisationRequest("bank", new Dictionary<string, string> { ["english"] = "X" }, "ftp://example.org"));

        var problem = await response.AssertBadRequestNamingAsync("kind");
        Assert.Contains("names.english", problem.Errors!.Keys);
        Assert.Contains("website", problem.Errors.Keys);
    }

    [Fact]
    public async Task An_organisation_whose_people_hold_agency_roles_cannot_become_a_company()
    {
        var agency = await city.CreateOrganisationAsync("agency", "Department of Cultural Affairs");
        await city.EnrolAsync(EnrolmentNode.NewAddress("culture"), agency.Id, "agency");

        var response = await (await city.AsAsync("admin@taipei")).PutAsJsonAsync($"/api/organisations/{agency.Id}",
            new OrganisationRequest("company", new Dictionary<string, string> { ["en"] = "Culture Inc." }, null));

        await response.AssertProblemAsync(HttpStatusCode.Conflict);
    }
}
