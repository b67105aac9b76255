namespace Federation.Catalog.Tests.Functional;

/// <summary>Who may write to taipei's catalogue: taipei's agency, and a taipei company its own listings; only taipei's records.</summary>
[Collection(CatalogCollection.Name)]
public sealed class AuthorizationTests(CatalogNode node)
{
    /// <summary>Every endpoint that writes, as (method, path of a record owned by taipei, body).</summary>
    public static TheoryData<string> Writes => ["create solution", "update solution", "withdraw solution",
        "create challenge", "update challenge", "withdraw challenge", "resync"];

    /// <summary>Writes a company's person may not make: the city's challenges and resync, and another organisation's listing.</summary>
    public static TheoryData<string> NotAStartups => ["update solution", "withdraw solution",
        "create challenge", "update challenge", "withdraw challenge", "resync"];

    [Theory, MemberData(nameof(Writes))]
    public async Task Anonymous_writes_are_refused_with_401(string write)
    {
        var response = await SendAsync(node.Anonymous, write);

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Theory, MemberData(nameof(NotAStartups))]
    public async Task A_startup_may_not_write_the_city_s_records_nor_another_organisation_s_listing(string write)
    {
        var response = await SendAsync(await node.ClientForAsync("startup@taipei"), write);

        await response.AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Theory, MemberData(nameof(Writes))]
    public async Task Another_citys_agency_token_is_refused_with_401(string write)
    {
        var response = await SendAsync(await node.ClientForAsync("agency@seoul"), write);

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Theory, MemberData(nameof(Writes))]
    public async Task Taipeis_agency_may_make_every_write(string write)
    {
        var response = await SendAsync(node.Client, write);

        Assert.True(response.IsSuccessStatusCode, $"{write}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    [Fact]
    public async Task Taipeis_agency_may_not_change_or_withdraw_a_listing_owned_by_seoul()
    {
        var replica = await node.AddReplicaAsync(Samples.SolutionOf("seoul", Samples.En("Seoul's own lamp")));

        var update = await node.Client.PutAsJsonAsync($"/api/solutions/{replica.Id}", Samples.Update(Samples.Solution(), replica.Version));
        var withdraw = await node.Client.DeleteAsync($"/api/solutions/{replica.Id}");

        await update.AssertProblemAsync(HttpStatusCode.Forbidden);
        await withdraw.AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Reads_need_no_sign_in()
    {
        var created = await node.CreateSolutionAsync(Samples.Solution());

        Assert.Equal(HttpStatusCode.OK, (await node.Anonymous.GetAsync($"/api/solutions/{created.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await node.Anonymous.GetAsync("/api/solutions?q=lamp")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await node.Anonymous.GetAsync("/api/challenges")).StatusCode);
    }

    private async Task<HttpResponseMessage> SendAsync(HttpClient client, string write)
    {
        switch (write)
        {
            case "create solution": return await client.PostAsJsonAsync("/api/solutions", Samples.Solution());
            case "create challenge": return await client.PostAsJsonAsync("/api/challenges", Samples.Challenge());
            case "resync": return await client.PostAsJsonAsync("/api/catalog/resync", new ResyncRequest(["seoul"]));
        }
        if (write.EndsWith("solution"))
        {
            var solution = await node.CreateSolutionAsync(Samples.Solution());
            return write.StartsWith("update")
                ? await client.PutAsJsonAsync($"/api/solutions/{solution.Id}", Samples.Update(Samples.Solution(), solution.Version))
                : await client.DeleteAsync($"/api/solutions/{solution.Id}");
        }
        var challenge = await node.CreateChallengeAsync(Samples.Challenge());
        return write.StartsWith("update")
            ? await client.PutAsJsonAsync($"/api/challenges/{challenge.Id}", Samples.Update(Samples.Challenge(), challenge.Version))
            : await client.DeleteAsync($"/api/challenges/{challenge.Id}");
    }
}
