using System.Net.Http.Json;
using Federation.Contracts.Identity;

namespace Federation.Portal.Tests;

/// <summary>The node's directory kept through the portal: organisations, registrations, people and the audit log.</summary>
[Collection(nameof(PortalNode))]
public sealed class AdminPagesTests(PortalNode node)
{
    [Fact]
    public async Task An_admin_adds_an_organisation_and_invites_a_person_who_appears_as_invited()
    {
        using var browser = node.Browser("en");
        await browser.SignInAsync("admin@taipei");
        var name = $"Lantern Works {Guid.NewGuid():N}";
        var email = $"lamp-{Guid.NewGuid():N}@example.test";

        var added = await browser.PostFormAsync("/admin/organisations", new Dictionary<string, string>
        {
            ["Input.Kind"] = "company", ["Input.NameEn"] = name, ["Input.NameZhTw"] = "燈籠工坊", ["Input.Website"] = "https://lantern.example",
        }, "/admin/organisations?handler=Add");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var organisationId = Regex.Match(await browser.PageAsync("/admin/people"), $"<option value=\"([0-9a-f-]{{36}})\"[^>]*>{name} ").Groups[1].Value;
        Assert.NotEmpty(organisationId);
        var invited = await browser.PostFormAsync("/admin/people", new Dictionary<string, string>
        {
            ["Invite.Email"] = email, ["Invite.DisplayName"] = "Mei Lin", ["Invite.OrganisationId"] = organisationId,
            ["Invite.Roles"] = "startup", ["Invite.Language"] = "zh-TW",
        }, "/admin/people?handler=Invite");

        Assert.Equal(HttpStatusCode.Redirect, invited.StatusCode);
        var people = await browser.PageAsync($"/admin/people?organisationId={organisationId}");
        Assert.Matches($"<td>{Regex.Escape(email)}</td>\\s*<td>{name}</td>\\s*<td>Invited</td>", people);
        Assert.Contains($"&quot;{name}&quot;", await browser.PageAsync("/admin/audit"));
    }

    [Fact]
    public async Task An_agency_approves_a_company_that_registered_itself()
    {
        var name = $"Kite Robotics {Guid.NewGuid():N}";
        var organisation = await RegisterAsync(name);
        using var browser = node.Browser("en");
        await browser.SignInAsync("agency@taipei");
        Assert.Contains(name, await browser.PageAsync("/admin/registrations"));

        var approved = await browser.PostFormAsync("/admin/registrations",
            new Dictionary<string, string> { ["Act"] = "approval", ["OrganisationId"] = organisation.Id.ToString() });

        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Contains($"{name} is approved", await browser.PageAsync("/admin/registrations"));
        var now = await node.Host.Anonymous(PortalNode.City, "identity").GetFromJsonAsync<OrganisationResponse>($"/api/organisations/{organisation.Id}");
        Assert.Equal("active", now!.Status);
    }

    [Fact]
    public async Task A_rejection_without_a_reason_is_refused_beside_its_field()
    {
        var organisation = await RegisterAsync($"Quiet Drones {Guid.NewGuid():N}");
        using var browser = node.Browser("en");
        await browser.SignInAsync("agency@taipei");
        var answer = await browser.PostFormAsync("/admin/registrations",
            new Dictionary<string, string> { ["Act"] = "rejection", ["OrganisationId"] = organisation.Id.ToString(), ["Reason"] = " " });
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Matches("data-valmsg-for=\"Reason\"[^>]*>Say why the registration is rejected.", await answer.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData(null, "/admin/audit", "/account/signin")]
    [InlineData(null, "/admin/people", "/account/signin")]
    [InlineData("startup@taipei", "/admin/audit", "/account/denied")]
    [InlineData("startup@taipei", "/admin/organisations", "/account/denied")]
    [InlineData("startup@taipei", "/admin/registrations", "/account/denied")]
    [InlineData("agency@taipei", "/admin/audit", "/account/denied")]
    [InlineData("admin@taipei", "/admin/registrations", "/account/denied")]
    public async Task A_directory_page_sends_away_whoever_may_not_see_it(string? user, string path, string sentTo)
    {
        using var browser = node.Browser("en");
        if (user is not null) await browser.SignInAsync(user);
        var response = await browser.GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith(sentTo, browser.SentTo(response));
    }

    [Theory]
    [InlineData("zh-TW", "本市的單位", "本節點的人員", "本節點的稽核紀錄")]
    [InlineData("ko", "이 도시의 기관", "이 노드의 사람", "이 노드의 감사 기록")]
    [InlineData("en", "Organisations of this city", "People of this node", "Audit log of this node")]
    public async Task The_admin_pages_speak_every_language_of_the_portal(string language, string organisations, string people, string audit)
    {
        using var browser = node.Browser(language);
        await browser.SignInAsync("admin@taipei");
        Assert.Contains(organisations, await browser.PageAsync("/admin/organisations"));
        Assert.Contains(people, await browser.PageAsync("/admin/people"));
        Assert.Contains(audit, await browser.PageAsync("/admin/audit"));
    }

    [Fact]
    public async Task A_startup_sees_its_own_people_and_invites_only_into_its_own_organisation()
    {
        using var browser = node.Browser("en");
        await browser.SignInAsync("startup@taipei");
        var page = await browser.PageAsync("/admin/people");
        Assert.Contains("startup@taipei", page);
        Assert.DoesNotContain("agency@taipei", page);
        Assert.DoesNotContain("name=\"Invite.OrganisationId\"", page);
        Assert.DoesNotContain("value=\"admin\"", page);
    }

    /// <summary>A company registers itself at the identity service, as the registration page would: pending, for an agency to decide.</summary>
    private async Task<OrganisationResponse> RegisterAsync(string name)
    {
        var registered = await node.Host.Anonymous(PortalNode.City, "identity").PostAsJsonAsync("/api/registrations", new RegistrationRequest(
            new OrganisationRequest("company", new Dictionary<string, string> { ["en"] = name }, null),
            new RegistrantRequest($"founder-{Guid.NewGuid():N}@example.test", "Ji-ho Park", "ko")));
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        return (await registered.Content.ReadFromJsonAsync<RegistrationResponse>())!.Organisation;
    }
}
