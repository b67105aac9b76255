using Federation.Members;

namespace Federation.Topology.Tests;

/// <summary>Member lists built in code, each city on its own host and ports.</summary>
internal static class Cities
{
    public static Member City(string id, int n) => new(
        id,
        new Dictionary<string, string> { ["en"] = $"{id} (en)", ["zh-TW"] = $"{id}市", ["ko"] = $"{id} 시" },
        ["en"],
        new BrokerAddress($"{id}.broker.example", 5700 + n, 15700 + n, 25700 + n),
        MemberList.ServiceNames.Select((s, i) => (s, i)).ToDictionary(x => x.s, x => 5000 + 100 * n + x.i));

    public static MemberList Three => new("taipei", [City("taipei", 1), City("seoul", 2), City("new-taipei", 3)]);

    public static MemberList Four => Three with { Cities = [.. Three.Cities, City("montreal", 4)] };
}
