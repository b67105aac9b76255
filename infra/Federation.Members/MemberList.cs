using System.Text.RegularExpressions;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Federation.Members;

/// <summary>The federation's member cities, as listed in infra/members.yaml.</summary>
public sealed partial record MemberList(string Secretariat, IReadOnlyList<Member> Cities)
{
    public static readonly IReadOnlyList<string> ServiceNames = ["portal", "catalog", "trials", "awards", "identity"];

    /// <summary>Every city is named in the network's three working languages.</summary>
    public static readonly IReadOnlyList<string> DisplayLanguages = ["en", "zh-TW", "ko"];

    public Member Get(string cityId) =>
        Cities.FirstOrDefault(c => c.Id == cityId)
        ?? throw new KeyNotFoundException(
            $"City '{cityId}' is not a member of the federation (members: {string.Join(", ", Cities.Select(c => c.Id))}).");

    public bool Contains(string cityId) => Cities.Any(c => c.Id == cityId);

    public static MemberList Load(string path)
    {
        var deserializer = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build();
        MemberListFile file;
        try
        {
            file = deserializer.Deserialize<MemberListFile?>(File.ReadAllText(path)) ?? new MemberListFile();
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            // YamlDotNet's own message is often just "Exception during deserialization": the cause says what.
            throw new InvalidDataException($"{path} ({e.Start}): {e.InnerException?.Message ?? e.Message}", e);
        }
        var list = new MemberList(file.Secretariat ?? "", (file.Cities ?? []).Select(c => c.ToMember()).ToList());
        list.Validate(path);
        return list;
    }

    /// <summary>This list with each city's public signing key set from <paramref name="keys"/> (by city id).</summary>
    public MemberList WithPublicKeys(IReadOnlyDictionary<string, string> keys) => this with
    {
        Cities = Cities.Select(c => keys.TryGetValue(c.Id, out var key) ? c with { PublicKey = key } : c).ToList(),
    };

