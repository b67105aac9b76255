namespace Federation.Identity.Tests.Enrolment;

public sealed class LogSecrecyTests(EnrolmentNode city) : IClassFixture<EnrolmentNode>
{
    [Fact]
    public async Task Passwords_one_time_tokens_and_access_tokens_never_reach_the_log()
    {
        var agency = await city.CreateOrganisationAsync("agency", "Department of Secrets");
        var email = EnrolmentNode.NewAddress("secret");
        await city.InviteAsync(await city.AsAsync("admin@taipei"), email, agency.Id, "agency");
        var invitation = await city.LinkTokenAsync(email, "account");
        await city.SetFirstPasswordAsync(invitation, "short"); // refused: its password must not be logged either
        await city.SetFirstPasswordAsync(invitation);
        var access = (await city.Anonymous().TokenForAsync(email, EnrolmentNode.StrongPassword)).AccessToken;
        await city.Anonymous().PostAsJsonAsync("/api/password-resets", new PasswordResetRequest(email));
        var reset = await city.LinkTokenAsync(email, "Reset your password");
        await city.Anonymous().PostAsJsonAsync("/api/password-resets/completion", new NewPasswordRequest(reset, "Another-secret-2026"));
        await city.Anonymous().RequestTokenAsync(email, "Wrong-guess-2026");

        var log = string.Join("\n", city.Logs.Lines);
        Assert.Contains(email, log); // the log is there and names the person
        foreach (var secret in new[] { invitation, reset, EnrolmentNode.StrongPassword, "Another-secret-2026", "Wrong-guess-2026", "short\"", access })
            Assert.DoesNotContain(secret, log);
    }
}
