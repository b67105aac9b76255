using Federation.Contracts;

namespace Federation.Identity.Tests.Enrolment;

public sealed class PeopleTests(EnrolmentNode city) : IClassFixture<EnrolmentNode>
{
    [Fact]
    public async Task A_deactivated_person_can_no_longer_get_a_token_until_reactivated()
    {
        var agency = await city.CreateOrganisationAsync("agency", "Department of Finance");
        var email = EnrolmentNode.NewAddress("leaver");
        await city.EnrolAsync(email, agency.Id, "agency");
        var person = await PersonAsync(email);
        var admin = await city.AsAsync("admin@taipei");

        var deactivated = await admin.PostAsync($"/api/people/{person.Id}/deactivation", null);

        Assert.Equal("deactivated", (await deactivated.Content.ReadFromJsonAsync<PersonResponse>())!.Status);
        var refused = await city.Anonymous().RequestTokenAsync(email, EnrolmentNode.StrongPassword);
        Assert.Equal("The account is deactivated", (await refused.AssertProblemAsync(HttpStatusCode.BadRequest)).Title);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/people/{person.Id}/reactivation", null)).StatusCode);
        await city.Anonymous().TokenForAsync(email, EnrolmentNode.StrongPassword);
    }

    [Fact]
    public async Task Suspending_an_organisation_stops_its_people_and_reinstating_it_lets_them_back()
    {
        var company = await city.CreateOrganisationAsync("company", "Beitou Energy");
        var email = EnrolmentNode.NewAddress("suspended");
        await city.EnrolAsync(email, company.Id, "startup");
        var admin = await city.AsAsync("admin@taipei");

        var suspension = await admin.PostAsJsonAsync($"/api/organisations/{company.Id}/suspension", new OrganisationDecisionRequest("Unpaid fees"));

        Assert.Equal(HttpStatusCode.OK, suspension.StatusCode);
        var refused = await city.Anonymous().RequestTokenAsync(email, EnrolmentNode.StrongPassword);
        Assert.Contains("Unpaid fees", (await refused.AssertProblemAsync(HttpStatusCode.BadRequest)).Detail);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/organisations/{company.Id}/reinstatement", null)).StatusCode);
        await city.Anonymous().TokenForAsync(email, EnrolmentNode.StrongPassword);
    }

    [Fact]
    public async Task An_admin_changes_roles_within_what_the_organisation_allows_and_the_token_follows()
    {
        var agency = await city.CreateOrganisationAsync("agency", "Department of Civil Servants");
        var email = EnrolmentNode.NewAddress("promoted");
        await city.EnrolAsync(email, agency.Id, "agency");
        var person = await PersonAsync(email);
        var admin = await city.AsAsync("admin@taipei");

        var changed = await admin.PutAsJsonAsync($"/api/people/{person.Id}/roles", new RolesRequest(["agency", "judge"]));
        var misfit = await admin.PutAsJsonAsync($"/api/people/{person.Id}/roles", new RolesRequest(["startup"]));
        var none = await admin.PutAsJsonAsync($"/api/people/{person.Id}/roles", new RolesRequest([]));

        Assert.Equal(["agency", "judge"], (await changed.Content.ReadFromJsonAsync<PersonResponse>())!.Roles);
        await misfit.AssertBadRequestNamingAsync("roles[0]");
        await none.AssertBadRequestNamingAsync("roles");
        var token = new Microsoft.IdentityModel.JsonWebTokens.JsonWebToken((await city.Anonymous().TokenForAsync(email, EnrolmentNode.StrongPassword)).AccessToken);
        Assert.Equal(["agency", "judge"], token.Claims.Where(c => c.Type == FederationClaims.Role).Select(c => c.Value).Order());
    }

    [Fact]
    public async Task The_last_admin_cannot_be_demoted_and_no_admin_deactivates_themselves()
    {
        var admin = await city.AsAsync("admin@taipei");
        var self = await PersonAsync("admin@taipei");

        var demoted = await admin.PutAsJsonAsync($"/api/people/{self.Id}/roles", new RolesRequest(["agency"]));
        var deactivated = await admin.PostAsync($"/api/people/{self.Id}/deactivation", null);

        await demoted.AssertProblemAsync(HttpStatusCode.Conflict);
        await deactivated.AssertProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_person_who_is_not_admin_sees_only_their_own_organisations_people()
    {
        var company = await city.CreateOrganisationAsync("company", "Wanhua Foods Tech");
        var email = EnrolmentNode.NewAddress("colleague");
        var person = await city.EnrolAsync(email, company.Id, "startup");
        var agencyPerson = await PersonAsync("agency@taipei");

        var own = await person.GetFromJsonAsync<ResultPage<PersonResponse>>("/api/people");
        var other = await person.GetAsync($"/api/people?organisationId={agencyPerson.OrganisationId}");
        var someoneElse = await person.GetAsync($"/api/people/{agencyPerson.Id}");

        Assert.Equal([email], own!.Items.Select(p => p.UserName));
        await other.AssertProblemAsync(HttpStatusCode.Forbidden);
        await someoneElse.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    private async Task<PersonResponse> PersonAsync(string userName)
    {
        var page = await (await city.AsAsync("admin@taipei")).GetFromJsonAsync<ResultPage<PersonResponse>>("/api/people?pageSize=100");
        return page!.Items.Single(p => p.UserName == userName);
    }
}
