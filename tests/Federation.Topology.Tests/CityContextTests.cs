using System.Text.RegularExpressions;
using Federation.Launcher;
using Federation.Members;

namespace Federation.Topology.Tests;

public sealed partial class CityContextTests : TestsWith<TempFolder>
{
    private readonly MemberList _members = MemberList.Load(Repository.MembersFile);
    private readonly CityContext _seoul;

    public CityContextTests()
    {
        var secrets = BrokerSecrets.LoadOrCreate(Scratch.File("broker-secrets.json"), _members);
        _seoul = new CityContext(_members.Get("seoul"), "/data/seoul", Repository.MembersFile, secrets) { Root = "/repo", Mail = new MailEndpoint("127.0.0.1", 5025) };
    }

    [Fact]
    public void Another_services_port_is_filled_from_the_member_list()
    {
        Assert.Equal("http://127.0.0.1:5204", _seoul.Fill("http://127.0.0.1:{port:identity}", 5201));
    }

    [Fact]
    public void A_placeholder_typo_is_rejected_naming_it()
    {
        var error = Assert.Throws<InvalidDataException>(() => _seoul.Fill("amqp://{broker.host}:{broker.port}", 5201));

        Assert.Contains("{broker.port}", error.Message);
    }

    [Fact]
    public void Fill_replaces_every_placeholder_the_tye_file_header_lists()
    {
        var expected = new Dictionary<string, string>
        {
            ["{city}"] = "seoul",
            ["{data}"] = "/data/seoul",
            ["{members}"] = Repository.MembersFile,
            ["{root}"] = "/repo",
            ["{port}"] = "5201",
            ["{broker.host}"] = "127.0.0.1",
            ["{broker.amqpPort}"] = "5702",
            ["{broker.user}"] = "seoul",
            ["{broker.password}"] = _seoul.Secrets.ServicesPassword("seoul"),
            ["{mail.host}"] = "127.0.0.1",
            ["{mail.smtpPort}"] = "5025",
        };

        var listed = HeaderPlaceholders();

        Assert.Equal(expected.Keys.Order(), listed.Order());
        Assert.All(listed, placeholder => Assert.Equal(expected[placeholder], _seoul.Fill($"<{placeholder}>", 5201)[1..^1]));
    }

    [Fact]
    public void Filled_catalog_environment_has_no_placeholder_left()
    {
        var catalog = TyeFile.Load(Repository.TyeFile).Services.Single(s => s.Name == "catalog");

        var filled = catalog.Env.ToDictionary(e => e.Name, e => _seoul.Fill(e.Value, _seoul.PortOf("catalog")));

        Assert.NotEmpty(filled);
        Assert.All(filled, e => Assert.DoesNotContain("{", e.Value));
        Assert.Equal("http://127.0.0.1:5201", filled["ASPNETCORE_URLS"]);
        Assert.Equal("Data Source=/data/seoul/catalog.db", filled["ConnectionStrings__Catalog"]);
    }

    [Fact]
    public void A_mail_placeholder_without_a_mail_server_in_the_tye_file_says_so()
    {
        var withoutMail = _seoul with { Mail = null };

        var error = Assert.Throws<InvalidDataException>(() => withoutMail.Fill("{mail.smtpPort}", 5204));

        Assert.Contains("no service has `kind: smtp4dev`", error.Message);
    }

    [Fact]
    public void Filled_identity_environment_sends_its_mail_to_the_federations_mail_server()
    {
        var identity = TyeFile.Load(Repository.TyeFile).Services.Single(s => s.Name == "identity");

        var filled = identity.Env.ToDictionary(e => e.Name, e => _seoul.Fill(e.Value, _seoul.PortOf("identity")));

        Assert.Equal(("127.0.0.1", "5025"), (filled["Mail__Host"], filled["Mail__Port"]));
        Assert.Equal("no-reply@seoul.federation.test", filled["Mail__FromAddress"]);
    }

    [Fact]
    public void PortOf_a_service_the_member_list_has_no_port_for_names_the_city_and_service()
    {
        var error = Assert.Throws<InvalidDataException>(() => _seoul.PortOf("ledger"));

        Assert.Contains("'seoul'", error.Message);
        Assert.Contains("'ledger'", error.Message);
    }

    // The comment opening tye.yaml lists the placeholders, for whoever edits it, after "filled per city:".
    private static List<string> HeaderPlaceholders()
    {
        var header = string.Join(" ", File.ReadLines(Repository.TyeFile).TakeWhile(line => line.StartsWith('#')));
        var list = header.IndexOf("per city:", StringComparison.Ordinal);
        Assert.True(list >= 0, "tye.yaml's header no longer says which placeholders are filled per city");
        return Placeholder().Matches(header[list..]).Select(m => m.Value).Distinct().ToList();
    }

    [GeneratedRegex(@"\{[A-Za-z.]+\}")]
    private static partial Regex Placeholder();
}
