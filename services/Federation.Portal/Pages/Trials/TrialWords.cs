using System.Globalization;
using Federation.Members;
using Federation.Portal.Localization;

namespace Federation.Portal.Pages.Trials;

/// <summary>
/// The trials service's vocabulary (statuses, verdicts, reviews, outcomes) and city ids in the page's
/// language. Each word is a literal so that the translation test finds it.
/// </summary>
public static class TrialWords
{
    public static string Status(Texts t, string status) => status switch
    {
        "draft" => t["Draft"],
        "submitted" => t["Submitted to the home agency"],
        "declined" => t["Declined by the home agency"],
        "endorsed" => t["Endorsed, on its way to the host city"],
        "withdrawn" => t["Withdrawn by the applicant"],
        "screening" => t["Screening at the host city"],
        "accepted" => t["Accepted"],
        "rejected" => t["Rejected"],
        "running" => t["Running"],
        "reported" => t["Final report submitted"],
        "verified" => t["Verified"],
        "closed" => t["Trial closed"],
        _ => status,
    };

    public static string Verdict(Texts t, string verdict) => verdict switch
    {
        "passed" => t["Passed"],
        "failed" => t["Failed"],
        _ => verdict,
    };

    public static string Review(Texts t, string review) => review switch
    {
        "pending" => t["Awaiting review"],
        "confirmed" => t["Confirmed"],
        "disputed" => t["Disputed"],
        _ => review,
    };

    public static string Outcome(Texts t, string outcome) => outcome switch
    {
        "procured" => t["Procured"],
        "continued" => t["Continued"],
        "stopped" => t["Stopped"],
        _ => outcome,
    };

    /// <summary>A member city's name in the page's language; an id the member list does not know, as it is.</summary>
    public static string City(MemberList members, string id)
    {
        if (!members.Contains(id)) return id;
        var names = members.Get(id).Names;
        return names.TryGetValue(CultureInfo.CurrentUICulture.Name, out var name) ? name : names.GetValueOrDefault("en", id);
    }

    public static string Date(DateTimeOffset? at) => at?.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    public static string Number(decimal? value) => value?.ToString("0.####", CultureInfo.InvariantCulture) ?? "";
}
