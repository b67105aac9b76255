using System.Text.RegularExpressions;

namespace Federation.Trials.Tests.Federation;

/// <summary>
/// Every route the trials service maps under /api, with the role whose step it is and the copy it is
/// taken on. <see cref="EndpointRefusalTests"/> checks this list against the service's own routes, so
/// a new route cannot escape the refusal tests by being left out of it.
/// </summary>
internal sealed partial record TrialRoute(string Method, string Pattern, string Role, string Side)
{
    public const string Startup = "startup", Agency = "agency", Either = "agency or startup", Secretariat = "secretariat", Anyone = "anyone";
    public const string Home = "seoul", Host = "taipei";

    public static readonly TrialRoute[] All =
    [
        new("GET", "/api/trials/", Either, Home),
        new("GET", "/api/trials/{id}", Either, Home),
        new("POST", "/api/trials/", Startup, Home),
        new("PUT", "/api/trials/{id}", Startup, Home),
        new("POST", "/api/trials/{id}/submit", Startup, Home),
        new("POST", "/api/trials/{id}/endorse", Agency, Home),
        new("POST", "/api/trials/{id}/decline", Agency, Home),
        new("POST", "/api/trials/{id}/withdraw", Startup, Home),
        new("POST", "/api/trials/{id}/accept", Agency, Host),
        new("POST", "/api/trials/{id}/reject", Agency, Host),
        new("POST", "/api/trials/{id}/measurements", Startup, Home),
        new("POST", "/api/trials/{id}/measurements/{measurementId}/review", Agency, Host),
        new("POST", "/api/trials/{id}/report", Startup, Home),
        new("POST", "/api/trials/{id}/verify", Agency, Host),
        new("POST", "/api/trials/{id}/close", Agency, Host),
        new("POST", "/api/trials/{id}/outcome", Agency, Host),
        // Interests: either side expresses and answers (the rules say which side it is); the company applies from one.
        new("POST", "/api/interests/", Either, Home),
        new("GET", "/api/interests/", Either, Home),
        new("GET", "/api/interests/{id}", Either, Home),
        new("POST", "/api/interests/{id}/accept", Either, Home),
        new("POST", "/api/interests/{id}/decline", Either, Home),
        new("POST", "/api/interests/{id}/application", Startup, Home),
        new("GET", "/api/interests/report", Secretariat, Host),
        // The public record of verified trials and the certificate check are open to anyone, at any node.
        new("GET", "/api/trials/verified/", Anyone, Home),
        new("GET", "/api/trials/verified/{trialId}", Anyone, Home),
        new("GET", "/api/trials/verified/{trialId}/certificate", Anyone, Home),
        new("GET", "/api/trials/verified/{trialId}/certificate/page", Anyone, Home),
        new("POST", "/api/trials/certificates/verify", Anyone, Home),
        new("POST", "/api/trials/certificates/page", Anyone, Home),
    ];

    public string Key => $"{Method} {Pattern}";

    public bool TakesId => Pattern.Contains('{');

    /// <summary>A trial's route, whose id is a trial's (an interest's routes take an interest's: see <c>InterestTests</c>).</summary>
    public bool OnTrial => Pattern.StartsWith("/api/trials/", StringComparison.Ordinal);

    public static TrialRoute Named(string key) => All.Single(r => r.Key == key);

    /// <summary>The keys of the routes <paramref name="which"/> selects, as theory data.</summary>
    public static TheoryData<string> Keys(Func<TrialRoute, bool> which)
    {
        var data = new TheoryData<string>();
        foreach (var route in All.Where(which)) data.Add(route.Key);
        return data;
    }

    /// <summary>The route's path with every id replaced: the trial's, the measurement's.</summary>
    public string Path(Guid trial, Guid? measurement = null) => Placeholder().Replace(Pattern, m =>
        (m.Groups[1].Value == "measurementId" ? measurement ?? Guid.NewGuid() : trial).ToString());

    public HttpRequestMessage Request(Guid trial, Guid? measurement, object? body)
    {
        var request = new HttpRequestMessage(new HttpMethod(Method), Path(trial, measurement));
        if (Method != "GET") request.Content = System.Net.Http.Json.JsonContent.Create(body ?? new { });
        return request;
    }

    [GeneratedRegex(@"\{(\w+)(:[^}]*)?\}")]
    private static partial Regex Placeholder();
}
