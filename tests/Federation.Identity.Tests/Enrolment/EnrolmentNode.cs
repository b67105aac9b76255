using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace Federation.Identity.Tests.Enrolment;

/// <summary>
/// Taipei's identity node with the development people (admin@taipei, agency@taipei, ...) and a real SMTP
/// server whose inbox the tests read. Tests share it, so each enrols people and organisations of its own.
/// </summary>
public sealed partial class EnrolmentNode : IAsyncLifetime
{
    public const string StrongPassword = "Correct-horse-battery-9";
    private readonly TestFolder _folder = new();

    public MailInbox Inbox { get; private set; } = null!;
    public IdentityNode Node { get; private set; } = null!;

    /// <summary>Everything the node logged, for the tests of what it must never log.</summary>
    public LogLines Logs { get; } = new();

    public async Task InitializeAsync()
    {
        Inbox = await MailInbox.StartAsync();
        Node = new IdentityNode(_folder) { Mail = Inbox, TestServices = s => s.AddSingleton<Microsoft.Extensions.Logging.ILoggerProvider>(Logs) };
        Node.CreateClient();
    }

    public async Task DisposeAsync()
    {
        Node.Dispose();
        await Inbox.DisposeAsync();
        _folder.Dispose();
    }

    public HttpClient Anonymous() => Node.CreateClient();

    public async Task<HttpClient> AsAsync(string user, string password = TestFolder.DevPassword)
    {
        var client = Node.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await client.TokenForAsync(user, password)).AccessToken);
        return client;
    }

    /// <summary>An address no other test uses.</summary>
    public static string NewAddress(string who) => $"{who}-{Guid.NewGuid():N}"[..(who.Length + 9)] + "@people.federation.test";

    public async Task<OrganisationResponse> CreateOrganisationAsync(string kind, string name)
    {
        var response = await (await AsAsync("admin@taipei")).PostAsJsonAsync("/api/organisations",
            new OrganisationRequest(kind, new Dictionary<string, string> { ["en"] = name, ["zh-TW"] = $"{name}（中文）" }, "https://example.org"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<OrganisationResponse>())!;
    }

    public async Task<PersonResponse> InviteAsync(HttpClient by, string email, Guid organisationId, params string[] roles)
    {
        var response = await by.PostAsJsonAsync("/api/invitations", new InvitationRequest(email, "Invited Person", organisationId, roles, "en"));
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<PersonResponse>())!;
    }

    /// <summary>The one-time token of the newest mail to <paramref name="email"/> whose subject says <paramref name="subject"/>.</summary>
    public async Task<string> LinkTokenAsync(string email, string subject)
    {
        var mail = await Inbox.WaitForMailAsync(email, m => m.Subject.Contains(subject, StringComparison.OrdinalIgnoreCase));
        return TokenInLink().Match(mail.TextBody).Groups[1].Value;
    }

    public Task<HttpResponseMessage> SetFirstPasswordAsync(string token, string password = StrongPassword) =>
        Anonymous().PostAsJsonAsync("/api/invitations/acceptance", new NewPasswordRequest(token, password));

    /// <summary>Invites into the organisation, reads the mail, sets the password: an active person, signed in.</summary>
    public async Task<HttpClient> EnrolAsync(string email, Guid organisationId, params string[] roles)
    {
        await InviteAsync(await AsAsync("admin@taipei"), email, organisationId, roles);
        Assert.Equal(HttpStatusCode.OK, (await SetFirstPasswordAsync(await LinkTokenAsync(email, "account"))).StatusCode);
        return await AsAsync(email, StrongPassword);
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:5100/account/[a-z-]+\?token=([A-Za-z0-9_-]+)")]
    private static partial Regex TokenInLink();
}
