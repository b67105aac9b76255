using System.Text.RegularExpressions;

namespace Federation.Awards.Tests.Federation;

/// <summary>Who may call an awards endpoint, as README.md's API table says.</summary>
internal enum Access { Anyone, Agency, Startup, AgencyOrStartup, Judge, Secretariat }

/// <summary>
/// Every route the awards service maps under /api, with who may call it. The refusal tests run over this
/// table, and one of them fails when the service maps a route the table does not list.
/// </summary>
internal static partial class AwardsEndpoints
{
    public const string SecretariatCity = "taipei";

    /// <summary>A member city that is not the secretariat's: a city endpoint's policy must check the city there.</summary>
    public const string CityNode = "seoul";

    public static readonly IReadOnlyList<(string Verb, string Route, Access Access)> All =
    [
        ("GET", "/api/awards/cycles", Access.Anyone),
        ("GET", "/api/awards/cycles/{id}", Access.Anyone),
        ("GET", "/api/awards/results", Access.Anyone),
        ("GET", "/api/awards/cycles/{id}/results", Access.Anyone),
        ("GET", "/api/awards/cycles/{id}/results/page", Access.Anyone),

        ("POST", "/api/awards/entries", Access.Agency),
        ("POST", "/api/awards/applications", Access.Startup),
        ("POST", "/api/awards/entries/{id}/endorse", Access.Agency),
        ("POST", "/api/awards/entries/{id}/decline", Access.Agency),
        ("POST", "/api/awards/entries/{id}/withdraw", Access.AgencyOrStartup),
        ("GET", "/api/awards/entries", Access.AgencyOrStartup),
        ("GET", "/api/awards/entries/{id}", Access.AgencyOrStartup),
        ("POST", "/api/awards/judges", Access.Agency),
        ("GET", "/api/awards/judges", Access.Agency),
        ("GET", "/api/awards/assignments/mine", Access.Judge),
        ("POST", "/api/awards/assignments/{id}/entries/{entryId}/conflict", Access.Judge),
        ("PUT", "/api/awards/assignments/{id}/entries/{entryId}/scores", Access.Judge),
        ("POST", "/api/awards/assignments/{id}/entries/{entryId}/scores", Access.Judge),

        ("POST", "/api/awards/cycles", Access.Secretariat),
        ("POST", "/api/awards/cycles/{id}/schedule", Access.Secretariat),
        ("GET", "/api/awards/secretariat/judges", Access.Secretariat),
        ("GET", "/api/awards/cycles/{id}/entries", Access.Secretariat),
        ("POST", "/api/awards/cycles/{id}/assignments", Access.Secretariat),
        ("POST", "/api/awards/cycles/{id}/assignments/{judgeId}/unassign", Access.Secretariat),
        ("POST", "/api/awards/cycles/{id}/assignments/{judgeId}/conflicts/{entryId}/exclude", Access.Secretariat),
        ("GET", "/api/awards/cycles/{id}/progress", Access.Secretariat),
        ("GET", "/api/awards/cycles/{id}/ranking", Access.Secretariat),
        ("GET", "/api/awards/cycles/{id}/ranking/chart", Access.Secretariat),
        ("GET", "/api/awards/cycles/{id}/scores.csv", Access.Secretariat),
        ("POST", "/api/awards/cycles/{id}/shortlist", Access.Secretariat),
        ("POST", "/api/awards/cycles/{id}/winners", Access.Secretariat),
        ("POST", "/api/awards/cycles/{id}/publish", Access.Secretariat),
    ];

    public static Access AccessOf(string verb, string route) => All.Single(e => (e.Verb, e.Route) == (verb, route)).Access;

    /// <summary>The node an endpoint belongs to: the secretariat's steps at its city, a city's at a city that is not it.</summary>
    public static string NodeOf(Access access) => access == Access.Secretariat ? SecretariatCity : CityNode;

    /// <summary>The development users of <paramref name="city"/>, one per role it has.</summary>
    public static IEnumerable<string> UsersOf(string city) =>
        new[] { "agency", "startup", "judge" }.Concat(city == SecretariatCity ? ["secretariat"] : Array.Empty<string>()).Select(r => $"{r}@{city}");

    /// <summary>Whether <paramref name="user"/>'s role is the one the endpoint asks for (the city is checked apart).</summary>
    public static bool Allows(Access access, string user) => user[..user.IndexOf('@')] switch
    {
        "agency" => access is Access.Agency or Access.AgencyOrStartup,
        "startup" => access is Access.Startup or Access.AgencyOrStartup,
        "judge" => access == Access.Judge,
        "secretariat" => access == Access.Secretariat,
        _ => false,
    };

    /// <summary>The route with ids that exist nowhere: a call that got past authorization finds nothing.</summary>
    public static string Fill(string route) => Parameter().Replace(route, _ => Guid.NewGuid().ToString());

    /// <summary>An empty JSON body for writes: a handler that ran would answer 400 or 404, never 401 or 403.</summary>
    public static HttpRequestMessage Request(string verb, string route) => new(new HttpMethod(verb), Fill(route))
    {
        Content = verb == "GET" ? null : new StringContent("{}", System.Text.Encoding.UTF8, "application/json"),
    };

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex Parameter();
}
