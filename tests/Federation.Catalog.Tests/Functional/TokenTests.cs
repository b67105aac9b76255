extern alias identity;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using Federation.Contracts.Identity;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Federation.Catalog.Tests.Functional;

/// <summary>Tokens that are not what taipei's identity service issued, or no longer valid, are refused.</summary>
[Collection(CatalogCollection.Name)]
public sealed class TokenTests(CatalogNode node)
{
    [Fact]
    public async Task A_token_whose_payload_was_altered_is_refused()
    {
        var token = await DevUsers.TokenAsync(node.Federation, "startup@taipei");
        var parts = token.Split('.');
        var payload = Base64UrlEncoder.Decode(parts[1]).Replace("\"startup\"", "\"agency\"");
        var forged = $"{parts[0]}.{Base64UrlEncoder.Encode(payload)}.{parts[2]}";

        var response = await PostListingAsync(node.Taipei.CreateClient(), forged);

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("Bearer error=\"invalid_token\"", response.Headers.WwwAuthenticate.ToString());
    }

    [Fact]
    public async Task A_token_signed_with_another_key_is_refused()
    {
        using var otherKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var forged = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = node.Federation.IdentityUri("taipei"),
            Audience = "federation:taipei",
            Expires = DateTime.UtcNow.AddMinutes(10),
            Claims = new Dictionary<string, object>
            {
                ["sub"] = Guid.NewGuid().ToString(), [FederationClaims.City] = "taipei", [FederationClaims.Role] = Roles.Agency,
            },
            SigningCredentials = new SigningCredentials(new ECDsaSecurityKey(otherKey) { KeyId = "attacker" }, SecurityAlgorithms.EcdsaSha256),
        });

        var response = await PostListingAsync(node.Taipei.CreateClient(), forged);

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task An_expired_token_is_refused()
    {
        var token = await DevUsers.TokenAsync(node.Federation, "agency@taipei");
        // The same catalogue two hours later: the one-hour token has expired.
        await using var later = Catalog("later", services => services.AddSingleton<TimeProvider>(new FakeTimeProvider(DateTimeOffset.UtcNow.AddHours(2))));

        var response = await PostListingAsync(later.CreateClient(), token);

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_token_living_longer_than_the_node_accepts_is_refused()
    {
        await using var strict = Catalog("strict", settings: new() { ["Auth:MaxTokenLifetime"] = "00:10:00" });
        var token = await DevUsers.TokenAsync(node.Federation, "agency@taipei"); // an hour long

        var response = await PostListingAsync(strict.CreateClient(), token);

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("Bearer error=\"invalid_token\"", response.Headers.WwwAuthenticate.ToString());
    }

    [Fact]
    public async Task After_the_issuer_rotates_its_key_the_new_keys_are_fetched_at_once()
    {
        var port = FreePorts.Next();
        await using var catalog = Catalog("rotation", settings: new() { ["Auth:Authority"] = $"http://127.0.0.1:{port}" });
        await using (var issuer = IssuerOn(port, "old-key"))
            Assert.Equal(HttpStatusCode.Created, (await PostListingAsync(catalog.CreateClient(), await TokenFromAsync(port))).StatusCode);

        await using var rotated = IssuerOn(port, "new-key");
        var token = await TokenFromAsync(port);

        // The unknown key asks for the keys again (in the background: the very first such token may still be
        // refused); without that, the old keys would be kept for the 12 h of automatic refresh.
        await Eventually.Async(async () => (await PostListingAsync(catalog.CreateClient(), token)).StatusCode == HttpStatusCode.Created,
            TimeSpan.FromSeconds(5), "a token signed with the issuer's new key to be accepted");
    }

    [Theory]
    [InlineData("Auth:MaxTokenLifetime", "01:00:01")]
    [InlineData("Auth:RequireHttpsMetadata", "true")] // while the authority is http://127.0.0.1:...
    public async Task A_token_setting_the_service_cannot_honour_stops_it_at_start(string key, string value)
    {
        var startup = new StartupFailure();
        await using var catalog = Catalog($"refused-{value}", startup.AddTo, new() { [key] = value });

        Assert.ThrowsAny<Exception>(() => catalog.CreateClient());

        Assert.Contains(key, startup.Reason.Message);
    }

    [Fact]
    public async Task Writes_past_the_per_user_limit_are_answered_429_with_retry_after()
    {
        await using var limited = Catalog("limited", settings: new() { ["RateLimits:WritesPerUserPerMinute"] = "3" });
        var token = await DevUsers.TokenAsync(node.Federation, "agency@taipei");

        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 4; i++) answers.Add(await PostListingAsync(limited.CreateClient(), token));

        Assert.All(answers.Take(3), a => Assert.Equal(HttpStatusCode.Created, a.StatusCode));
        await answers[3].AssertProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.True(answers[3].Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal(HttpStatusCode.OK, (await limited.CreateClient().GetAsync("/api/solutions")).StatusCode);
    }

    [Fact]
    public async Task While_the_identity_service_cannot_be_reached_writes_get_503_and_public_reads_go_on()
    {
        // A catalogue whose token issuer listens nowhere, so it has never fetched the issuer's keys.
        await using var cut = Catalog("cut-off", settings: new() { ["Auth:Authority"] = $"http://127.0.0.1:{FreePorts.Next()}" });
        var token = await DevUsers.TokenAsync(node.Federation, "agency@taipei");

        var write = await PostListingAsync(cut.CreateClient(), token);
        var reader = cut.CreateClient();
        reader.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var read = await reader.GetAsync("/api/solutions");

        await write.AssertProblemAsync(HttpStatusCode.ServiceUnavailable);
        Assert.True(write.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
    }

    private CityService<Program> Catalog(string name, Action<IServiceCollection>? services = null, Dictionary<string, string>? settings = null)
    {
        settings ??= [];
        settings["ConnectionStrings:Catalog"] = $"Data Source={Path.Combine(node.Federation.CityDirectory("taipei"), $"catalog-{name}.db")}";
        return new CityService<Program>(node.Federation, "taipei", "catalog", "Catalog") { TestServices = services, Settings = settings };
    }

    /// <summary>Taipei's identity service on <paramref name="port"/>, signing with the key named <paramref name="key"/>.</summary>
    private CityService<identity::Program> IssuerOn(int port, string key)
    {
        var folder = node.Federation.CityDirectory("taipei");
        var issuer = new CityService<identity::Program>(node.Federation, "taipei", "identity", "Identity")
        {
            Settings = new Dictionary<string, string>
            {
                ["Identity:Issuer"] = $"http://127.0.0.1:{port}",
                ["Identity:TokenKeyFile"] = Path.Combine(folder, $"{key}.pem"),
                ["ConnectionStrings:Identity"] = $"Data Source={Path.Combine(folder, $"identity-{key}.db")}",
            },
        };
        issuer.UseKestrel(port);
        issuer.StartServer();
        return issuer;
    }

    private static async Task<string> TokenFromAsync(int port)
    {
        using var identity = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        var answer = await identity.PostAsJsonAsync("/api/auth/token", new TokenRequest("agency@taipei", DevUsers.Password));
        return (await answer.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<TokenResponse>())!.AccessToken;
    }

    private static Task<HttpResponseMessage> PostListingAsync(HttpClient client, string token)
    {
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client.PostAsJsonAsync("/api/solutions", Samples.Solution());
    }
}
