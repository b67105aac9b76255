using Federation.Catalog.Features.Challenges;
using Federation.Catalog.Features.Solutions;
using Federation.Contracts.Catalog;

namespace Federation.Catalog.Tests.Storage;

/// <summary>
/// Generated listing texts in English, Traditional Chinese and Korean, from small vocabularies so that words repeat
/// across listings: mixed case, full-width letters, words joined without spaces or by hyphens, and words that only
/// summaries and descriptions use (never a title).
/// </summary>
public static class ListingTexts
{
    private static readonly string[] Cities = ["taipei", "seoul", "new-taipei"];
    private static readonly string[] Domains = ["transportation", "environment", "energy", "health", "security"];

    private static readonly string[] EnglishTitle =
        ["Smart", "SMART", "smart", "Street", "lamp", "Streetlamp", "bus", "Stop", "e-Bus", "AI", "5G", "IoT", "air", "Quality",
         "sensor", "Parking", "energy", "City", "data", "Platform", "Ｓｍａｒｔ", "flood", "Warning"];
    private static readonly string[] EnglishSummary =
        ["dims", "itself", "when", "the", "street", "is", "empty", "real-time", "arrivals", "cuts", "waiting", "by", "40%",
         "under_pass", "\"quoted\"", "co2", "a", "an", "ai-based", "low-power"];
    private static readonly string[] ChineseTitle =
        ["智慧", "路燈", "交通", "號誌", "空氣", "品質", "監測", "公車", "站牌", "停車", "能源", "城市", "數據", "平台", "感測器", "智", "燈"];
    private static readonly string[] ChineseSummary = ["節能", "自動", "調光", "即時", "到站", "減少", "等候", "時間", "淹水", "預警"];
    private static readonly string[] KoreanTitle =
        ["스마트", "가로등", "버스", "정류장", "대기질", "센서", "주차", "에너지", "도시", "데이터", "플랫폼", "스", "등"];
    private static readonly string[] KoreanSummary = ["실시간", "도착", "정보", "절전", "자동", "조명", "침수", "경보"];

    public static string City(Random random) => Pick(random, Cities);

    public static SolutionInput Solution(Random random) => new(
        Title(random), Summary(random), Pick(random, Domains),
        new Provider(Pick(random, ["Lumen Co.", "한강 조명", "光明科技", "Han River Lights"]), null, City(random)),
        "pilot", random.Next(1, 10), random.Next(3) == 0 ? ["lighting", "iot"] : [], null);

    public static ChallengeInput Challenge(Random random) => new(
        Title(random), Summary(random), Pick(random, Domains), Pick(random, ["Hydraulic Engineering Office", "서울시청", "臺北市政府"]),
        Pick(random, ["Xinyi underpass", "강남역", "信義區"]), new DateOnly(2031, 6, 30), "open");

    private static Dictionary<string, string> Title(Random random) => Languages(random,
        () => Words(random, EnglishTitle, " ", 2, 5), () => Words(random, ChineseTitle, "", 2, 4), () => Words(random, KoreanTitle, " ", 2, 4));

    private static Dictionary<string, string> Summary(Random random) => Languages(random,
        () => Words(random, [.. EnglishSummary, .. EnglishTitle], " ", 5, 14),
        () => Words(random, [.. ChineseSummary, .. ChineseTitle], random.Next(2) == 0 ? "" : "，", 3, 8),
        () => Words(random, [.. KoreanSummary, .. KoreanTitle], " ", 3, 8));

    // At least one language, each of the three with even chances.
    private static Dictionary<string, string> Languages(Random random, Func<string> en, Func<string> zh, Func<string> ko)
    {
        var texts = new Dictionary<string, string>();
        while (texts.Count == 0)
        {
            if (random.Next(2) == 0) texts["en"] = en();
            if (random.Next(2) == 0) texts["zh-TW"] = zh();
            if (random.Next(2) == 0) texts["ko"] = ko();
        }
        return texts;
    }

    private static string Words(Random random, string[] words, string separator, int min, int max) =>
        string.Join(separator, Enumerable.Range(0, random.Next(min, max + 1)).Select(_ => Pick(random, words)));

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];
}
