namespace Federation.Identity.Tests.Enrolment;

public sealed class PasswordResetTests(EnrolmentNode city) : IClassFixture<EnrolmentNode>
{
    private Task<HttpResponseMessage> RequestResetAsync(string email) =>
        city.Anonymous().PostAsJsonAsync("/api/password-resets", new PasswordResetRequest(email));

    [Fact]
    public async Task A_person_resets_their_password_from_the_mailed_link_and_the_old_one_stops_working()
    {
        var agency = await city.CreateOrganisationAsync("agency", "Department of Health");
        var email = EnrolmentNode.NewAddress("reset");
        await city.EnrolAsync(email, agency.Id, "agency");

        Assert.Equal(HttpStatusCode.Accepted, (await RequestResetAsync(email)).StatusCode);
        var token = await city.LinkTokenAsync(email, "Reset your password");
        var completed = await city.Anonymous().PostAsJsonAsync("/api/password-resets/completion", new NewPasswordRequest(token, "A-new-password-2026"));

        Assert.Equal(HttpStatusCode.OK, completed.StatusCode);
        await (await city.Anonymous().RequestTokenAsync(email, EnrolmentNode.StrongPassword)).AssertProblemAsync(HttpStatusCode.BadRequest);
        await city.Anonymous().TokenForAsync(email, "A-new-password-2026");
    }

    [Fact]
    public async Task An_unknown_address_gets_the_same_answer_and_no_mail()
    {
        var email = EnrolmentNode.NewAddress("nobody");

        var response = await RequestResetAsync(email);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Empty(await city.Inbox.ReceivedAsync(email));
    }

    [Fact]
    public async Task An_invitation_link_does_not_reset_a_password()
    {
        var agency = await city.CreateOrganisationAsync("agency", "Department of Labor");
        var email = EnrolmentNode.NewAddress("mixed");
        await city.InviteAsync(await city.AsAsync("admin@taipei"), email, agency.Id, "agency");
        var invitation = await city.LinkTokenAsync(email, "account");

        var response = await city.Anonymous().PostAsJsonAsync("/api/password-resets/completion", new NewPasswordRequest(invitation, "Sneaky-password-2026"));

        await response.AssertBadRequestNamingAsync("token");
    }

    [Fact]
    public async Task A_reset_request_without_an_address_is_refused_by_name()
    {
        await (await RequestResetAsync("not an address")).AssertBadRequestNamingAsync("email");
        await (await RequestResetAsync("")).AssertBadRequestNamingAsync("email");
    }
}
