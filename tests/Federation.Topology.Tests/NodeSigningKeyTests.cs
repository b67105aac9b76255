using System.Security.Cryptography;
using System.Text;
using Federation.Members;

namespace Federation.Topology.Tests;

public sealed class NodeSigningKeyTests : TestsWith<TempFolder>
{
    [Fact]
    public void A_missing_key_is_created_owner_only_in_a_new_folder_and_loaded_unchanged_afterwards()
    {
        var path = Path.Combine(Scratch.Path, "taipei", "signing-key.pem");

        using var created = NodeSigningKey.LoadOrCreate(path);
        using var loaded = NodeSigningKey.LoadOrCreate(path);

        Assert.Equal(NodeSigningKey.PublicKeyOf(created), NodeSigningKey.PublicKeyOf(loaded));
        Assert.StartsWith("-----BEGIN PRIVATE KEY-----", File.ReadAllText(path));
        if (!OperatingSystem.IsWindows())
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        Assert.Equal(256, loaded.KeySize);
    }

    [Fact]
    public void The_public_key_of_the_member_list_verifies_what_the_node_key_signed_and_nothing_else()
    {
        using var node = NodeSigningKey.LoadOrCreate(Scratch.File("node.pem"));
        using var other = NodeSigningKey.LoadOrCreate(Scratch.File("other.pem"));
        var data = Encoding.UTF8.GetBytes("federation-message-v1");
        var signature = node.SignData(data, HashAlgorithmName.SHA256);

        using var published = NodeSigningKey.FromPublicKey(NodeSigningKey.PublicKeyOf(node));
        using var wrong = NodeSigningKey.FromPublicKey(NodeSigningKey.PublicKeyOf(other));

        Assert.True(published.VerifyData(data, signature, HashAlgorithmName.SHA256));
        Assert.False(wrong.VerifyData(data, signature, HashAlgorithmName.SHA256));
        Assert.False(published.VerifyData(Encoding.UTF8.GetBytes("federation-message-v2"), signature, HashAlgorithmName.SHA256));
    }

    [Fact]
    public void A_key_file_that_is_not_a_pem_key_is_rejected_naming_the_file()
    {
        var path = Scratch.File("signing-key.pem");
        File.WriteAllText(path, "not a key");

        var error = Assert.Throws<InvalidDataException>(() => NodeSigningKey.LoadOrCreate(path));

        Assert.StartsWith(path, error.Message);
    }

    [Fact]
    public void A_public_key_of_another_curve_is_refused()
    {
        using var p384 = ECDsa.Create(ECCurve.NamedCurves.nistP384);

        Assert.Throws<InvalidDataException>(() => NodeSigningKey.FromPublicKey(NodeSigningKey.PublicKeyOf(p384)));
    }
}
