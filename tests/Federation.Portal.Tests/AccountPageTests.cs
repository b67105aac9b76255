using Microsoft.Extensions.DependencyInjection;

namespace Federation.Portal.Tests;

/// <summary>The pages an e-mailed link leads to, and a company's registration, with the city's real identity service.</summary>
[Collection(nameof(PortalNode))]
public sealed class AccountPageTests(PortalNode node)
{
    [Fact]
    public async Task A_link_that_is_unknown_or_used_is_told_and_the_password_is_not_set()
    {
        using var browser = node.Browser("en");

        var answer = await browser.PostFormAsync("/account/invitation?token=no-such-token",
            new Dictionary<string, string> { ["Password"] = "Strong-enough-2026", ["ConfirmPassword"] = "Strong-enough-2026" });

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Contains("This link is unknown, already used or expired", await answer.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Two_different_passwords_are_told_beside_the_second()
    {
        using var browser = node.Browser("ko");

        var answer = await browser.PostFormAsync("/account/password-reset?token=whatever",
            new Dictionary<string, string> { ["Password"] = "Strong-enough-2026", ["ConfirmPassword"] = "Strong-enough-2027" });

        Assert.Matches("data-valmsg-for=\"ConfirmPassword\"[^>]*>두 비밀번호가 다릅니다", await answer.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_registration_with_a_bad_address_is_told_beside_the_field_and_a_good_one_waits_for_approval()
    {
        using var browser = node.Browser("en");
        var fields = new Dictionary<string, string>
        {
            ["Input.Kind"] = "company", ["Input.NameEn"] = $"Songshan Sensors {Guid.NewGuid():N}"[..25], ["Input.Website"] = "https://songshan.test",
            ["DisplayName"] = "Wang", ["Email"] = "not-an-address", ["Language"] = "en",
        };

        var bad = await browser.PostFormAsync("/account/register", fields);
        fields["Email"] = $"wang-{Guid.NewGuid():N}@songshan.test";
        var good = await browser.PostFormAsync("/account/register", fields);

        Assert.Matches("data-valmsg-for=\"Email\"[^>]*>Enter an e-mail address.", await bad.Content.ReadAsStringAsync());
        Assert.Contains("waits for an agency of this city to approve it", await good.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_token_of_a_link_and_the_password_chosen_never_reach_the_portals_log()
    {
        var logs = new LogLines();
        await using var portal = new CityService<Program>(node.Federation, PortalNode.City, "portal", "Portal")
            { TestServices = s => s.AddSingleton<Microsoft.Extensions.Logging.ILoggerProvider>(logs) };
        using var browser = new PortalBrowser(portal.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true }), "en");
        const string token = "Secret-link-token-0123456789";

        await browser.PageAsync($"/account/invitation?token={token}");
        await browser.PostFormAsync($"/account/invitation?token={token}",
            new Dictionary<string, string> { ["Password"] = "Secret-password-2026", ["ConfirmPassword"] = "Secret-password-2026" });

        var log = string.Join("\n", logs.Lines);
        Assert.Contains("/Account/Invitation", log); // the page's own lines are there
        Assert.DoesNotContain(token, log);
        Assert.DoesNotContain("Secret-password-2026", log);
    }
}
