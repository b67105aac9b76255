using Federation.Portal.Localization;

namespace Federation.Portal.Pages.Interests;

/// <summary>An interest's states and sides as the portal names them.</summary>
public static class InterestWords
{
    public static string Status(Texts t, string status) => status switch
    {
        "waiting" => t["Waiting for an answer"],
        "accepted" => t["Accepted"],
        "declined" => t["Declined"],
        _ => status,
    };
}
