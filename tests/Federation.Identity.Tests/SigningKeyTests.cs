using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Federation.Identity.Tests;

public sealed class SigningKeyTests : TestsWith<TestFolder>
{
    [Fact]
    public async Task The_key_is_generated_for_the_owner_only_and_kept_across_restarts()
    {
        string firstKid;
        using (var node = new IdentityNode(Scratch)) firstKid = (await KeyAsync(node)).GetProperty("kid").GetString()!;
        var pem = File.ReadAllText(Path.Combine(Scratch.CityFolder("taipei"), "token-key.pem"));

        using var restarted = new IdentityNode(Scratch);
        var secondKid = (await KeyAsync(restarted)).GetProperty("kid").GetString();

        Assert.StartsWith("-----BEGIN PRIVATE KEY-----", pem);
        Assert.Equal(firstKid, secondKid);
        if (!OperatingSystem.IsWindows())
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(restarted.KeyFile));
    }

    [Fact]
    public async Task A_supplied_key_signs_the_tokens_and_only_its_public_half_is_published()
    {
        using var supplied = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var node = new IdentityNode(Scratch);
        Directory.CreateDirectory(Path.GetDirectoryName(node.KeyFile)!);
        File.WriteAllText(node.KeyFile, supplied.ExportPkcs8PrivateKeyPem());
        using var started = node;

        var published = await KeyAsync(node);
        var token = (await node.CreateClient().TokenForAsync("agency@taipei")).AccessToken;

        var q = supplied.ExportParameters(false).Q;
        Assert.Equal(Base64UrlEncoder.Encode(q.X!), published.GetProperty("x").GetString());
        Assert.Equal(Base64UrlEncoder.Encode(q.Y!), published.GetProperty("y").GetString());
        Assert.False(published.TryGetProperty("d", out _));
        var check = await new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidateIssuer = false,
            ValidateAudience = false,
            IssuerSigningKey = new ECDsaSecurityKey(supplied),
        });
        Assert.True(check.IsValid, check.Exception?.Message);
    }

    [Fact]
    public void A_key_file_that_holds_no_key_stops_the_node_at_start()
    {
        var startup = new StartupFailure();
        var node = new IdentityNode(Scratch) { TestServices = startup.AddTo };
        Directory.CreateDirectory(Path.GetDirectoryName(node.KeyFile)!);
        File.WriteAllText(node.KeyFile, "not a key");
        using var broken = node;

        Assert.ThrowsAny<Exception>(() => node.CreateClient());
        // Why, as the host reports it: CreateClient may throw an ObjectDisposedException instead (see StartupFailure).
        Assert.Contains("Identity:TokenKeyFile", Assert.IsType<InvalidOperationException>(startup.Reason).Message);
    }

    private static async Task<JsonElement> KeyAsync(IdentityNode node)
    {
        var jwks = await node.CreateClient().GetFromJsonAsync<JsonElement>("/.well-known/jwks");
        return Assert.Single(jwks.GetProperty("keys").EnumerateArray().ToList());
    }
}
