using System.Security.Cryptography;
using Federation.Contracts.Trials;
using Federation.Members;

namespace Federation.Trials.Tests.Certificates;

/// <summary>Three member cities with fresh node keys, as each test's own federation.</summary>
internal sealed class TestCities : IDisposable
{
    public static readonly DateTimeOffset VerifiedAt =
        new DateTimeOffset(2026, 9, 30, 17, 45, 12, 345, TimeSpan.FromHours(8)).AddTicks(6789);

    public ECDsa TaipeiKey { get; } = ECDsa.Create(ECCurve.NamedCurves.nistP256);
    public ECDsa SeoulKey { get; } = ECDsa.Create(ECCurve.NamedCurves.nistP256);
    public ECDsa NewTaipeiKey { get; } = ECDsa.Create(ECCurve.NamedCurves.nistP256);

    /// <summary>What every node holds: public keys only.</summary>
    public MemberList Members => new("taipei",
    [
        City("taipei", "Taipei", "臺北市", "타이베이", ["zh-TW", "en"], 1, TaipeiKey),
        City("seoul", "Seoul", "首爾", "서울", ["ko", "en"], 2, SeoulKey),
        City("new-taipei", "New Taipei", "新北市", "신베이", ["zh-TW", "en"], 3, NewTaipeiKey),
    ]);

    /// <summary>A seoul startup's trial hosted and verified by taipei.</summary>
    public static CertificateOfDemonstration Certificate() => new(
        Guid.Parse("c0000000-0000-4000-8000-000000000001"),
        Guid.Parse("70000000-0000-4000-8000-000000000002"),
        Guid.Parse("50000000-0000-4000-8000-000000000003"),
        new Dictionary<string, string> { ["ko"] = "스마트 주차 센서", ["en"] = "Smart \"parking\" sensor", ["zh-TW"] = "智慧停車感測器" },
        "seoul", "taipei", "Parkly Co., Ltd.", "Department of Information Technology, Taipei City Government",
        "Xinyi District, Songren Rd. car park", new TrialPeriod(new DateOnly(2026, 3, 1), new DateOnly(2026, 8, 31)),
        [
            new KpiAchieved("Occupancy detection accuracy", "%", 80.0m, 95.50m, 96.25m, true),
            new KpiAchieved("Average search time", "min", 12m, 8m, null, false),
        ],
        "passed", "Accuracy above target; search time not measured & left for the follow-up.", VerifiedAt);

    public void Dispose()
    {
        TaipeiKey.Dispose();
        SeoulKey.Dispose();
        NewTaipeiKey.Dispose();
    }

    private static Member City(string id, string en, string zh, string ko, string[] languages, int n, ECDsa key) => new(
        id, new Dictionary<string, string> { ["en"] = en, ["zh-TW"] = zh, ["ko"] = ko }, languages,
        new BrokerAddress("127.0.0.1", 5700 + n, 15700 + n, 25700 + n),
        MemberList.ServiceNames.Select((s, i) => (s, i)).ToDictionary(p => p.s, p => 5000 + n * 100 + p.i),
        NodeSigningKey.PublicKeyOf(key));
}
