using System.Diagnostics;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Federation.Identity.Tests.Enrolment;

/// <summary>
/// The README's command gives a production node (no development people) its first admin, who then enrols the
/// city: the command runs as its own process on the node's configuration, as an operator runs it.
/// </summary>
public sealed class FirstAdminCommandTests : TestsWith<TestFolder>
{
    private const string Admin = "chen.admin@doit.taipei.test";

    [Fact]
    public async Task A_production_node_gets_its_first_admin_by_command_who_sets_a_password_from_the_mail_and_enrols_an_agency()
    {
        await using var inbox = await MailInbox.StartAsync();
        var (exit, output, _) = await RunCommandAsync(inbox, "--email", Admin, "--name", "Chen Mei-ling",
            "--organisation", "Department of Information Technology", "--language", "zh-TW");
        Assert.Equal(0, exit);
        Assert.Contains(Admin, output);
        Assert.DoesNotContain("token=", output); // the link goes by mail only

        using var node = IdentityNode.OnRealPort(Scratch, environment: "Production", mail: inbox);
        var mail = await inbox.WaitForMailAsync(Admin);
        Assert.Contains("帳號", mail.Subject); // in the admin's language: zh-TW
        Assert.Contains("設定密碼", mail.TextBody);
        var token = System.Text.RegularExpressions.Regex.Match(mail.TextBody, @"token=([A-Za-z0-9_-]+)").Groups[1].Value;
        var accepted = await node.CreateClient().PostAsJsonAsync("/api/invitations/acceptance", new NewPasswordRequest(token, EnrolmentNode.StrongPassword));
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);

        // A production node signs people in only by OpenID Connect: the portal's code flow.
        var access = (await Connect.PortalClient.SignInAsync(node, Admin, EnrolmentNode.StrongPassword)).AccessToken!;
        Assert.Equal([Roles.Admin], new JsonWebToken(access).Claims.Where(c => c.Type == FederationClaims.Role).Select(c => c.Value));
        var admin = node.CreateClient();
        admin.DefaultRequestHeaders.Authorization = new("Bearer", access);
        var agency = await admin.PostAsJsonAsync("/api/organisations",
            new OrganisationRequest("agency", new Dictionary<string, string> { ["en"] = "Department of Transportation" }, null));
        var agencyId = (await agency.Content.ReadFromJsonAsync<OrganisationResponse>())!.Id;
        var invited = await admin.PostAsJsonAsync("/api/invitations", new InvitationRequest("lin@dot.taipei.test", "Lin", agencyId, ["agency"], null));
        Assert.Equal(HttpStatusCode.Created, invited.StatusCode);
        await inbox.WaitForMailAsync("lin@dot.taipei.test");
    }

    [Fact]
    public async Task The_command_refuses_a_second_first_admin_and_says_how_to_add_more()
    {
        await using var inbox = await MailInbox.StartAsync();
        Assert.Equal(0, (await RunCommandAsync(inbox, "--email", Admin, "--name", "Chen", "--organisation", "Department of Information Technology")).Exit);

        var (exit, _, errors) = await RunCommandAsync(inbox, "--email", "other@doit.taipei.test", "--name", "Other", "--organisation", "Department of Information Technology");

        Assert.Equal(2, exit);
        Assert.Contains("already has an admin", errors);
    }

    [Fact]
    public async Task The_command_names_what_is_missing()
    {
        await using var inbox = await MailInbox.StartAsync();

        var (exit, _, errors) = await RunCommandAsync(inbox, "--name", "Chen");

        Assert.Equal(2, exit);
        Assert.Contains("Usage: create-admin", errors);
        Assert.Contains("email is required", errors);
        Assert.Contains("organisation is required", errors);
    }

    private async Task<(int Exit, string Output, string Errors)> RunCommandAsync(MailInbox inbox, params string[] options)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Federation.Identity.dll"));
        start.ArgumentList.Add("create-admin");
        foreach (var option in options) start.ArgumentList.Add(option);
        var settings = new Dictionary<string, string?>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["City__Id"] = "taipei",
            ["Federation__MembersFile"] = Scratch.MembersFile,
            ["ConnectionStrings__Identity"] = $"Data Source={Path.Combine(Scratch.CityFolder("taipei"), "identity.db")}",
            ["Identity__Issuer"] = "http://127.0.0.1:5104",
            ["Identity__TokenKeyFile"] = Path.Combine(Scratch.CityFolder("taipei"), "token-key.pem"),
            ["Identity__PortalAddress"] = "http://127.0.0.1:5100",
        };
        foreach (var (key, value) in inbox.Settings()) settings[key.Replace(":", "__")] = value;
        foreach (var (key, value) in settings) start.Environment[key] = value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await errors);
    }
}
