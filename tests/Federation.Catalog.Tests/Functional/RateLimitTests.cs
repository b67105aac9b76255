namespace Federation.Catalog.Tests.Functional;

/// <summary>Writes are limited per client address too, whoever is signed in (RateLimits:WritesPerAddressPerMinute).</summary>
[Collection(CatalogCollection.Name)]
public sealed class RateLimitTests(CatalogNode node)
{
    [Fact]
    public async Task Writes_past_the_per_address_limit_are_answered_429_with_retry_after_whichever_user_sends_them()
    {
        // Its own catalogue and database, on a real socket, so every client comes from 127.0.0.1 and no other test counts.
        await using var limited = new CityService<Program>(node.Federation, "taipei", "catalog", "Catalog")
        {
            Settings = new Dictionary<string, string>
            {
                ["ConnectionStrings:Catalog"] = $"Data Source={Path.Combine(node.Federation.CityDirectory("taipei"), "catalog-address-limit.db")}",
                ["RateLimits:WritesPerAddressPerMinute"] = "3",
            },
        };
        limited.UseKestrel(0);
        limited.StartServer();
        var agency = await DevUsers.SignedInAsync(limited.CreateClient(), node.Federation, "agency@taipei");
        var startup = await DevUsers.SignedInAsync(limited.CreateClient(), node.Federation, "startup@taipei");

        // Each user writes twice, far below the per-user limit (120); together they pass the address's 3.
        var answers = new List<HttpResponseMessage>();
        foreach (var client in new[] { agency, startup, agency, startup })
            answers.Add(await client.PostAsJsonAsync("/api/solutions", Samples.Solution()));

        // A startup lists its own organisation's solution: every write below the limit counts and is made.
        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.Created],
            answers.Take(3).Select(a => a.StatusCode));
        await answers[3].AssertProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.True(answers[3].Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal(HttpStatusCode.OK, (await agency.GetAsync("/api/solutions")).StatusCode);
    }
}
