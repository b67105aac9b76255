using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Federation.Identity.Tests;

public sealed class TokenTests : TestsWith<TestFolder>
{
    [Fact]
    public async Task A_seeded_user_gets_a_short_lived_token_naming_its_city_organisation_and_role()
    {
        using var node = new IdentityNode(Scratch);
        var client = node.CreateClient();

        var answer = await client.TokenForAsync("agency@taipei");

        var user = await node.FindUserAsync("agency@taipei");
        var token = new JsonWebToken(answer.AccessToken);
        Assert.Equal("Bearer", answer.TokenType);
        Assert.InRange(answer.ExpiresIn, 1, 3600);
        Assert.Equal("ES256", token.Alg);
        Assert.False(string.IsNullOrEmpty(token.Kid));
        Assert.Equal(node.Issuer + "/", token.Issuer); // as discovery names it
        Assert.Equal(["federation:taipei"], token.Audiences);
        Assert.Equal(user!.Id, token.Subject);
        Assert.Equal("agency@taipei", token.GetClaim("name").Value);
        Assert.Equal("taipei", token.GetClaim(FederationClaims.City).Value);
        Assert.Equal("taipei smart city office", token.GetClaim(FederationClaims.Organisation).Value);
        Assert.Equal([Roles.Agency], token.Claims.Where(c => c.Type == FederationClaims.Role).Select(c => c.Value));
        Assert.False(string.IsNullOrEmpty(token.Id));
        Assert.InRange(token.ValidTo - token.IssuedAt, TimeSpan.FromSeconds(1), TimeSpan.FromHours(1));
    }

    [Fact]
    public async Task Token_times_come_from_the_clock_and_the_configured_lifetime()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
        using var node = new IdentityNode(Scratch)
        {
            Settings = { ["Identity:TokenLifetime"] = "00:10:00" },
            TestServices = s => s.AddSingleton<TimeProvider>(clock),
        };

        var answer = await node.CreateClient().TokenForAsync("judge@taipei");

        var token = new JsonWebToken(answer.AccessToken);
        Assert.Equal(600, answer.ExpiresIn);
        Assert.Equal(clock.GetUtcNow().UtcDateTime, token.IssuedAt);
        Assert.Equal(clock.GetUtcNow().UtcDateTime, token.ValidFrom);
        Assert.Equal(clock.GetUtcNow().AddMinutes(10).UtcDateTime, token.ValidTo);
    }

    [Fact]
    public void A_token_lifetime_over_one_hour_is_refused_at_start()
    {
        var startup = new StartupFailure();
        using var node = new IdentityNode(Scratch) { Settings = { ["Identity:TokenLifetime"] = "01:00:01" }, TestServices = startup.AddTo };

        Assert.ThrowsAny<Exception>(() => node.CreateClient());

        // Why, as the host reports it: CreateClient may throw an ObjectDisposedException instead (see StartupFailure).
        Assert.Contains("TokenLifetime", Messages(startup.Reason));
    }

    [Fact]
    public void An_issuer_that_is_not_an_absolute_address_is_refused_at_start()
    {
        var startup = new StartupFailure();
        using var node = new IdentityNode(Scratch) { Issuer = "identity.taipei", TestServices = startup.AddTo };

        Assert.ThrowsAny<Exception>(() => node.CreateClient());

        Assert.Contains("Identity:Issuer", Messages(startup.Reason));
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_user_get_the_same_answer()
    {
        using var node = new IdentityNode(Scratch);
        var client = node.CreateClient();

        var wrongPassword = await client.RequestTokenAsync("agency@taipei", "not-the-password");
        var unknownUser = await client.RequestTokenAsync("nobody@taipei", TestFolder.DevPassword);

        Assert.Equal(HttpStatusCode.BadRequest, wrongPassword.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unknownUser.StatusCode);
        var (a, b) = (await wrongPassword.ProblemAsync(), await unknownUser.ProblemAsync());
        Assert.Equal("invalid_grant", a.Text("error"));
        foreach (var field in new[] { "status", "title", "detail", "error", "type" })
            Assert.Equal(a.Text(field), b.Text(field));
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        using var node = new IdentityNode(Scratch);
        var client = node.CreateClient();

        for (var attempt = 1; attempt <= 5; attempt++)
            Assert.Equal("invalid_grant", (await (await client.RequestTokenAsync("startup@taipei", "guess")).ProblemAsync()).Text("error"));
        var sixth = await client.RequestTokenAsync("startup@taipei", TestFolder.DevPassword);

        Assert.Equal(HttpStatusCode.BadRequest, sixth.StatusCode);
        var problem = await sixth.ProblemAsync();
        Assert.Equal("The account is locked", problem.Text("title"));
        Assert.Equal("True", problem.Text("locked"));
    }

    [Fact]
    public async Task A_successful_sign_in_resets_the_count_of_failed_attempts()
    {
        using var node = new IdentityNode(Scratch);
        var client = node.CreateClient();

        for (var attempt = 1; attempt <= 4; attempt++) await client.RequestTokenAsync("judge@taipei", "guess");
        await client.TokenForAsync("judge@taipei");
        for (var attempt = 1; attempt <= 4; attempt++) await client.RequestTokenAsync("judge@taipei", "guess");

        var response = await client.RequestTokenAsync("judge@taipei", TestFolder.DevPassword);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Missing_fields_are_named_in_a_validation_problem()
    {
        using var node = new IdentityNode(Scratch);
        var client = node.CreateClient();

        var noPassword = await (await client.RequestTokenAsync("agency@taipei", null)).ProblemAsync();
        var nothing = await (await client.RequestTokenAsync(" ", "")).ProblemAsync();

        Assert.Equal("400", noPassword.Text("status"));
        Assert.Equal(["password"], noPassword.GetProperty("errors").EnumerateObject().Select(p => p.Name));
        Assert.Equal(["password", "username"], nothing.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order());
    }

    [Fact]
    public async Task Malformed_json_is_a_400_problem()
    {
        using var node = new IdentityNode(Scratch);

        var response = await node.CreateClient().PostAsync(Api.TokenPath,
            new StringContent("{\"username\": \"agency@taipei\", ", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.ProblemAsync()).TryGetProperty("errors", out _));
    }

    private static string Messages(Exception error) =>
        string.Join(" | ", Flatten(error).Select(e => e.Message));

    private static IEnumerable<Exception> Flatten(Exception error) =>
        error is AggregateException all
            ? all.InnerExceptions.SelectMany(Flatten)
            : error.InnerException is null ? [error] : [error, .. Flatten(error.InnerException)];
}
