namespace Federation.Identity.Tests.Enrolment;

/// <summary>
/// Bodies that also carry what only the node sets (ids, statuses, cities, flags, hashes) have each such field
/// refused by name, and the clean request takes none of them.
/// </summary>
public sealed class MassAssignmentTests(EnrolmentNode city) : IClassFixture<EnrolmentNode>
{
    [Fact]
    public async Task A_new_organisation_takes_no_id_status_or_city_from_the_admin()
    {
        var forged = """
            {"kind": "company", "names": {"en": "Forged Status Ltd"}, "id": "0badc0de-0000-4000-8000-000000000001",
             "status": "suspended", "city": "seoul", "createdAt": "2001-01-01T00:00:00Z", "statusReason": "forged"}
            """;

        var response = await ForgedFields.SendAsync(await city.AsAsync("admin@taipei"), HttpMethod.Post, "/api/organisations", forged);

        var created = (await response.Content.ReadFromJsonAsync<OrganisationResponse>())!;
        Assert.Equal(("active", "taipei", null), (created.Status, created.City, created.StatusReason));
        Assert.NotEqual(Guid.Parse("0badc0de-0000-4000-8000-000000000001"), created.Id);
    }

    [Fact]
    public async Task A_registration_cannot_make_itself_active_or_its_person_an_admin()
    {
        var email = EnrolmentNode.NewAddress("forger");
        var forged = $$"""
            {"organisation": {"kind": "company", "names": {"en": "Forged Active Ltd"}, "status": "active", "city": "seoul"},
             "person": {"email": "{{email}}", "displayName": "Forger", "roles": ["admin"], "isActive": true,
                        "passwordHash": "AQAAAA", "emailConfirmed": true, "organisationId": "0badc0de-0000-4000-8000-000000000001"},
             "status": "active"}
            """;

        var response = await ForgedFields.SendAsync(city.Anonymous(), HttpMethod.Post, "/api/registrations", forged);

        var registered = (await response.Content.ReadFromJsonAsync<RegistrationResponse>())!;
        Assert.Equal(("pending", "taipei"), (registered.Organisation.Status, registered.Organisation.City));
        Assert.Equal(["startup"], registered.Person.Roles);
        Assert.Equal("invited", registered.Person.Status);
        Assert.Equal(registered.Organisation.Id, registered.Person.OrganisationId);
    }

    [Fact]
    public async Task An_invitation_cannot_set_a_password_or_make_the_person_active()
    {
        var agency = await city.CreateOrganisationAsync("agency", "Department of Forged Fields");
        var email = EnrolmentNode.NewAddress("invitee");
        var forged = $$"""
            {"email": "{{email}}", "displayName": "Invitee", "organisationId": "{{agency.Id}}", "roles": ["agency"],
             "password": "Chosen-by-admin-1", "isActive": true, "status": "active", "city": "seoul", "emailConfirmed": true}
            """;

        var response = await ForgedFields.SendAsync(await city.AsAsync("admin@taipei"), HttpMethod.Post, "/api/invitations", forged);

        var invited = (await response.Content.ReadFromJsonAsync<PersonResponse>())!;
        Assert.Equal(("invited", "taipei"), (invited.Status, invited.City));
        await (await city.Anonymous().RequestTokenAsync(email, "Chosen-by-admin-1")).AssertProblemAsync(HttpStatusCode.BadRequest);
    }
}
