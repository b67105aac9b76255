using Federation.Contracts.Identity;
using Federation.Portal.Localization;

namespace Federation.Portal.Pages.Admin;

/// <summary>The directory's codes (statuses, kinds, roles, mail languages) in the user's language.</summary>
public static class AdminWords
{
    public static readonly IReadOnlyList<string> OrganisationStatuses = ["pending", "active", "suspended", "rejected"];
    public static readonly IReadOnlyList<string> Kinds = ["agency", "company", "research"];
    public static readonly IReadOnlyList<string> MailLanguages = ["en", "zh-TW", "ko"];

    public static string Status(Texts T, string status) => status switch
    {
        "pending" => T["Pending"],
        "active" => T["Active"],
        "suspended" => T["Suspended"],
        "rejected" => T["Rejected"],
        "invited" => T["Invited"],
        "deactivated" => T["Deactivated"],
        _ => status,
    };

    public static string Kind(Texts T, string kind) => kind switch
    {
        "agency" => T["City agency"],
        "company" => T["Company"],
        "research" => T["Research institute"],
        _ => kind,
    };

    public static string Role(Texts T, string role) => role switch
    {
        Roles.Agency => T["Agency"],
        Roles.Startup => T["Startup"],
        Roles.Judge => T["Judge"],
        Roles.Secretariat => T["Secretariat"],
        Roles.Admin => T["Admin"],
        _ => role,
    };
}
