using System.Net.Http.Json;
using System.Text;
using Federation.Contracts.Catalog;
using Xunit;

namespace Federation.Catalog.Tests.Functional;

/// <summary>Fields a caller may not set (owner, id, version, times) cannot be set through a body.</summary>
[Collection(CatalogCollection.Name)]
public sealed class MassAssignmentTests(CatalogNode node)
{
    private static readonly Guid ChosenId = Guid.Parse("11111111-2222-3333-4444-555555555555");

    [Fact]
    public async Task A_solution_body_cannot_choose_its_owner_id_version_or_dates()
    {
        var body = """
            {"title":{"en":"Chosen fields lamp"},"summary":{"en":"s"},"domain":"energy","maturity":"pilot","trl":5,
             "provider":{"name":"P","homeCity":"taipei"},
             "id":"11111111-2222-3333-4444-555555555555","city":"seoul","version":42,
             "publishedAt":"2001-01-01T00:00:00Z","withdrawn":true}
            """.Replace("\"energy\"", "\"environment\"");

        var created = await PostAsync<SolutionResponse>("/api/solutions", body);

        Assert.Equal(("taipei", 1L, false), (created.City, created.Version, created.Id == ChosenId));
        Assert.True(created.PublishedAt > DateTimeOffset.UtcNow.AddMinutes(-5));
    }

    [Fact]
    public async Task A_challenge_body_cannot_choose_its_owner_id_version_or_dates()
    {
        var body = """
            {"title":{"en":"Chosen fields challenge"},"description":{"en":"d"},"domain":"security",
             "hostAgency":"Police","site":"Main station","deadline":"2031-01-01",
             "id":"11111111-2222-3333-4444-555555555555","city":"seoul","version":42,"publishedAt":"2001-01-01T00:00:00Z"}
            """;

        var created = await PostAsync<ChallengeResponse>("/api/challenges", body);

        Assert.Equal(("taipei", 1L, false), (created.City, created.Version, created.Id == ChosenId));
        Assert.True(created.PublishedAt > DateTimeOffset.UtcNow.AddMinutes(-5));
    }

    private async Task<T> PostAsync<T>(string path, string json)
    {
        var response = await node.Client.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<T>())!;
    }
}
