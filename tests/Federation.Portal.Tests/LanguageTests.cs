namespace Federation.Portal.Tests;

[Collection(nameof(PortalNode))]
public sealed class LanguageTests(PortalNode node)
{
    [Fact]
    public async Task A_visitor_whose_browser_names_no_language_sees_the_city_own_language()
    {
        using var browser = node.Browser();
        Assert.Contains("<html lang=\"zh-TW\">", await browser.PageAsync("/"));
    }

    [Theory]
    [InlineData("ko-KR,ko;q=0.9,en;q=0.5", "ko")]
    [InlineData("en-GB,en;q=0.8", "en")]
    [InlineData("fr-FR,de;q=0.7", "zh-TW")]
    public async Task The_browser_language_is_used_when_the_portal_has_it(string acceptLanguage, string expected)
    {
        using var browser = node.Browser(acceptLanguage);
        Assert.Contains($"<html lang=\"{expected}\">", await browser.PageAsync("/"));
    }

    [Fact]
    public async Task The_visitor_choice_outlasts_the_browser_language()
    {
        using var browser = node.Browser("ko-KR");
        var switched = await browser.GetAsync("/language/en?returnUrl=%2Fsolutions%3Fq%3Dlamp");
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("/solutions?q=lamp", switched.Headers.Location!.OriginalString);
        Assert.Contains("<html lang=\"en\">", await browser.PageAsync("/"));
    }

    [Theory]
    [InlineData("//evil.example/")]
    [InlineData("https://evil.example/")]
    [InlineData("/\\evil.example")]
    public async Task The_switcher_only_returns_into_the_portal(string returnUrl)
    {
        using var browser = node.Browser();
        var switched = await browser.GetAsync($"/language/ko?returnUrl={Uri.EscapeDataString(returnUrl)}");
        Assert.Equal("/", switched.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task An_unknown_language_is_not_found()
    {
        using var browser = node.Browser();
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/language/xx")).StatusCode);
    }

    [Fact]
    public async Task The_switcher_offers_the_city_own_language_first_and_names_each_language_in_itself()
    {
        using var browser = node.Browser("en");
        var page = await browser.PageAsync("/");
        var zh = page.IndexOf("hreflang=\"zh-TW\"", StringComparison.Ordinal);
        Assert.True(zh >= 0 && zh < page.IndexOf("hreflang=\"en\"", StringComparison.Ordinal) && zh < page.IndexOf("hreflang=\"ko\"", StringComparison.Ordinal));
        Assert.Contains("繁體中文", page);
        Assert.Contains("한국어", page);
    }

    [Fact]
    public async Task Chinese_and_korean_are_sent_as_characters_not_entities()
    {
        using var browser = node.Browser("ko");
        var page = await browser.PageAsync("/");
        Assert.Contains("로그인", page);
        Assert.DoesNotContain("&#xB85C;", page);
    }

    [Fact]
    public async Task A_missing_page_is_a_not_found_page_in_the_visitor_language()
    {
        using var browser = node.Browser("ko");
        var response = await browser.GetAsync("/no-such-page");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"ko\">", page);
        Assert.Contains("페이지를 찾을 수 없습니다", page);
    }
}
