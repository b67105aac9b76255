using Federation.Members;

namespace Federation.Catalog.Tests.Federation;

[Collection(nameof(CatalogFederation))]
public sealed class NodeKeyTests(CatalogFederation federation)
{
    [Fact]
    public async Task A_catalog_whose_signing_key_is_not_the_member_lists_refuses_to_start_and_prints_its_public_key()
    {
        var keyFile = Path.Combine(federation.Brokers.Root, "stray-node", "signing-key.pem");
        var startup = new StartupFailure();
        await using var stray = new CityService<Program>(federation.Brokers, "seoul", "catalog", "Catalog")
        {
            Settings = new Dictionary<string, string> { ["Federation:SigningKeyFile"] = keyFile },
            TestServices = startup.AddTo,
        };

        Assert.ThrowsAny<Exception>(() => stray.CreateClient());

        // Not the exception CreateClient threw: on a busy machine that can be an ObjectDisposedException (see StartupFailure).
        var refused = startup.Reason;
        using var created = NodeSigningKey.LoadOrCreate(keyFile); // the service created it at start
        Assert.Contains("has a publicKey that is not this node's for city 'seoul'", refused.Message);
        Assert.Contains($"publicKey: {NodeSigningKey.PublicKeyOf(created)}", refused.Message);
    }
}
