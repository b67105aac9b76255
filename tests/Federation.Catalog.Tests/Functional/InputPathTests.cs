using System.Text.Json.Nodes;

namespace Federation.Catalog.Tests.Functional;

/// <summary>
/// The shared input path: strict JSON, ids read from the route, member cities and language tags checked, control
/// characters refused; each answer a 400 naming the field in plain words, and nothing stored.
/// </summary>
[Collection(CatalogCollection.Name)]
public sealed class InputPathTests(CatalogNode node)
{
    private readonly HttpClient _client = node.Client;

    private static JsonObject Listing(string change)
    {
        var body = JsonSerializer.SerializeToNode(Samples.Solution(), JsonSerializerOptions.Web)!.AsObject();
        foreach (var (key, value) in JsonNode.Parse(change)!.AsObject()) body[key] = value?.DeepClone();
        return body;
    }

    private Task<HttpResponseMessage> PostAsync(string path, JsonNode body) =>
        _client.PostAsync(path, new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"));

    [Theory]
    [InlineData("""{"trl": "6"}""", "trl")]
    [InlineData("""{"maturity": "magic"}""", "maturity")]
    [InlineData("""{"provider": {"name": "Lumen", "homeCity": "atlantis"}}""", "provider.homeCity")]
    [InlineData("""{"title": {"xx": "Lamp"}}""", "title.xx")]
    [InlineData("""{"title": {"en": "Lamp\u0000"}}""", "title.en")]
    [InlineData("""{"summary": {"en": "Dims\u0007 itself"}}""", "summary.en")]
    [InlineData("""{"colour": "green"}""", "colour")]
    public async Task A_listing_with_a_value_the_catalogue_cannot_hold_is_refused_naming_it_and_not_stored(string change, string field)
    {
        var mark = Guid.NewGuid().ToString("N");
        var body = Listing(change);
        body["tags"] = new JsonArray(mark);

        var response = await PostAsync("/api/solutions", body);

        await response.AssertBadRequestNamingAsync(field);
        Assert.Equal(0, (await _client.GetFromJsonAsync<ResultPage<SolutionResponse>>($"/api/solutions?q={mark}"))!.Total);
    }

    [Theory]
    [InlineData("""{"trl": "6"}""", "trl", "trl must be a whole number.")]
    [InlineData("""{"trl": true}""", "trl", "trl must be a whole number.")]
    [InlineData("""{"title": "Lamp"}""", "title", "title must be an object of texts by language, such as {\"en\": \"...\"}.")]
    [InlineData("""{"tags": [1]}""", "tags[0]", "tags[0] must be text.")]
    public async Task A_value_of_the_wrong_kind_is_named_with_the_kind_it_must_be(string change, string field, string message)
    {
        var response = await PostAsync("/api/solutions", Listing(change));

        var problem = await response.AssertBadRequestNamingAsync(field);
        Assert.Equal([message], problem.Errors![field]);
    }

    [Fact]
    public async Task A_home_city_is_stored_as_the_member_list_spells_it()
    {
        var response = await PostAsync("/api/solutions", Listing("""{"provider": {"name": "Lumen", "homeCity": "Seoul"}}"""));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("seoul", (await response.Content.ReadFromJsonAsync<SolutionResponse>())!.Provider.HomeCity);
    }

    [Theory]
    [InlineData("GET", "/api/solutions/not-a-guid")]
    [InlineData("GET", "/api/challenges/12345")]
    [InlineData("DELETE", "/api/solutions/not-a-guid")]
    [InlineData("PUT", "/api/challenges/not-a-guid")]
    public async Task A_route_id_that_is_not_an_id_is_a_bad_request_naming_id(string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "PUT") request.Content = new StringContent("{}", Encoding.UTF8, "application/json");

        var response = await _client.SendAsync(request);

        await response.AssertBadRequestNamingAsync("id");
    }

    [Fact]
    public async Task An_open_challenge_shows_closed_once_its_deadline_has_passed()
    {
        var challenge = JsonSerializer.SerializeToNode(Samples.Challenge(), JsonSerializerOptions.Web)!.AsObject();
        challenge["deadline"] = "2020-01-31";
        var created = await (await PostAsync("/api/challenges", challenge)).Content.ReadFromJsonAsync<ChallengeResponse>();

        var read = await _client.GetFromJsonAsync<ChallengeResponse>($"/api/challenges/{created!.Id}");

        Assert.Equal("closed", created.Status);
        Assert.Equal("closed", read!.Status);
    }

    [Fact]
    public async Task A_challenge_before_its_deadline_stays_open()
    {
        var created = await node.CreateChallengeAsync(Samples.Challenge());

        var read = await _client.GetFromJsonAsync<ChallengeResponse>($"/api/challenges/{created.Id}");

        Assert.Equal("open", read!.Status);
    }
}
