extern alias trials;
using Federation.Contracts.Catalog;
using Federation.Contracts.Trials;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ScreeningDeadlines = trials::Federation.Trials.Features.Notifications.ScreeningDeadlines;
using TrialsDbContext = trials::Federation.Trials.Storage.TrialsDbContext;
using TrialsOptions = trials::Federation.Trials.Common.TrialsOptions;
using TrialsProgram = trials::Program;

namespace Federation.E2E;

/// <summary>
/// What the network does for its members beyond records, through the portals of the cities: a Taipei company's interest
/// in a Seoul challenge reaches Seoul's agency by e-mail in Korean and in its portal, is accepted there, and becomes a
/// trial application; Seoul's agency is warned a week before an application's screening deadline, by the service's clock.
/// </summary>
[Collection(nameof(PortalFederation))]
public sealed class NetworkJourneyTests(PortalFederation federation)
{
    private const string SeoulAgencyMail = "agency@seoul.federation.test";

    [Fact]
    public Task A_taipei_companys_interest_in_a_seoul_challenge_reaches_seoul_in_korean_is_accepted_and_becomes_a_trial_application() =>
        federation.RunAsync(async session =>
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var title = $"Bus stop board {tag}";
        var solution = await Listings.ListSolutionAsync(await federation.ApiAsync("startup@taipei", "catalog"), "taipei", title);
        var challenge = await PublishChallengeAsync($"버스 정류장 대기 {tag}", $"Shorter waits at bus stops {tag}");

        // Seoul's agency finds the Taipei listing among the solutions that fit its challenge.
        var seoulAgency = await session.SignInAsync("agency@seoul", "ko");
        await seoulAgency.GotoAsync($"/challenges/seoul/{challenge.Id}");
        await seoulAgency.ReloadUntilVisibleAsync(seoulAgency.Locator($"ol.matches a[href='/solutions/taipei/{solution.Id}']"));

        // The Taipei company says "we want to talk" from the challenge's page at its own portal.
        var startup = await session.SignInAsync("startup@taipei");
        await startup.GotoAsync($"/challenges/seoul/{challenge.Id}");
        var talk = startup.GetByRole(AriaRole.Link, new() { Name = "We want to talk" });
        await startup.ReloadUntilVisibleAsync(talk);
        await talk.ClickAsync();
        await startup.GetByLabel("Our solution").SelectOptionAsync(solution.Id.ToString());
        await startup.GetByLabel("Message").FillAsync($"Our boards cut waits by a fifth ({tag})");
        await startup.GetByRole(AriaRole.Button, new() { Name = "Send our interest" }).ClickAsync();
        await Expect(startup.Confirmation()).ToContainTextAsync("Your interest is sent");
        var interestPath = new Uri(startup.Url).AbsolutePath;

        // Seoul's agency is told by e-mail in Korean, and in its portal.
        var mail = await federation.Inbox.WaitForMailAsync(SeoulAgencyMail, m => m.Subject.Contains(tag));
        Assert.Contains("논의를 원합니다", mail.Subject);
        Assert.Contains("taipei startup", mail.Subject);
        Assert.Contains(interestPath, mail.TextBody);
        await seoulAgency.GotoAsync("/notifications");
        var notice = seoulAgency.GetByRole(AriaRole.Link).Filter(new() { HasText = tag });
        await seoulAgency.ReloadUntilVisibleAsync(notice);
        await Expect(notice).ToContainTextAsync("논의를 원합니다");
        await Expect(seoulAgency.Locator("header .notifications-link .badge")).ToBeVisibleAsync();
        await notice.ClickAsync();
        await seoulAgency.GetByLabel("상대방에게 남길 메모 (선택)").FillAsync("216번 노선에서 만나요");
        await seoulAgency.GetByRole(AriaRole.Button, new() { Name = "수락" }).ClickAsync();
        await Expect(seoulAgency.Confirmation()).ToContainTextAsync("수락했습니다");

        // The company learns of it, and turns the interest into a trial application, prefilled.
        await startup.GotoAsync(interestPath);
        var apply = startup.GetByRole(AriaRole.Link, new() { Name = "Apply for a trial from this interest" });
        await startup.ReloadUntilVisibleAsync(apply);
        await apply.ClickAsync();
        await Expect(startup.GetByLabel("Host city", new() { Exact = true })).ToHaveValueAsync("seoul");
        await Expect(startup.GetByLabel("Requested site", new() { Exact = true })).ToHaveValueAsync("Bus line 216");
        await Expect(startup.GetByLabel("Goals", new() { Exact = true })).ToHaveValueAsync($"Our boards cut waits by a fifth ({tag})");
        await startup.GetByLabel("KPI 1 name", new() { Exact = true }).FillAsync("Average waiting time");
        await startup.GetByLabel("KPI 1 unit", new() { Exact = true }).FillAsync("min");
        await startup.GetByLabel("KPI 1 baseline", new() { Exact = true }).FillAsync("12");
        await startup.GetByLabel("KPI 1 target", new() { Exact = true }).FillAsync("8");
        await startup.GetByLabel("Host city's cost share (%)", new() { Exact = true }).FillAsync("50");
        await startup.GetByRole(AriaRole.Button, new() { Name = "Save the draft application" }).ClickAsync();
        await Expect(startup.Confirmation()).ToContainTextAsync("saved as a draft");
        await Expect(startup.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(title);
        await startup.GotoAsync(interestPath);
        await Expect(startup.GetByRole(AriaRole.Link, new() { Name = "The trial application it became" })).ToBeVisibleAsync();
    });

