using System.Net.Http.Json;
using Federation.Contracts.Catalog;

namespace Federation.Testing;

/// <summary>Listings a city's agency makes through its catalogue, for tests of what is done with them.</summary>
public static class Listings
{
    /// <summary>A new solution listed by <paramref name="agency"/> (a signed-in client of <paramref name="city"/>'s catalogue).</summary>
    public static async Task<SolutionResponse> ListSolutionAsync(HttpClient agency, string city, string title = "Smart bus stop")
    {
        var response = await agency.PostAsJsonAsync("/api/solutions", new SolutionRequest(
            new Dictionary<string, string> { ["en"] = title, ["ko"] = "스마트 버스 정류장" },
            new Dictionary<string, string> { ["en"] = "Shows real-time arrivals and counts riders." },
            "transportation", new Provider($"{city} startup", "https://example.org", city), "pilot", 6, ["bus"], new Contact("Team", "team@example.org", null)));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<SolutionResponse>())!;
    }

    /// <summary>A new open challenge published by <paramref name="agency"/>, to answer with an application.</summary>
    public static async Task<ChallengeResponse> PublishChallengeAsync(HttpClient agency, string city)
    {
        var response = await agency.PostAsJsonAsync("/api/challenges", new ChallengeRequest(
            new Dictionary<string, string> { ["en"] = "Shorter waits at bus stops" },
            new Dictionary<string, string> { ["en"] = "Riders wait too long on line 216." },
            "transportation", $"{city} smart city office", "Beitou bus line 216", DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(3), "open"));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<ChallengeResponse>())!;
    }
}
