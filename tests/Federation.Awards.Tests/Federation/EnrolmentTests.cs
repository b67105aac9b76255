using Federation.Contracts.Awards;

namespace Federation.Awards.Tests.Federation;

/// <summary>An agency enrols judges among its own city's judge-role users, as its identity service knows them.</summary>
[Collection(nameof(AwardsFederation))]
public sealed class EnrolmentTests(AwardsFederation federation)
{
    [Fact]
    public async Task An_agency_enrols_a_judge_role_user_of_its_city()
    {
        var user = await federation.JudgeUserAsync("seoul");
        var agency = await federation.AwardsAs("agency@seoul");

        var answer = await agency.PostAsJsonAsync("/api/awards/judges", new EnrolJudgeRequest(user.UserName, "Dr. Kim", ["transportation"]));

        Assert.Equal(HttpStatusCode.Created, answer.StatusCode);
        var judge = (await answer.Content.ReadFromJsonAsync<JudgeResponse>())!;
        Assert.Equal(("seoul", user.UserName, "Dr. Kim", "seoul judging panel"), (judge.City, judge.UserName, judge.DisplayName, judge.Organisation));
        var listed = (await agency.GetFromJsonAsync<List<JudgeResponse>>("/api/awards/judges"))!;
        Assert.Contains(listed, j => j.Id == judge.Id);
        Assert.Equal(HttpStatusCode.Conflict,
            (await agency.PostAsJsonAsync("/api/awards/judges", new EnrolJudgeRequest(user.UserName, "Dr. Kim", null))).StatusCode);
    }

    [Fact]
    public async Task A_user_without_the_judge_role_or_of_no_such_name_is_refused_naming_the_user()
    {
        var agency = await federation.AwardsAs("agency@seoul");

        var startup = await agency.PostAsJsonAsync("/api/awards/judges", new EnrolJudgeRequest("startup@seoul", "A startup", null));
        var nobody = await agency.PostAsJsonAsync("/api/awards/judges", new EnrolJudgeRequest("nobody@seoul", "Nobody", null));
        var otherCity = await agency.PostAsJsonAsync("/api/awards/judges", new EnrolJudgeRequest("judge@taipei", "Taipei's judge", null));

        foreach (var answer in new[] { startup, nobody, otherCity })
        {
            Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
            Assert.True((await answer.JsonAsync()).GetProperty("errors").TryGetProperty("userName", out _));
        }
    }

    [Fact]
    public async Task Only_an_agency_of_the_city_enrols()
    {
        var user = await federation.JudgeUserAsync("seoul");
        var request = new EnrolJudgeRequest(user.UserName, "Dr. Kim", null);

        var otherCity = await (await federation.AwardsAt("seoul", "agency@taipei")).PostAsJsonAsync("/api/awards/judges", request);
        var startup = await (await federation.AwardsAs("startup@seoul")).PostAsJsonAsync("/api/awards/judges", request);
        var judge = await (await federation.AwardsAs("judge@seoul")).PostAsJsonAsync("/api/awards/judges", request);

        Assert.Equal(HttpStatusCode.Unauthorized, otherCity.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, startup.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, judge.StatusCode);
    }
}
