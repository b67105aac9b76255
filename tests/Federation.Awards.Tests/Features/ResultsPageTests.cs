using Federation.Awards.Features.Results;
using Federation.Contracts.Awards;
using Federation.Members;
using Federation.Testing;
using Xunit;

namespace Federation.Awards.Tests.Features;

public sealed class ResultsPageTests
{
    private static readonly MemberList Members = new("taipei",
    [
        City("taipei", "Taipei", "臺北市", "타이베이"),
        City("seoul", "Seoul", "首爾", "서울"),
    ]);

    private static Task<string> RenderAsync(ResultsResponse results) =>
        PrintedPage.RenderAsync<ResultsPage>(Members, nameof(ResultsPage.Results), results);

    [Fact]
    public async Task Winners_show_their_title_in_each_language_and_their_city_in_the_display_languages()
    {
        var html = await RenderAsync(Results("Congratulations, Seoul"));

        Assert.Contains("<h1>Smart City Awards (2026)</h1>", html);
        Assert.Contains("<p>Published 2026-12-01 by the secretariat in Taipei · 臺北市 · 타이베이.</p>", html);
        Assert.Contains("<li><strong>Winner</strong>: <span lang=\"en\">Seoul bus stop</span> · <span lang=\"ko\">서울 정류장</span>" +
                        " <span class=\"city\">(Seoul · 首爾 · 서울)</span></li>", html);
        Assert.Contains("<p>Congratulations, Seoul</p>", html);
    }

    [Fact]
    public async Task The_cycle_name_labels_and_announcement_show_in_every_language_given()
    {
        var html = await RenderAsync(Results("Congratulations") with
        {
            NameTranslations = new Dictionary<string, string> { ["ko"] = "스마트시티 어워드" },
            LabelNames = new Dictionary<string, IReadOnlyDictionary<string, string>> { ["Winner"] = new Dictionary<string, string> { ["zh-TW"] = "首獎" } },
            AnnouncementTranslations = new Dictionary<string, string> { ["ko"] = "축하합니다" },
        });

        Assert.Contains("<h1>Smart City Awards · <span lang=\"ko\">스마트시티 어워드</span> (2026)</h1>", html);
        Assert.Contains("<li><strong>Winner · <span lang=\"zh-TW\">首獎</span></strong>: ", html);
        Assert.Contains("<p>Congratulations · <span lang=\"ko\">축하합니다</span></p>", html);
    }

    [Fact]
    public async Task A_city_outside_the_member_list_shows_by_its_id()
    {
        var html = await RenderAsync(Results(null) with
        {
            Finalists = [new AwardFinalist(Guid.NewGuid(), Guid.NewGuid(), "elsewhere", new Dictionary<string, string> { ["zh-TW"] = "智慧燈" })],
        });

        Assert.Contains("<li><span lang=\"zh-TW\">智慧燈</span> <span class=\"city\">(elsewhere)</span></li>", html);
    }

    [Fact]
    public async Task Every_value_is_html_encoded()
    {
        var html = await RenderAsync(Results("<script>alert('pwned')</script>") with
        {
            Name = "Awards <img src=x onerror=alert(1)>",
            Winners = [new AwardWinner("Best & <b>boldest</b>", Guid.NewGuid(), Guid.NewGuid(), "seoul",
                new Dictionary<string, string> { ["en"] = "\"><script>x</script>" })],
        });

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html);
        Assert.DoesNotContain("<b>", html);
        Assert.Contains("<p>&lt;script&gt;alert(&#x27;pwned&#x27;)&lt;/script&gt;</p>", html);
        Assert.Contains("<strong>Best &amp; &lt;b&gt;boldest&lt;/b&gt;</strong>", html);
        Assert.Contains("<span lang=\"en\">&quot;&gt;&lt;script&gt;x&lt;/script&gt;</span>", html);
    }

    [Fact]
    public async Task The_page_is_a_complete_utf8_document_without_scripts()
    {
        var html = await RenderAsync(Results(null));

        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\">", html);
        Assert.EndsWith("</body>\n</html>\n", html);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }

    private static ResultsResponse Results(string? announcement) => new(Guid.NewGuid(), "taipei", 2026, "Smart City Awards",
        [new AwardWinner("Winner", Guid.NewGuid(), Guid.NewGuid(), "seoul", new Dictionary<string, string> { ["en"] = "Seoul bus stop", ["ko"] = "서울 정류장" })],
        [], announcement, new DateTimeOffset(2026, 11, 30, 23, 30, 0, TimeSpan.FromHours(-2)));

    private static Member City(string id, string en, string zh, string ko) => new(id,
        new Dictionary<string, string> { ["en"] = en, ["zh-TW"] = zh, ["ko"] = ko }, ["en"], new BrokerAddress("127.0.0.1", 5672, 15672, 25672),
        new Dictionary<string, int>());
}
