namespace Federation.Identity.Tests.Enrolment;

public sealed class RegistrationTests(EnrolmentNode city) : IClassFixture<EnrolmentNode>
{
    private static RegistrationRequest Registration(string name, string email, string kind = "company") => new(
        new OrganisationRequest(kind, new Dictionary<string, string> { ["en"] = name, ["ko"] = $"{name} 주식회사" }, "https://example.org"),
        new RegistrantRequest(email, "Kim Min-jun", "ko"));

    private async Task<RegistrationResponse> RegisterAsync(string name, string email)
    {
        var response = await city.Anonymous().PostAsJsonAsync("/api/registrations", Registration(name, email));
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<RegistrationResponse>())!;
    }

    [Fact]
    public async Task A_registered_company_signs_in_only_after_an_agency_of_the_city_approves_it()
    {
        var email = EnrolmentNode.NewAddress("kim");
        var registered = await RegisterAsync("Gangnam Mobility", email);
        Assert.Equal(("pending", "company"), (registered.Organisation.Status, registered.Organisation.Kind));
        Assert.Equal(["startup"], registered.Person.Roles);

        // The mail is in the registrant's language; the link confirms the address and sets the password.
        var token = await city.LinkTokenAsync(email, "등록");
        Assert.Equal(HttpStatusCode.OK, (await city.SetFirstPasswordAsync(token)).StatusCode);
        var waiting = await city.Anonymous().RequestTokenAsync(email, EnrolmentNode.StrongPassword);
        Assert.Contains("waiting for an agency", (await waiting.AssertProblemAsync(HttpStatusCode.BadRequest)).Detail);

        var approval = await (await city.AsAsync("agency@taipei")).PostAsync($"/api/organisations/{registered.Organisation.Id}/approval", null);

        Assert.Equal(HttpStatusCode.OK, approval.StatusCode);
        await city.Inbox.WaitForMailAsync(email, m => m.Subject.Contains("승인되었습니다"));
        await city.Anonymous().TokenForAsync(email, EnrolmentNode.StrongPassword);
    }

    [Fact]
    public async Task A_rejected_registration_tells_its_person_why_and_never_signs_in()
    {
        var email = EnrolmentNode.NewAddress("rejected");
        var registered = await RegisterAsync("Shady Holdings", email);
        await city.SetFirstPasswordAsync(await city.LinkTokenAsync(email, "등록"));

        var rejection = await (await city.AsAsync("agency@taipei")).PostAsJsonAsync(
            $"/api/organisations/{registered.Organisation.Id}/rejection", new OrganisationDecisionRequest("No business registration number was given."));

        Assert.Equal(HttpStatusCode.OK, rejection.StatusCode);
        var mail = await city.Inbox.WaitForMailAsync(email, m => m.Subject.Contains("승인되지"));
        Assert.Contains("No business registration number was given.", mail.TextBody);
        var refused = await city.Anonymous().RequestTokenAsync(email, EnrolmentNode.StrongPassword);
        Assert.Contains("rejected", (await refused.AssertProblemAsync(HttpStatusCode.BadRequest)).Detail);
    }

    [Fact]
    public async Task A_company_cannot_register_itself_as_a_city_agency()
    {
        var response = await city.Anonymous().PostAsJsonAsync("/api/registrations",
            Registration("Fake Bureau", EnrolmentNode.NewAddress("fake"), kind: "agency"));

        await response.AssertBadRequestNamingAsync("organisation.kind");
    }

    [Fact]
    public async Task A_registration_without_a_person_is_refused_by_name()
    {
        var response = await city.Anonymous().PostAsJsonAsync("/api/registrations",
            new RegistrationRequest(Registration("Lonely Ltd", "x@y.test").Organisation, null));

        await response.AssertBadRequestNamingAsync("person");
    }

    [Fact]
    public async Task Only_a_pending_registration_can_be_decided()
    {
        var email = EnrolmentNode.NewAddress("decided");
        var registered = await RegisterAsync("Songpa Drones", email);
        var agency = await city.AsAsync("agency@taipei");
        await agency.PostAsync($"/api/organisations/{registered.Organisation.Id}/approval", null);

        var again = await agency.PostAsJsonAsync($"/api/organisations/{registered.Organisation.Id}/rejection", new OrganisationDecisionRequest("Too late"));

        await again.AssertProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_pending_registration_is_not_shown_to_the_public_but_is_listed_for_the_citys_agencies()
    {
        var registered = await RegisterAsync("Mapo Analytics", EnrolmentNode.NewAddress("mapo"));

        var anonymous = await city.Anonymous().GetAsync($"/api/organisations/{registered.Organisation.Id}");
        var pending = await (await city.AsAsync("agency@taipei")).GetFromJsonAsync<Federation.Contracts.ResultPage<OrganisationResponse>>(
            "/api/organisations?status=pending&pageSize=100");

        await anonymous.AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Contains(pending!.Items, o => o.Id == registered.Organisation.Id);
    }
}
