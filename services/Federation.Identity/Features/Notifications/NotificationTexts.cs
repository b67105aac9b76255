using System.Globalization;
using System.Text.RegularExpressions;
using Federation.Contracts.Notifications;
using Federation.Members;

namespace Federation.Identity.Features.Notifications;

/// <summary>
/// The words of each kind of notification in en, zh-TW and ko. A template names what the service sent in braces:
/// <c>{solution}</c> takes the value in the reader's language (<c>solution.ko</c>, else English, else any), <c>{city}</c>
/// a member city's name, <c>{deadline}</c> a time shown in the reader's city's time zone, and <c>{decision}</c>,
/// <c>{verdict}</c> and <c>{answer}</c> a word of <see cref="Words"/>.
/// </summary>
public sealed partial class NotificationTexts(MemberList members)
{
    private sealed record Text(string Title, string Body);

    private static readonly Dictionary<string, Dictionary<string, Text>> Texts = new()
    {
        [NotificationKinds.ApplicationToEndorse] = new()
        {
            ["en"] = new("An application to endorse: {solution}", "{organisation} applies to verify {solution} in {city}. Endorse it or decline it."),
            ["zh-TW"] = new("待背書的申請：{solution}", "{organisation} 申請在{city}驗證「{solution}」，請背書或婉拒。"),
            ["ko"] = new("추천할 신청: {solution}", "{organisation}이(가) {city}에서 {solution} 실증을 신청했습니다. 추천하거나 반려하세요."),
        },
        [NotificationKinds.ApplicationToScreen] = new()
        {
            ["en"] = new("An application from {city} to screen: {solution}", "{city} endorsed an application to verify {solution} here. Decide by {deadline}."),
            ["zh-TW"] = new("來自{city}的待審申請：{solution}", "{city}已背書在本市驗證「{solution}」的申請，請於 {deadline} 前決定。"),
            ["ko"] = new("{city}에서 온 심사할 신청: {solution}", "{city}이(가) 이곳에서 {solution}을(를) 실증하는 신청을 추천했습니다. {deadline}까지 결정하세요."),
        },
        [NotificationKinds.ScreeningDeadlineNear] = new()
        {
            ["en"] = new("Screening deadline in a week: {solution}", "The application from {city} to verify {solution} must be decided by {deadline}."),
            ["zh-TW"] = new("審查期限剩一週：{solution}", "來自{city}驗證「{solution}」的申請須於 {deadline} 前決定。"),
            ["ko"] = new("심사 기한 1주일 전: {solution}", "{city}에서 온 {solution} 실증 신청은 {deadline}까지 결정해야 합니다."),
        },
        [NotificationKinds.ScreeningDeadlinePassed] = new()
        {
            ["en"] = new("Screening deadline passed: {solution}", "The application from {city} to verify {solution} was due for a decision by {deadline} and is still undecided."),
            ["zh-TW"] = new("審查期限已過：{solution}", "來自{city}驗證「{solution}」的申請應於 {deadline} 前決定，目前仍未決定。"),
            ["ko"] = new("심사 기한 경과: {solution}", "{city}에서 온 {solution} 실증 신청은 {deadline}까지 결정해야 했으나 아직 결정되지 않았습니다."),
        },
        [NotificationKinds.Decision] = new()
        {
            ["en"] = new("{city} decided on your application: {decision}", "Your application to verify {solution} in {city} was {decision}."),
            ["zh-TW"] = new("{city}已決定您的申請：{decision}", "您在{city}驗證「{solution}」的申請已被{decision}。"),
            ["ko"] = new("{city}이(가) 신청을 결정했습니다: {decision}", "{city}에서 {solution}을(를) 실증하는 신청이 {decision}되었습니다."),
        },
        [NotificationKinds.MeasurementToReview] = new()
        {
            ["en"] = new("A measurement to review: {solution}", "The startup from {city} reported {kpi} for {solution}. Confirm it or dispute it."),
            ["zh-TW"] = new("待審核的量測：{solution}", "來自{city}的新創回報了「{solution}」的 {kpi}，請確認或提出異議。"),
            ["ko"] = new("검토할 측정값: {solution}", "{city}의 스타트업이 {solution}의 {kpi}을(를) 보고했습니다. 확인하거나 이의를 제기하세요."),
        },
        [NotificationKinds.Verdict] = new()
        {
            ["en"] = new("The verdict of your trial in {city}: {verdict}", "{city} gave its verdict on {solution}: {verdict}."),
            ["zh-TW"] = new("您在{city}的實證結果：{verdict}", "{city}對「{solution}」的實證結果：{verdict}。"),
            ["ko"] = new("{city} 실증 결과: {verdict}", "{city}이(가) {solution}에 대한 실증 결과를 냈습니다: {verdict}."),
        },
        [NotificationKinds.InterestReceived] = new()
        {
            ["en"] = new("{organisation} of {city} wants to talk: {challenge}", "{organisation} of {city} is interested in bringing {solution} to {challenge}. Accept or decline."),
            ["zh-TW"] = new("{city}的{organisation}希望洽談：{challenge}", "{city}的{organisation}有意以「{solution}」回應「{challenge}」，請接受或婉拒。"),
            ["ko"] = new("{city}의 {organisation}이(가) 논의를 원합니다: {challenge}", "{city}의 {organisation}이(가) {solution}(으)로 {challenge}에 참여하기를 원합니다. 수락하거나 거절하세요."),
        },
        [NotificationKinds.InterestAnswered] = new()
        {
            ["en"] = new("{city} {answer} your interest: {challenge}", "Your interest in bringing {solution} to {challenge} was {answer} by {city}."),
            ["zh-TW"] = new("{city}{answer}您的洽談意向：{challenge}", "您以「{solution}」回應「{challenge}」的意向已被{city}{answer}。"),
            ["ko"] = new("{city}이(가) 관심 표명을 {answer}했습니다: {challenge}", "{solution}(으)로 {challenge}에 참여하려는 관심 표명을 {city}이(가) {answer}했습니다."),
        },
        [NotificationKinds.JudgeAssigned] = new()
        {
            ["en"] = new("You are assigned entries to judge", "You are assigned entries of {cycle} to score by {deadline}."),
            ["zh-TW"] = new("您獲指派評審作品", "您獲指派評審「{cycle}」的參賽作品，請於 {deadline} 前評分。"),
            ["ko"] = new("심사할 출품작이 배정되었습니다", "{cycle}의 출품작이 배정되었습니다. {deadline}까지 채점하세요."),
        },
        [NotificationKinds.JudgingClosing] = new()
        {
            ["en"] = new("Judging closes soon: {cycle}", "Judging of {cycle} closes at {deadline}, and some of your sheets are unscored."),
            ["zh-TW"] = new("評審即將截止：{cycle}", "「{cycle}」的評審將於 {deadline} 截止，您仍有未評分的評分表。"),
            ["ko"] = new("심사 마감 임박: {cycle}", "{cycle} 심사가 {deadline}에 마감되며, 아직 채점하지 않은 심사표가 있습니다."),
        },
        [NotificationKinds.ResultsPublished] = new()
        {
            ["en"] = new("Results published: {cycle}", "The secretariat published the results of {cycle}."),
            ["zh-TW"] = new("結果已公布：{cycle}", "秘書處已公布「{cycle}」的結果。"),
            ["ko"] = new("결과 발표: {cycle}", "사무국이 {cycle}의 결과를 발표했습니다."),
        },
    };

