using System.Globalization;
using Federation.Members;
using Federation.Portal.Localization;

namespace Federation.Portal.Pages.Catalog;

/// <summary>
/// The catalogue's vocabularies (domains, maturities, statuses, verdicts, outcomes) and the member cities'
/// names in the page's language; a value the portal does not know yet shows as the service sent it.
/// </summary>
public static class CatalogWords
{
    public static string Domain(Texts T, string? domain) => domain switch
    {
        "government" => T["Smart government"],
        "building" => T["Smart building"],
        "transportation" => T["Smart transportation"],
        "education" => T["Smart education"],
        "healthcare" => T["Smart healthcare"],
        "security" => T["Smart security"],
        "environment" => T["Smart environment"],
        "economy" => T["Smart economy"],
        _ => domain ?? "",
    };

    public static string Maturity(Texts T, string? maturity) => maturity switch
    {
        "pilot" => T["Pilot"],
        "deployed" => T["Deployed"],
        _ => maturity ?? "",
    };

    public static string ChallengeStatus(Texts T, string? status) => status switch
    {
        "open" => T["Open"],
        "closed" => T["Closed"],
        _ => status ?? "",
    };

    public static string Verdict(Texts T, string? verdict) => verdict switch
    {
        "passed" => T["Passed"],
        "failed" => T["Failed"],
        _ => verdict ?? "",
    };

    public static string Outcome(Texts T, string? outcome) => outcome switch
    {
        "procured" => T["Procured by the host city"],
        "continued" => T["Continued"],
        "stopped" => T["Stopped"],
        null => T["Not recorded yet"],
        _ => outcome,
    };

    /// <summary>Why a solution fits a challenge, in the page's language, with what the reason rests on.</summary>
    public static string FitReason(Texts T, MemberList members, Contracts.Catalog.FitReason reason) => reason.Kind switch
    {
        "domain" => T["Same domain: {0}", Domain(T, reason.Details.FirstOrDefault())],
        "words" => T["Shared words: {0}", string.Join(", ", reason.Details)],
        "readiness" => T["Ready for a testbed: {0}", string.Join(", ", reason.Details.Select(d => d == "deployed" ? Maturity(T, d) : d))],
        "verified" => T["Verified in {0}", string.Join(", ", reason.Details.Select(c => members.CityName(c)))],
        "awarded" => T["Awarded: {0}", string.Join(", ", reason.Details)],
        "otherCity" => T["From another city: {0}", string.Join(", ", reason.Details.Select(c => members.CityName(c)))],
        _ => $"{reason.Kind}: {string.Join(", ", reason.Details)}",
    };

    /// <summary>A member city's name in the page's language; an id no longer in the member list shows as itself.</summary>
    public static string CityName(this MemberList members, string? city)
    {
        if (city is null || !members.Contains(city)) return city ?? "";
        var names = members.Get(city).Names;
        return names.TryGetValue(CultureInfo.CurrentUICulture.Name, out var name) ? name : names.GetValueOrDefault("en", city);
    }

    /// <summary>
    /// The list page the pager links to (?page=), read from the query itself: Razor Pages keeps its own route
    /// value named "page", which a bound property would get instead. Letters or a page below 1 show the first.
    /// </summary>
    public static int PageOf(HttpRequest request) =>
        int.TryParse(request.Query["page"], out var page) && page > 0 ? page : 1;

    public static string Date(DateTimeOffset when) => when.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Date(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>What the search form of a catalogue list shows: the query as given and the search box's label.</summary>
public sealed record CatalogFilter(string? Q, string? Domain, string? City, string Label);
