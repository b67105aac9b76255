using Federation.Contracts.Awards;

namespace Federation.Awards.Tests.Federation;

[Collection(nameof(AwardsFederation))]
public sealed class CycleTests(AwardsFederation federation)
{
    [Fact]
    public async Task A_cycle_opened_by_the_secretariat_reaches_every_city()
    {
        var secretariat = await federation.AwardsAs("secretariat@taipei");

        var cycle = await OpenAsync(secretariat, Call("GO SMART Award (reach)", ["Winner", "Most Promising City Project"], 4, 3));

        Assert.Equal(("taipei", "nominating"), (cycle.SecretariatCity, cycle.Status));
        Assert.Equal(["cross-domain", "impact", "functionality", "innovation"], cycle.Criteria.Select(c => c.Key));
        Assert.Equal(new AwardTieBreak("criterion", "cross-domain"), cycle.TieBreak);
        foreach (var city in AwardsFederation.Cities)
        {
            var copy = await EventuallyAsync(federation.Anonymous(city), cycle.Id, _ => true, $"{city} to hold the cycle");
            Assert.Equal((cycle.Name, cycle.Nomination, cycle.Judging, 4), (copy!.Name, copy.Nomination, copy.Judging, copy.Criteria.Count));
            var listed = await federation.Anonymous(city).GetFromJsonAsync<List<CycleResponse>>("/api/awards/cycles");
            Assert.Contains(listed!, c => c.Id == cycle.Id);
        }
    }

    [Fact]
    public async Task Only_the_secretariat_of_the_secretariat_s_city_opens_a_cycle()
    {
        var agency = await federation.AwardsAs("agency@taipei");
        var seoulAgency = await federation.AwardsAs("agency@seoul");
        var secretariatAtSeoul = await federation.AwardsAt("seoul", "secretariat@taipei");
        var request = Call("GO SMART Award (refused)");

        await Expect(await agency.PostAsJsonAsync("/api/awards/cycles", request), HttpStatusCode.Forbidden);
        // Seoul's node has no secretariat: neither its own users nor taipei's token open a cycle there.
        await Expect(await seoulAgency.PostAsJsonAsync("/api/awards/cycles", request), HttpStatusCode.Forbidden);
        var foreign = await secretariatAtSeoul.PostAsJsonAsync("/api/awards/cycles", request);
        Assert.Contains(foreign.StatusCode, new[] { HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden });
        await Expect(await federation.Anonymous("taipei").PostAsJsonAsync("/api/awards/cycles", request), HttpStatusCode.Unauthorized);
        var listed = await federation.Anonymous("taipei").GetFromJsonAsync<List<CycleResponse>>("/api/awards/cycles");
        Assert.DoesNotContain(listed!, c => c.Name == request.Name);
    }

    public static TheoryData<string, string> BadCalls() => new()
    {
        { "year", """{"name": "x", "labels": ["Winner"], "nominationCloses": "2099-01-01T00:00:00Z", "judgingOpens": "2099-02-01T00:00:00Z", "judgingCloses": "2099-03-01T00:00:00Z", "finalists": 2, "winners": 1}""" },
        { "name", """{"year": YEAR, "labels": ["Winner"], "nominationCloses": "NC", "judgingOpens": "JO", "judgingCloses": "JC", "finalists": 2, "winners": 1}""" },
        { "labels", """{"year": YEAR, "name": "x", "nominationCloses": "NC", "judgingOpens": "JO", "judgingCloses": "JC", "finalists": 2, "winners": 1}""" },
        { "judgingCloses", """{"year": YEAR, "name": "x", "labels": ["Winner"], "nominationCloses": "NC", "judgingOpens": "JO", "finalists": 2, "winners": 1}""" },
        { "criteria", """{"year": YEAR, "name": "x", "labels": ["Winner"], "criteria": [{"key": "impact", "name": "Impact", "weight": 90}], "nominationCloses": "NC", "judgingOpens": "JO", "judgingCloses": "JC", "finalists": 2, "winners": 1}""" },
        { "judgingOpens", """{"year": YEAR, "name": "x", "labels": ["Winner"], "nominationCloses": "JO", "judgingOpens": "NC", "judgingCloses": "JC", "finalists": 2, "winners": 1}""" },
        { "tieBreak.rule", """{"year": YEAR, "name": "x", "labels": ["Winner"], "nominationCloses": "NC", "judgingOpens": "JO", "judgingCloses": "JC", "finalists": 2, "winners": 1, "tieBreak": {"rule": "coin"}}""" },
        { "finalists", """{"year": YEAR, "name": "x", "labels": ["Winner"], "nominationCloses": "NC", "judgingOpens": "JO", "judgingCloses": "JC", "finalists": 1, "winners": 2}""" },
    };

    [Theory]
    [MemberData(nameof(BadCalls))]
    public async Task A_bad_call_is_refused_naming_the_field(string field, string json)
    {
        var secretariat = await federation.AwardsAs("secretariat@taipei");
        var now = DateTimeOffset.UtcNow;
        json = json.Replace("YEAR", now.Year.ToString()).Replace("NC", now.AddDays(1).ToString("O"))
            .Replace("JO", now.AddDays(2).ToString("O")).Replace("JC", now.AddDays(3).ToString("O"));

        var response = await secretariat.PostAsync("/api/awards/cycles", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        await ExpectInvalid(response, field);
    }

    [Fact]
    public async Task Rescheduled_windows_reach_every_city()
    {
        var secretariat = await federation.AwardsAs("secretariat@taipei");
        var cycle = await OpenAsync(secretariat, Call("GO SMART Award (reschedule)"));
        var now = DateTimeOffset.UtcNow;

        var moved = await PostAsync<CycleResponse>(secretariat, $"/api/awards/cycles/{cycle.Id}/schedule",
            new { nominationCloses = now, judgingOpens = now, judgingCloses = now.AddHours(1) });

        Assert.Equal("judging", moved.Status);
        foreach (var city in AwardsFederation.Cities)
        {
            var copy = await EventuallyAsync(federation.Anonymous(city), cycle.Id, c => c.Judging == moved.Judging, $"{city} to follow the new windows");
            Assert.Equal(moved.Nomination, copy!.Nomination);
        }
    }

    [Fact]
    public async Task A_closed_window_is_not_reopened_and_windows_stay_ordered()
    {
        var secretariat = await federation.AwardsAs("secretariat@taipei");
        var cycle = await OpenAsync(secretariat, Call("GO SMART Award (closed)"));
        var now = DateTimeOffset.UtcNow;
        var path = $"/api/awards/cycles/{cycle.Id}/schedule";

        await ExpectInvalid(await secretariat.PostAsJsonAsync(path, new { judgingOpens = now.AddMinutes(-5) }), "judgingOpens");
        await PostAsync<CycleResponse>(secretariat, path, new { nominationCloses = now });
        await Expect(await secretariat.PostAsJsonAsync(path, new { nominationCloses = now.AddMinutes(30) }), HttpStatusCode.Conflict);
        await Expect(await (await federation.AwardsAs("agency@taipei")).PostAsJsonAsync(path, new { judgingCloses = now.AddHours(5) }), HttpStatusCode.Forbidden);
    }
}