    public void Save(string path)
    {
        var file = new MemberListFile { Secretariat = Secretariat, Cities = Cities.Select(MemberFile.From).ToList() };
        var serializer = new SerializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance)
            .ConfigureDefaultValuesHandling(DefaultValuesHandling.OmitNull).Build();
        File.WriteAllText(path, serializer.Serialize(file));
    }

    private void Validate(string source)
    {
        void Fail(string problem) => throw new InvalidDataException($"{source}: {problem}");
        if (Cities.Count == 0) Fail("no cities listed");
        foreach (var duplicate in Cities.GroupBy(c => c.Id).Where(g => g.Count() > 1))
            Fail($"city id '{duplicate.Key}' is listed more than once");
        foreach (var city in Cities)
        {
            if (!IdPattern().IsMatch(city.Id))
                Fail($"city id '{city.Id}' must match ^[a-z][a-z0-9-]*$");
            var b = city.Broker;
            if (string.IsNullOrWhiteSpace(b.Host)) Fail($"city '{city.Id}' has no broker host");
            if (b.AmqpPort <= 0 || b.ManagementPort <= 0 || b.DistPort <= 0)
                Fail($"city '{city.Id}' needs broker amqpPort, managementPort and distPort");
            if (b.AmqpsPort is <= 0 or > 65535)
                Fail($"city '{city.Id}' has broker amqpsPort {b.AmqpsPort}: give one between 1 and 65535");
            foreach (var service in ServiceNames.Where(s => !city.Services.TryGetValue(s, out var p) || p <= 0))
                Fail($"city '{city.Id}' has no port for service '{service}'");
            foreach (var language in DisplayLanguages.Where(l => !city.Names.TryGetValue(l, out var n) || string.IsNullOrWhiteSpace(n)))
                Fail($"city '{city.Id}' has no display name in '{language}'");
            if (city.Languages.Count == 0) Fail($"city '{city.Id}' lists no languages");
            if (city.PublicKey is not null)
                try { NodeSigningKey.FromPublicKey(city.PublicKey).Dispose(); }
                catch (InvalidDataException e) { Fail($"city '{city.Id}' has a publicKey that is {e.Message}"); }
            if (city.TimeZone is not null && !TimeZoneInfo.TryFindSystemTimeZoneById(city.TimeZone, out _))
                Fail($"city '{city.Id}' has timeZone '{city.TimeZone}', which is not an IANA time zone such as Asia/Seoul");
        }
        // Every city's brokers and services share one machine in the local federation: a clash would
        // only show when the second one fails to bind.
        var ports = Cities.SelectMany(c => new[] { c.Broker.AmqpPort, c.Broker.AmqpsPort, c.Broker.ManagementPort, c.Broker.DistPort }
            .Select(p => (Port: p, Owner: $"{c.Id} broker"))
            .Concat(c.Services.Select(s => (Port: s.Value, Owner: $"{c.Id} {s.Key}"))));
        foreach (var clash in ports.GroupBy(p => p.Port).Where(g => g.Count() > 1))
            Fail($"port {clash.Key} is used more than once ({string.Join(", ", clash.Select(p => p.Owner))})");
        if (!Contains(Secretariat)) Fail($"secretariat '{Secretariat}' is not a listed city");
    }

    [GeneratedRegex("^[a-z][a-z0-9-]*$")]
    private static partial Regex IdPattern();

    // Mutable shapes for YamlDotNet; the public records stay immutable.
    private sealed class MemberListFile
    {
        public string? Secretariat { get; set; }
        public List<MemberFile>? Cities { get; set; } = [];
    }

    private sealed class MemberFile
    {
        public string Id { get; set; } = "";
        public Dictionary<string, string> Names { get; set; } = [];
        public List<string> Languages { get; set; } = [];
        public BrokerFile Broker { get; set; } = new();
        public Dictionary<string, int> Services { get; set; } = [];
        public string? PublicKey { get; set; }
        public string? TimeZone { get; set; }

        public Member ToMember() => new(Id, Names, Languages,
            new BrokerAddress(Broker.Host ?? "", Broker.AmqpPort, Broker.ManagementPort, Broker.DistPort, Broker.AmqpsPort ?? 0), Services, PublicKey,
            TimeZone);

        public static MemberFile From(Member m) => new()
        {
            Id = m.Id,
            Names = new(m.Names),
            Languages = [.. m.Languages],
            Broker = new()
            {
                Host = m.Broker.Host, AmqpPort = m.Broker.AmqpPort, AmqpsPort = m.Broker.AmqpsPort,
                ManagementPort = m.Broker.ManagementPort, DistPort = m.Broker.DistPort,
            },
            Services = new(m.Services),
            PublicKey = m.PublicKey,
            TimeZone = m.TimeZone,
        };
    }

    private sealed class BrokerFile
    {
        public string? Host { get; set; }
        public int AmqpPort { get; set; }
        public int? AmqpsPort { get; set; }
        public int ManagementPort { get; set; }
        public int DistPort { get; set; }
    }
}

/// <summary>One member city: its names, languages, broker and service ports.</summary>
/// <param name="PublicKey">The node's message-signing key (<see cref="NodeSigningKey.PublicKeyOf"/>); a city
/// without one cannot send messages that others accept.</param>
public sealed record Member(
    string Id,
    IReadOnlyDictionary<string, string> Names,
    IReadOnlyList<string> Languages,
    BrokerAddress Broker,
    IReadOnlyDictionary<string, int> Services,
    string? PublicKey = null,
    string? TimeZone = null)
{
    /// <summary>The city's time zone (IANA, <c>timeZone</c> in the member list), in which its people read dates and times; UTC if the list names none.</summary>
    public TimeZoneInfo Zone => TimeZone is null ? TimeZoneInfo.Utc : TimeZoneInfo.FindSystemTimeZoneById(TimeZone);
}

/// <summary>Where a city's broker listens.</summary>
/// <param name="AmqpPort">Plain AMQP, for the city's own services on the broker's host.</param>
/// <param name="AmqpsPort">AMQP over TLS, for the other cities' federation links; 0 (or absent from the
/// member list): <see cref="DefaultAmqpsPort"/>.</param>
public sealed record BrokerAddress(string Host, int AmqpPort, int ManagementPort, int DistPort, int AmqpsPort = 0)
{
    public int AmqpsPort { get; init; } = AmqpsPort != 0 ? AmqpsPort : DefaultAmqpsPort(AmqpPort);

    /// <summary>
    /// amqpPort + 1000: distinct for every city wherever amqpPort is, so a member list written before TLS
    /// (every city on one host) stays valid. Cities on hosts of their own would rather give 5671, AMQPS's own port.
    /// </summary>
    public static int DefaultAmqpsPort(int amqpPort) => amqpPort + 1000;
}
