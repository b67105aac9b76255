using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Federation.Contracts.Identity;

namespace Federation.E2E;

/// <summary>
/// How a city's people come to the network, through its portal and its mail: a company registers itself, its
/// person confirms the address from the e-mail, an agency approves it, and the new startup lists its own
/// solution and applies for a trial in another city with it; an invited agency person sets a password from
/// the e-mail and signs in.
/// </summary>
[Collection(nameof(PortalFederation))]
public sealed partial class EnrolmentJourneyTests(PortalFederation federation)
{
    private const string Password = "Gangnam-Mobility-2026";

    [Fact]
    public Task A_seoul_company_registers_is_approved_and_applies_in_taipei_with_its_own_listing() => federation.RunAsync(async session =>
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var company = $"Gangnam Mobility {suffix}";
        var email = $"kim-{suffix}@gangnam-mobility.test";

        var visitor = await session.OpenAsync("seoul");
        await visitor.GetByRole(AriaRole.Link, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await visitor.GetByRole(AriaRole.Link, new() { Name = "Register your organisation" }).ClickAsync();
        await Field(visitor, "Name in English").FillAsync(company);
        await Field(visitor, "Name in Korean").FillAsync($"강남 모빌리티 {suffix}");
        await Field(visitor, "Website (optional)").FillAsync("https://gangnam-mobility.test");
        await Field(visitor, "Your name").FillAsync("Kim Min-jun");
        await Field(visitor, "E-mail address").FillAsync(email);
        await Field(visitor, "Language of our e-mails").SelectOptionAsync("ko");
        await visitor.GetByRole(AriaRole.Button, new() { Name = "Register", Exact = true }).ClickAsync();
        await Expect(visitor.GetByRole(AriaRole.Status)).ToContainTextAsync("waits for an agency of this city");

        // The e-mail, in Korean as asked, leads to the portal's page for the first password.
        var mail = await federation.Inbox.WaitForMailAsync(email);
        Assert.Contains("등록", mail.Subject);
        var confirm = await session.VisitAsync("seoul", LinkIn(mail.TextBody), "registrant");
        await Field(confirm, "New password").FillAsync(Password);
        await Field(confirm, "The same password again").FillAsync(Password);
        await confirm.GetByRole(AriaRole.Button, new() { Name = "Set the password" }).ClickAsync();
        await Expect(confirm.Confirmation()).ToContainTextAsync("Your password is set");

        // Before an agency approves, the sign-in (the identity service's page) says why it cannot happen yet.
        await confirm.GetByRole(AriaRole.Link, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await Field(confirm, "User name").FillAsync(email);
        await Field(confirm, "Password").FillAsync(Password);
        await confirm.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await Expect(confirm.Problem()).ToContainTextAsync("waiting for an agency");

        var organisationId = await ApproveAsync(email);
        var startup = await session.SignInAsync(email, password: Password, city: "seoul");
        await Expect(startup.GetByText(email)).ToBeVisibleAsync();

        // Its own listing, and a trial application in Taipei with it; another company's person cannot use it.
        using var api = await ApiAsAsync(email, "catalog");
        var listing = await api.PostAsJsonAsync("/api/solutions", new
        {
            title = new Dictionary<string, string> { ["en"] = $"Smart crossing {suffix}" },
            summary = new Dictionary<string, string> { ["en"] = "Adaptive pedestrian signals." },
            domain = "transportation", maturity = "pilot", trl = 7,
            provider = new { name = company, homeCity = "seoul" },
        });
        Assert.Equal(HttpStatusCode.Created, listing.StatusCode);
        using var created = JsonDocument.Parse(await listing.Content.ReadAsStringAsync());
        Assert.Equal(organisationId.ToString(), created.RootElement.GetProperty("provider").GetProperty("organisationId").GetString());
        var solutionId = created.RootElement.GetProperty("id").GetString();
        var application = new Federation.Contracts.Trials.ApplyForTrialRequest("taipei", Guid.Parse(solutionId!), null,
            "Safer crossings in Xinyi", "Xinyi Road", [new("Near misses", "per week", 12, 6, null)], 5, 40);
        using var trials = await ApiAsAsync(email, "trials");
        var applied = await trials.PostAsJsonAsync("/api/trials", application);
        Assert.True(applied.StatusCode == HttpStatusCode.Created, await applied.Content.ReadAsStringAsync());
        using var rival = await federation.ApiAsync("startup@seoul", "trials");
        Assert.Equal(HttpStatusCode.Forbidden, (await rival.PostAsJsonAsync("/api/trials", application)).StatusCode);
    });

    [Fact]
    public Task An_invited_agency_person_sets_a_password_from_the_mail_and_signs_in() => federation.RunAsync(async session =>
    {
        var email = $"lin-{Guid.NewGuid().ToString("N")[..8]}@dot.taipei.test";
        using var admin = await federation.ApiAsync("admin@taipei", "identity");
        var agencies = await admin.GetFromJsonAsync<Federation.Contracts.ResultPage<OrganisationResponse>>("/api/organisations?kind=agency&pageSize=100");
        var agency = agencies!.Items.First(o => o.Name == "taipei smart city office");
        var invited = await admin.PostAsJsonAsync("/api/invitations", new InvitationRequest(email, "Lin Yi-chen", agency.Id, ["agency"], "zh-TW"));
        Assert.Equal(HttpStatusCode.Created, invited.StatusCode);

        var mail = await federation.Inbox.WaitForMailAsync(email);
        var page = await session.VisitAsync("taipei", LinkIn(mail.TextBody), "invited");
        await Field(page, "New password").FillAsync(Password);
        await Field(page, "The same password again").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Set the password" }).ClickAsync();
        await Expect(page.Confirmation()).ToContainTextAsync("Your password is set");

        var signedIn = await session.SignInAsync(email, password: Password, city: "taipei");
        await Expect(signedIn.GetByRole(AriaRole.Link, new() { Name = "Our listings" })).ToBeVisibleAsync();
    });

    [Fact]
    public Task An_invited_person_signs_in_with_the_city_id_and_lands_on_the_pages_of_their_role() => federation.RunAsync(async session =>
    {
        var resident = PortalFederation.CityIdResident;
        using var admin = await federation.ApiAsync("admin@taipei", "identity");
        var agency = await federation.Host.OrganisationIdAsync("agency@taipei");
        var invited = await admin.PostAsJsonAsync("/api/invitations", new InvitationRequest(resident.Email, resident.Name, agency, ["agency"], "en"));
        Assert.True(invited.StatusCode is HttpStatusCode.Created or HttpStatusCode.Conflict, await invited.Content.ReadAsStringAsync());

        // No password at this node: TaipeiPASS vouches for the invited address.
        var page = await session.OpenAsync("taipei");
        await page.GetByRole(AriaRole.Link, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in with TaipeiPASS" }).ClickAsync();
        await page.GetByLabel("E-mail").FillAsync(resident.Email);
        await page.GetByLabel("Password").FillAsync(resident.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();

        await Expect(page.GetByText(resident.Email)).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Our listings" })).ToBeVisibleAsync();
        Assert.StartsWith(federation.PortalUrl("taipei"), page.Url);
    });

    private static ILocator Field(IPage page, string label) => page.GetByLabel(label, new() { Exact = true });

    private static string LinkIn(string body) => PortalLink().Match(body).Value;

    /// <summary>Seoul's agency approves the pending registration of the person's organisation; its id.</summary>
    private async Task<Guid> ApproveAsync(string email)
    {
        using var agency = await federation.ApiAsync("agency@seoul", "identity");
        var pending = await agency.GetFromJsonAsync<Federation.Contracts.ResultPage<OrganisationResponse>>("/api/organisations?status=pending&pageSize=100");
        using var admin = await federation.ApiAsync("admin@seoul", "identity");
        var people = await admin.GetFromJsonAsync<Federation.Contracts.ResultPage<PersonResponse>>("/api/people?pageSize=100");
        var organisationId = people!.Items.Single(p => p.UserName == email).OrganisationId;
        Assert.Contains(pending!.Items, o => o.Id == organisationId);
        Assert.Equal(HttpStatusCode.OK, (await agency.PostAsync($"/api/organisations/{organisationId}/approval", null)).StatusCode);
        return organisationId;
    }

    /// <summary>A client of the city's service with the token a new person's own password got.</summary>
    private async Task<HttpClient> ApiAsAsync(string email, string service)
    {
        using var identity = new HttpClient { BaseAddress = new Uri(federation.ServiceUrl("seoul", "identity")) };
        var token = await (await identity.PostAsJsonAsync("/api/auth/token", new TokenRequest(email, Password))).Content.ReadFromJsonAsync<TokenResponse>();
        var client = new HttpClient { BaseAddress = new Uri(federation.ServiceUrl("seoul", service)) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!.AccessToken);
        return client;
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+/account/[a-z-]+\?token=[A-Za-z0-9_-]+")]
    private static partial Regex PortalLink();
}
