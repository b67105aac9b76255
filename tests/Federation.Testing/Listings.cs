using System.Net.Http.Json;
using Federation.Contracts.Catalog;

namespace Federation.Testing;

/// <summary>Listings and challenges made through a city's catalogue, for tests of what is done with them.</summary>
public static class Listings
{
    /// <summary>
    /// A new solution listed by <paramref name="lister"/> (a signed-in client of <paramref name="city"/>'s catalogue): a
    /// company's person lists for their own organisation, an agency for <paramref name="organisationId"/> or itself.
    /// </summary>
    public static async Task<SolutionResponse> ListSolutionAsync(HttpClient lister, string city, string title = "Smart bus stop",
        Guid? organisationId = null)
    {
        var response = await (await ListAsync(lister, city, organisationId, title)).AssertSuccessAsync();
        return (await response.Content.ReadFromJsonAsync<SolutionResponse>())!;
    }

    /// <summary>The answer to listing a solution provided by <paramref name="organisationId"/>, whatever it is.</summary>
    public static Task<HttpResponseMessage> ListAsync(HttpClient lister, string city, Guid? organisationId, string title = "Smart bus stop") =>
        lister.PostAsJsonAsync("/api/solutions", new SolutionRequest(
            new Dictionary<string, string> { ["en"] = title, ["ko"] = "스마트 버스 정류장" },
            new Dictionary<string, string> { ["en"] = "Shows real-time arrivals and counts riders." },
            "transportation", new Provider($"{city} startup", "https://example.org", city, organisationId), "pilot", 6, ["bus"], new Contact("Team", "team@example.org", null)));

    /// <summary>A new open challenge published by <paramref name="agency"/>, to answer with an application.</summary>
    public static async Task<ChallengeResponse> PublishChallengeAsync(HttpClient agency, string city)
    {
        var response = await agency.PostAsJsonAsync("/api/challenges", new ChallengeRequest(
            new Dictionary<string, string> { ["en"] = "Shorter waits at bus stops" },
            new Dictionary<string, string> { ["en"] = "Riders wait too long on line 216." },
            "transportation", $"{city} smart city office", "Beitou bus line 216", DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(3), "open"));
        await response.AssertSuccessAsync();
        return (await response.Content.ReadFromJsonAsync<ChallengeResponse>())!;
    }
}