    [Fact]
    public Task Seouls_agency_is_warned_a_week_before_an_undecided_applications_screening_deadline_and_not_a_minute_earlier() =>
        federation.RunAsync(async session =>
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var title = $"Parking sensor {tag}";
        var startup = await federation.ApiAsync("startup@taipei", "trials");
        var solution = await Listings.ListSolutionAsync(await federation.ApiAsync("startup@taipei", "catalog"), "taipei", title);
        var draft = await ReadAsync<TrialResponse>(await startup.PostAsJsonAsync("/api/trials", new ApplyForTrialRequest("seoul", solution.Id, null,
            "Fewer cars circling for a space", "Gangnam parking lot 3", [new KpiRequest("Search time", "min", 10m, 6m, null)], 6, 50m)));
        await (await startup.PostAsJsonAsync($"/api/trials/{draft.Id}/submit", new { })).AssertSuccessAsync();
        await (await (await federation.ApiAsync("agency@taipei", "trials")).PostAsJsonAsync($"/api/trials/{draft.Id}/endorse", new EndorseRequest(null)))
            .AssertSuccessAsync();
        var seoul = await federation.ApiAsync("agency@seoul", "trials");
        var host = await Eventually.Value(async () => await seoul.GetAsync($"/api/trials/{draft.Id}") is { IsSuccessStatusCode: true } r
            ? await r.Content.ReadFromJsonAsync<TrialResponse>() : null, t => t?.ScreeningDeadline is not null, PortalPages.CrossCity, "seoul to screen the application");
        var deadline = host!.ScreeningDeadline!.Value;

        Assert.Equal("None", await SweepAsync(draft.Id, deadline - TimeSpan.FromDays(7) - TimeSpan.FromMinutes(1)));
        Assert.Equal("Near", await SweepAsync(draft.Id, deadline - TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1)));

        // In Korean, the listing's Korean title: the mail and the notice are known by the trial they link to.
        var trialPath = $"/trials/{draft.Id}";
        var mail = await federation.Inbox.WaitForMailAsync(SeoulAgencyMail, m => m.TextBody.Contains(trialPath) && m.Subject.Contains("심사 기한 1주일 전"));
        Assert.Contains("(Asia/Seoul)", mail.TextBody);
        var seoulAgency = await session.SignInAsync("agency@seoul", "ko");
        await seoulAgency.GotoAsync("/notifications");
        var warning = seoulAgency.Locator($"a[href*='{Uri.EscapeDataString(trialPath)}']").Filter(new() { HasText = "심사 기한 1주일 전" });
        await seoulAgency.ReloadUntilVisibleAsync(warning);
        await warning.ClickAsync();
        await Expect(seoulAgency).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"{trialPath}$"));
    });

    /// <summary>Seoul's deadline notices as its trials service sends them when its clock reads <paramref name="at"/>; the trial's notice state after.</summary>
    private Task<string> SweepAsync(Guid trialId, DateTimeOffset at) =>
        federation.Host.Service<TrialsProgram>("seoul").WithScopeAsync<TrialsDbContext, string>(async db =>
        {
            await new ScreeningDeadlines(db, new FakeTimeProvider(at), Options.Create(new TrialsOptions())).NotifyDueAsync(CancellationToken.None);
            return (await db.Trials.AsNoTracking().SingleAsync(t => t.Id == trialId)).ScreeningNotice.ToString();
        });

    private async Task<ChallengeResponse> PublishChallengeAsync(string korean, string english)
    {
        var agency = await federation.ApiAsync("agency@seoul", "catalog");
        return await ReadAsync<ChallengeResponse>(await agency.PostAsJsonAsync("/api/challenges", new ChallengeRequest(
            new Dictionary<string, string> { ["ko"] = korean, ["en"] = english },
            new Dictionary<string, string> { ["en"] = "Riders wait too long for buses; show real-time arrivals at the stops." },
            "transportation", "seoul smart city office", "Bus line 216", DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(3), "open")));
    }

    private static async Task<T> ReadAsync<T>(HttpResponseMessage response) =>
        (await (await response.AssertSuccessAsync()).Content.ReadFromJsonAsync<T>())!;
}
