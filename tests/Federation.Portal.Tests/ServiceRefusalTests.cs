namespace Federation.Portal.Tests;

/// <summary>A service's refusal, or its silence, reaches the user as a page in their language, never as a failure.</summary>
[Collection(nameof(PortalNode))]
public sealed class ServiceRefusalTests(PortalNode node)
{
    [Fact]
    public async Task A_refusal_only_the_service_detects_is_told_in_chinese_with_the_form_label_and_the_reason()
    {
        using var browser = node.Browser("zh-TW");
        await browser.SignInAsync("agency@taipei");
        // Everything the portal checks itself is right; the website's form is left for the catalog to refuse.
        var answer = await browser.PostFormAsync("/manage/solutions/new", Listing(("Input.ProviderWebsite", "lumen dot example")));
        var page = await answer.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Contains("部分輸入內容無法接受，未儲存任何資料。", page);
        Assert.Contains("<li>提供者網站：請輸入以 http:// 或 https:// 開頭的網址。</li>", page);
        Assert.Matches("data-valmsg-for=\"Input.ProviderWebsite\"[^>]*>請輸入以 http:// 或 https:// 開頭的網址。", page);
        Assert.DoesNotContain("provider.website", page);
        Assert.DoesNotContain("absolute http(s) address", page);
    }

    [Fact]
    public async Task A_field_too_long_for_the_service_is_told_in_korean_with_the_form_label_and_the_limit()
    {
        using var browser = node.Browser("ko");
        await browser.SignInAsync("agency@taipei");
        // The form's maxlength is the browser's; a request without a browser reaches the catalog's own limit.
        var answer = await browser.PostFormAsync("/manage/solutions/new", Listing(("Input.ProviderName", new string('L', 201))));
        var page = await answer.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Contains("<li>제공 기업 이름: 최대 200자까지 입력할 수 있습니다.</li>", page);
        Assert.Matches("data-valmsg-for=\"Input.ProviderName\"[^>]*>최대 200자까지 입력할 수 있습니다.", page);
        Assert.DoesNotContain("provider.name", page);
    }

    [Fact]
    public async Task A_refused_row_of_a_list_is_named_by_its_row_on_the_form()
    {
        using var browser = node.Browser("ko");
        await browser.SignInAsync("startup@taipei");
        // The first row is left empty (but sent, as a browser does), so the service's kpis[0] is the form's second row;
        // the rest is left for the service to name.
        var page = await (await browser.PostFormAsync("/trials/apply", new Dictionary<string, string>
        {
            ["Input.Kpis[0].Name"] = "", ["Input.Kpis[1].Name"] = "Energy saved", ["Input.Kpis[1].Unit"] = "%", ["Input.Kpis[1].Baseline"] = "10", ["Input.Kpis[1].Target"] = "10",
        })).Content.ReadAsStringAsync();

        Assert.Contains("<li>성과지표 2 목표값: 목표값이 기준값과 같아 측정할 진척이 없습니다.</li>", page);
        Assert.Contains("<li>목표: 필수 항목입니다.</li>", page);
        Assert.DoesNotContain("kpis[0]", page);
    }

    // A listing the portal's own checks pass, with one field changed.
    private static Dictionary<string, string> Listing((string Field, string Value) changed) => new()
    {
        ["Input.TitleEn"] = "Smart street lamp", ["Input.SummaryEn"] = "Dims itself.", ["Input.Trl"] = "5",
        ["Input.Maturity"] = "pilot", ["Input.Domain"] = "environment", ["Input.ProviderName"] = "Lumen",
        ["Input.ProviderHomeCity"] = "taipei", [changed.Field] = changed.Value,
    };

    [Theory]
    [InlineData("/manage/solutions/new", "Input.Title", "Input.Summary", "Input.Domain", "Input.ProviderName", "Input.Maturity", "Input.Trl")]
    [InlineData("/manage/challenges/new", "Input.Title", "Input.Description", "Input.Domain", "Input.HostAgency", "Input.Site", "Input.Deadline")]
    public async Task An_empty_form_shows_every_missing_field_in_one_submit_in_the_user_language(string form, params string[] fields)
    {
        using var browser = node.Browser("ko");
        await browser.SignInAsync("agency@taipei");

        var page = await (await browser.PostFormAsync(form, new Dictionary<string, string>())).Content.ReadAsStringAsync();

        foreach (var field in fields)
            Assert.Matches($"data-valmsg-for=\"{Regex.Escape(field)}\"[^>]*>[^<]*[가-힣]", page);
    }

    [Fact]
    public async Task A_service_that_does_not_answer_is_told_as_unavailable()
    {
        await using var portal = new CityService<Program>(node.Federation, PortalNode.City, "portal", "Portal")
            { Settings = new Dictionary<string, string> { ["Services:Catalog"] = $"http://127.0.0.1:{FreePorts.Next()}" } };
        using var browser = new PortalBrowser(portal.CreateClient(new() { AllowAutoRedirect = false }), "ko");
        var page = await browser.PageAsync("/solutions");
        Assert.Contains("지금은 서비스를 사용할 수 없습니다.", page);
    }
}
