using System.Net.Http.Headers;
using System.Text.Json;
using Federation.Contracts.Identity;
using Federation.ServiceDefaults.Messaging;
using Federation.Members;
using MassTransit;
using Federation.Contracts.Awards;
using AssignedEntry = Federation.Contracts.Awards.AssignedEntry;

namespace Federation.Awards.Tests.Federation;

/// <summary>
/// What the city-side tests arrange: cycles and assignments as the secretariat (taipei) would send them,
/// signed with taipei's real node key and put straight on its broker, and users to enrol or to judge.
/// </summary>
internal static class CityArrangements
{
    public static readonly TimeSpan Travel = TimeSpan.FromSeconds(30);

    public static readonly IReadOnlyList<AwardCriterion> Criteria = AwardVocabulary.DefaultCriteria;

    /// <summary>A cycle broadcast by taipei, held by seoul and new-taipei once this returns.</summary>
    public static async Task<AwardCycleDefinition> ForgedCycleAsync(this AwardsFederation f, bool nominationsOpen = true, bool requiresTrial = false)
    {
        var now = DateTimeOffset.UtcNow;
        var nomination = nominationsOpen ? new AwardWindow(now.AddHours(-1), now.AddDays(1)) : new AwardWindow(now.AddDays(-3), now.AddDays(-2));
        var judging = nominationsOpen ? new AwardWindow(now.AddDays(2), now.AddDays(3)) : new AwardWindow(now.AddDays(-1), now.AddDays(3));
        var cycle = new AwardCycleDefinition(Guid.NewGuid(), "taipei", now.Year, $"GO SMART Award {Guid.NewGuid():N}"[..30], ["Winner"], Criteria,
            nomination, judging, 3, 1, false, new AwardTieBreak("earliest-entry", null), requiresTrial, now);
        await f.SendSignedAsync("taipei", new AwardCycleOpened(cycle), to: null);
        foreach (var city in new[] { "seoul", "new-taipei" })
            await Eventually.Async(() => f.WithAwardsDbAsync(city, db => db.Cycles.AnyAsync(c => c.Id == cycle.CycleId)),
                Travel, $"{city} to hold cycle {cycle.CycleId}");
        return cycle;
    }

    /// <summary>Publishes (or, with a target, sends) a message from <paramref name="city"/>'s broker, signed with its node key.</summary>
    public static async Task<Guid> SendSignedAsync<T>(this AwardsFederation f, string city, T message, string? to) where T : class
    {
        var messageId = Guid.NewGuid();
        using var signer = new MessageSigner(NodeSigningKey.LoadOrCreate(f.Brokers.SigningKeyFile(city)), city, TimeProvider.System);
        var stamp = signer.Sign(message, messageId, to);
        await f.Awards(city).Services.GetRequiredService<IBus>().Publish(message, context =>
        {
            stamp.ApplyTo(context);
            if (to is not null) context.SetRoutingKey(to);
        });
        return messageId;
    }

    // The identity services limit token requests per address: each user signs in once per run.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Task<string>> Tokens = new();
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Task<CityUserResponse>> SharedJudges = new();

    /// <summary>A new judge-role user of the city, with their user id as the city's identity service answers an agency.</summary>
    public static async Task<CityUserResponse> JudgeUserAsync(this AwardsFederation f, string city)
    {
        var name = await f.CreateUserAsync(city, $"judge-{Guid.NewGuid():N}"[..14], "judge", $"{city} judging panel");
        using var identity = new HttpClient { BaseAddress = new Uri(f.Brokers.IdentityUri(city)) };
        identity.DefaultRequestHeaders.Authorization = (await f.AwardsAs($"agency@{city}")).DefaultRequestHeaders.Authorization;
        return (await identity.GetFromJsonAsync<CityUserResponse>($"/api/users/{name}"))!;
    }

    /// <summary>One judge-role user of the city for the tests that only need someone to assign (assignments tell them apart).</summary>
    public static Task<CityUserResponse> SharedJudgeAsync(this AwardsFederation f, string city) =>
        SharedJudges.GetOrAdd(city, _ => f.JudgeUserAsync(city));

    /// <summary>
    /// The city's shared judge assigned (by taipei's secretariat, signed with its key) one entry of each other city,
    /// judging open now; held by the city once this returns, with the judge signed in there.
    /// </summary>
    public static async Task<(HttpClient Judge, JudgeAssigned Assigned)> AssignedJudgeAsync(this AwardsFederation f, string city)
    {
        var user = await f.SharedJudgeAsync(city);
        var assigned = Assignment(user, city);
        await f.SendSignedAsync("taipei", assigned, to: city);
        await Eventually.Async(() => f.WithAwardsDbAsync(city, db => db.Assignments.AnyAsync(a => a.Id == assigned.AssignmentId)),
            Travel, $"{city} to hold assignment {assigned.AssignmentId}");
        return (await f.AwardsAsUserAsync(user.UserName), assigned);
    }

    /// <summary>An assignment from taipei's secretariat of one entry of every other city to the judge, judging open now.</summary>
    public static JudgeAssigned Assignment(CityUserResponse user, string judgeCity)
    {
        var now = DateTimeOffset.UtcNow;
        var entries = AwardsFederation.Cities.Where(c => c != judgeCity).Select(c => new AssignedEntry(Guid.NewGuid(), Guid.NewGuid(), c,
            new Dictionary<string, string> { ["en"] = $"{c} bus stop" }, new Dictionary<string, string> { ["en"] = "Real-time arrivals" }, "Cut waiting", []));
        return new JudgeAssigned(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), judgeCity, "taipei", user.Id, "Dr. Judge", now.Year, "GO SMART Award",
            Criteria, new AwardWindow(now.AddHours(-1), now.AddDays(1)), [.. entries], 1, now);
    }

    /// <summary>A client of the user's own city's awards service signed in as <paramref name="userName"/>.</summary>
    public static async Task<HttpClient> AwardsAsUserAsync(this AwardsFederation f, string userName)
    {
        var client = f.Awards(userName[(userName.IndexOf('@') + 1)..]).CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
            await Tokens.GetOrAdd(userName, user => DevUsers.TokenAsync(f.Brokers, user)));
        return client;
    }

    /// <summary>Posts and reads the answer, failing with its body unless it succeeded.</summary>
    public static async Task<T> PostOkAsync<T>(HttpClient client, string path, object body)
    {
        var response = await client.PostAsJsonAsync(path, body);
        if (!response.IsSuccessStatusCode) Xunit.Assert.Fail($"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<T>())!;
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();
}
