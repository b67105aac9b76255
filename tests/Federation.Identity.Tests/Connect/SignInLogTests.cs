namespace Federation.Identity.Tests.Connect;

public sealed class SignInLogTests : TestsWith<TestFolder>
{
    [Fact]
    public async Task Passwords_codes_tokens_and_the_client_secret_of_the_code_flow_never_reach_the_log()
    {
        var logs = new LogLines();
        using var node = IdentityNode.OnRealPort(Scratch, s => s.AddSingleton<Microsoft.Extensions.Logging.ILoggerProvider>(logs));
        using var browser = new CodeFlow();
        var signIn = await PortalClient.AuthorizeAsync(browser, node);
        await browser.SubmitAsync(signIn, PortalClient.Password("agency@taipei", "Wrong-guess-2026"), null, default);
        var signedIn = await browser.SubmitAsync(signIn, PortalClient.Password("agency@taipei"), null, default);
        var tokens = await browser.RedeemCodeAsync(signedIn, node.PortalClientSecret, default);
        var refreshed = await PortalClient.RefreshAsync(node, tokens.RefreshToken!);
        Assert.Equal(HttpStatusCode.OK, refreshed.Status);

        var log = string.Join("\n", logs.Lines);
        Assert.Contains("client portal registered", log); // the log is there
        foreach (var secret in new[] { "Wrong-guess-2026", TestFolder.DevPassword, signedIn.Code!, signIn.CodeVerifier, node.PortalClientSecret,
                     tokens.AccessToken!, tokens.RefreshToken!, tokens.IdToken!, refreshed.AccessToken!, refreshed.RefreshToken! })
            Assert.DoesNotContain(secret, log);
    }
}
