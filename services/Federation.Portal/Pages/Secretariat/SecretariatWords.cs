using System.Globalization;
using Federation.Contracts.Awards;
using Federation.Members;
using Federation.Portal.Localization;

namespace Federation.Portal.Pages.Secretariat;

/// <summary>
/// The award's vocabularies in the page's language, and times as the secretariat's forms take them: in UTC,
/// said so beside every input, since the cities of the network are in different time zones.
/// </summary>
public static class SecretariatWords
{
    public const string InputFormat = "yyyy-MM-ddTHH:mm";

    public static string Status(Texts T, string? status) => status switch
    {
        "announced" => T["Announced, nominations not open yet"],
        "nominating" => T["Open for nominations"],
        "assigning" => T["Nominations closed, judging not open yet"],
        "judging" => T["Judges are scoring"],
        "closed" => T["Judging has closed"],
        "published" => T["Results published"],
        _ => status ?? "",
    };

    public static string Standing(Texts T, string? standing) => standing switch
    {
        "counts" => T["Scores count"],
        "recused" => T["Recused (real conflict)"],
        "excluded" => T["Excluded by the secretariat"],
        "missing" => T["Not scored yet"],
        _ => standing ?? "",
    };

    public static string TieBreak(Texts T, AwardTieBreak tieBreak) => tieBreak.Rule switch
    {
        "criterion" => T["The higher average on {0}", tieBreak.Criterion ?? ""],
        "lowest-spread" => T["The lower spread between the judges"],
        "earliest-entry" => T["The entry nominated first"],
        _ => tieBreak.Rule,
    };

    public static string When(DateTimeOffset when) => when.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC";

    /// <summary>A datetime-local value (read as UTC) for the service; null stays null.</summary>
    public static DateTimeOffset? Utc(DateTime? local) =>
        local is { } v ? new DateTimeOffset(DateTime.SpecifyKind(v, DateTimeKind.Unspecified), TimeSpan.Zero) : null;

    /// <summary>The value of a datetime-local input showing <paramref name="when"/> in UTC.</summary>
    public static DateTime Input(DateTimeOffset when) =>
        DateTime.SpecifyKind(when.UtcDateTime.AddTicks(-(when.UtcDateTime.Ticks % TimeSpan.TicksPerMinute)), DateTimeKind.Unspecified);

    public static string CityName(MemberList members, string? city)
    {
        if (city is null || !members.Contains(city)) return city ?? "";
        var names = members.Get(city).Names;
        return names.TryGetValue(CultureInfo.CurrentUICulture.Name, out var name) ? name : names.GetValueOrDefault("en", city);
    }

    public static string Score(decimal? score) => score is { } s ? s.ToString("0.00", CultureInfo.InvariantCulture) : "–";
}
