using Federation.Contracts.Awards;

namespace Federation.Awards.Tests.Federation;

/// <summary>A cycle's name, labels and announcement in the network's languages, on the SQLite stores.</summary>
[Collection(nameof(AwardsFederation))]
public sealed class TranslationTests(AwardsFederation federation) : TranslationTests<AwardsFederation>(federation)
{
    public static TheoryData<string, string> BadTranslations() => new()
    {
        { "nameTranslations.xx", """{"xx": "名"}""" },
        { "nameTranslations.ko", """{"ko": "상\u0000"}""" },
        { "labelNames.Winner.ko", $$$"""{"Winner": {"ko": "{{{new string('우', 201)}}}"}}""" },
        { "labelNames.Best", """{"Best": {"ko": "최고"}}""" },
    };

    [Theory]
    [MemberData(nameof(BadTranslations))]
    public async Task A_bad_translation_is_refused_naming_its_label_and_language(string field, string map)
    {
        var secretariat = await Federation.AwardsAs("secretariat@taipei");
        var call = System.Text.Json.JsonSerializer.SerializeToNode(Call("GO SMART Award (bad languages)"), System.Text.Json.JsonSerializerOptions.Web)!;
        call[field.Split('.')[0]] = System.Text.Json.Nodes.JsonNode.Parse(map);

        await ExpectInvalid(await secretariat.PostAsync("/api/awards/cycles",
            new StringContent(call.ToJsonString(), System.Text.Encoding.UTF8, "application/json")), field);
    }

    [Fact]
    public async Task An_announcement_in_a_language_that_is_none_is_refused_naming_it()
    {
        var secretariat = await Federation.AwardsAs("secretariat@taipei");
        var cycle = await OpenAsync(secretariat, Call("GO SMART Award (bad announcement)"));

        await ExpectInvalid(await secretariat.PostAsJsonAsync($"/api/awards/cycles/{cycle.Id}/publish",
            new PublishRequest("Congratulations") { AnnouncementTranslations = new Dictionary<string, string> { ["zz"] = "?" } }),
            "announcementTranslations.zz");
    }

    [Fact]
    public async Task A_call_and_results_without_translations_as_the_previous_release_sends_them_are_still_held()
    {
        // ForgedCycleAsync builds the call as a city of the previous release does: no maps at all.
        var call = await Federation.ForgedCycleAsync();
        Assert.Null(call.NameTranslations);
        var results = new AwardResultsPublished(call.CycleId, "taipei", call.Year, call.Name,
            [new AwardWinner("Winner", Guid.NewGuid(), Guid.NewGuid(), "new-taipei", new Dictionary<string, string> { ["en"] = "Banqiao lamp" })],
            [], "Congratulations", DateTimeOffset.UtcNow);

        await Federation.SendSignedAsync("taipei", results, to: null);

        var held = await Eventually.Value(() => Federation.Anonymous("seoul").GetAsync($"/api/awards/cycles/{call.CycleId}/results"),
            r => r.StatusCode == HttpStatusCode.OK, Propagation, "seoul to hold the results");
        var shown = (await held.Content.ReadFromJsonAsync<ResultsResponse>())!;
        Assert.Equal((call.Name, "Winner", "Congratulations"), (shown.Name, shown.Winners.Single().Label, shown.Announcement));
        Assert.Equal((0, 0, 0), (shown.NameTranslations.Count, shown.LabelNames.Count, shown.AnnouncementTranslations.Count));
    }
}

/// <summary>The same on PostgreSQL, the production store.</summary>
[Collection(nameof(AwardsFederationOnPostgres))]
public sealed class TranslationTestsOnPostgres(AwardsFederationOnPostgres federation) : TranslationTests<AwardsFederationOnPostgres>(federation);

public abstract class TranslationTests<TFederation>(TFederation federation) where TFederation : AwardsFederation
{
    protected TFederation Federation => federation;

    [Fact]
    public async Task A_cycle_s_name_labels_and_announcement_in_every_language_reach_every_city()
    {
        var secretariat = await federation.AwardsAs("secretariat@taipei");
        var cycle = await OpenAsync(secretariat, Call("GO SMART Award (languages)", ["Winner", "Most Promising City Project"], 2, 2) with
        {
            NameTranslations = new Dictionary<string, string> { ["zh-TW"] = "GO SMART 獎（語言）", ["ko"] = "GO SMART 어워드 (언어)" },
            LabelNames = new Dictionary<string, IReadOnlyDictionary<string, string>>
            {
                // Keyed as the secretariat typed it; held as the cycle spells the label.
                ["winner"] = new Dictionary<string, string> { ["zh-TW"] = "首獎", ["ko"] = "대상" },
                ["Most Promising City Project"] = new Dictionary<string, string> { ["ko"] = "가장 유망한 도시 프로젝트" },
            },
        });
        Assert.Equal("대상", cycle.LabelNames["Winner"]["ko"]);
        foreach (var city in AwardsFederation.Cities)
        {
            var copy = await EventuallyAsync(federation.Anonymous(city), cycle.Id, _ => true, $"{city} to hold the call");
            Assert.Equal(("GO SMART 어워드 (언어)", "首獎", "가장 유망한 도시 프로젝트"),
                (copy!.NameTranslations["ko"], copy.LabelNames["Winner"]["zh-TW"], copy.LabelNames["Most Promising City Project"]["ko"]));
        }

        var a = await Arranged.EntryAsync(federation, cycle.Id, "seoul", Guid.NewGuid(), "Seoul bus stop");
        var b = await Arranged.EntryAsync(federation, cycle.Id, "new-taipei", Guid.NewGuid(), "Banqiao lamp");
        var now = DateTimeOffset.UtcNow;
        await PostAsync<CycleResponse>(secretariat, $"/api/awards/cycles/{cycle.Id}/schedule",
            new { nominationCloses = now, judgingOpens = now, judgingCloses = now.AddHours(1) });
        await PostAsync<CycleResponse>(secretariat, $"/api/awards/cycles/{cycle.Id}/schedule", new { judgingCloses = DateTimeOffset.UtcNow });
        await PostAsync<CycleResponse>(secretariat, $"/api/awards/cycles/{cycle.Id}/shortlist", new ShortlistRequest([a, b]));
        await PostAsync<CycleResponse>(secretariat, $"/api/awards/cycles/{cycle.Id}/winners", new ChooseWinnersRequest(
            [new WinnerChoiceRequest("Winner", a, null), new WinnerChoiceRequest("Most Promising City Project", b, null)]));
        await PostAsync<CycleResponse>(secretariat, $"/api/awards/cycles/{cycle.Id}/publish", new PublishRequest("Congratulations")
        {
            AnnouncementTranslations = new Dictionary<string, string> { ["zh-TW"] = "恭喜", ["ko"] = "축하합니다" },
        });

        foreach (var city in AwardsFederation.Cities)
        {
            var results = await Eventually.Value(() => ResultsAsync(federation.Anonymous(city), cycle.Id), r => r is not null, Propagation,
                $"{city} to show the results");
            Assert.Equal(("Congratulations", "축하합니다", "GO SMART 獎（語言）"),
                (results!.Announcement, results.AnnouncementTranslations["ko"], results.NameTranslations["zh-TW"]));
            Assert.Equal("대상", results.LabelNames[results.Winners.Single(w => w.EntryId == a).Label]["ko"]);
        }
    }

    private static async Task<ResultsResponse?> ResultsAsync(HttpClient client, Guid cycleId)
    {
        var response = await client.GetAsync($"/api/awards/cycles/{cycleId}/results");
        return response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<ResultsResponse>() : null;
    }
}