    /// <summary>The words a notification names as values, per language.</summary>
    private static readonly Dictionary<string, Dictionary<string, string>> Words = new()
    {
        ["accepted"] = new() { ["en"] = "accepted", ["zh-TW"] = "接受", ["ko"] = "수락" },
        ["rejected"] = new() { ["en"] = "rejected", ["zh-TW"] = "拒絕", ["ko"] = "거절" },
        ["declined"] = new() { ["en"] = "declined", ["zh-TW"] = "婉拒", ["ko"] = "거절" },
        ["passed"] = new() { ["en"] = "passed", ["zh-TW"] = "通過", ["ko"] = "통과" },
        ["failed"] = new() { ["en"] = "failed", ["zh-TW"] = "未通過", ["ko"] = "미통과" },
    };

    private static readonly HashSet<string> WordArgs = ["decision", "verdict", "answer"];

    public static bool IsKnown(string kind) => Texts.ContainsKey(kind);

    /// <summary>The title and body of <paramref name="n"/> in <paramref name="language"/>, for a reader in <paramref name="readerCity"/>.</summary>
    public (string Title, string Body) Render(Notification n, string language, string readerCity)
    {
        var kind = Texts.GetValueOrDefault(n.Kind);
        var text = kind?.GetValueOrDefault(language) ?? kind?.GetValueOrDefault("en") ?? new Text(n.Kind, "");
        var lang = kind?.ContainsKey(language) == true ? language : "en";
        string Fill(string template) => Placeholder().Replace(template, m => Value(n.Args, m.Groups[1].Value, lang, readerCity));
        return (Fill(text.Title), Fill(text.Body));
    }

    private string Value(IReadOnlyDictionary<string, string> args, string name, string language, string readerCity)
    {
        var value = args.GetValueOrDefault($"{name}.{language}") ?? args.GetValueOrDefault($"{name}.en") ?? args.GetValueOrDefault(name)
            ?? args.FirstOrDefault(a => a.Key.StartsWith(name + ".", StringComparison.Ordinal)).Value ?? "";
        if (name == "city" && members.Contains(value))
            return members.Get(value).Names.GetValueOrDefault(language) ?? value;
        if (name == "deadline" && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at))
            return LocalTime(at, language, readerCity);
        if (WordArgs.Contains(name)) return Words.GetValueOrDefault(value)?.GetValueOrDefault(language) ?? value;
        return value;
    }

    /// <summary>A time as the reader's city reads it: in its time zone, in the reader's language's format, the zone named.</summary>
    public string LocalTime(DateTimeOffset at, string language, string city)
    {
        var zone = members.Contains(city) ? members.Get(city).Zone : TimeZoneInfo.Utc;
        var local = TimeZoneInfo.ConvertTime(at, zone);
        var culture = CultureInfo.GetCultureInfo(language == "zh-TW" ? "zh-TW" : language == "ko" ? "ko-KR" : "en-GB");
        return $"{local.ToString("g", culture)} ({zone.Id})";
    }

    [GeneratedRegex(@"\{([a-z]+)\}")]
    private static partial Regex Placeholder();
}
