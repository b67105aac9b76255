using Federation.Contracts.Trials;

namespace Federation.Trials.Tests.Certificates;

public sealed class CertificatePageTests : IDisposable
{
    private readonly TestCities _cities = new();

    public void Dispose() => _cities.Dispose();

    private Task<string> RenderAsync(CertificateOfDemonstration certificate) => PrintedPage.RenderAsync<CertificatePage>(_cities.Members,
        nameof(CertificatePage.Signed), new CertificateSigner(_cities.TaipeiKey, certificate.HostCity).Sign(certificate));

    [Fact]
    public async Task A_seoul_trial_in_taipei_is_certified_in_english_chinese_and_korean()
    {
        var html = await RenderAsync(TestCities.Certificate());

        Assert.Equal(["en", "zh-TW", "ko"], CertificatePage.LanguagesOf(_cities.Members, TestCities.Certificate()));
        Assert.Contains("Certificate of Demonstration", html);
        Assert.Contains("實證證明書", html);
        Assert.Contains("실증 확인서", html);
        Assert.Contains("서울의 Parkly Co., Ltd.", html);
        Assert.Contains("Seoul · 首爾 · 서울", html);
        Assert.Contains("Taipei · 臺北市 · 타이베이", html);
        Assert.Contains("Passed · 通過 · 통과", html);
    }

    [Fact]
    public async Task A_trial_between_two_chinese_speaking_cities_is_certified_without_korean()
    {
        var certificate = TestCities.Certificate() with { HomeCity = "new-taipei" };

        var html = await RenderAsync(certificate);

        Assert.Equal(["en", "zh-TW"], CertificatePage.LanguagesOf(_cities.Members, certificate));
        Assert.Contains("實證證明書", html);
        Assert.DoesNotContain("실증 확인서", html);
    }

    [Fact]
    public async Task The_page_prints_the_signers_fingerprint_and_city_and_the_kpis_achieved()
    {
        var html = await RenderAsync(TestCities.Certificate());

        Assert.Contains(KeyFingerprint.Of(_cities.TaipeiKey), html);
        Assert.Contains("<th><span lang=\"en\">Signed by</span><span lang=\"zh-TW\" class=\"tr\">簽署城市</span>" +
                        "<span lang=\"ko\" class=\"tr\">서명 도시</span></th><td>Taipei · 臺北市 · 타이베이</td>", html);
        Assert.Contains("<td>Occupancy detection accuracy</td><td>%</td><td class=\"n\">80.0</td><td class=\"n\">95.50</td>" +
                        "<td class=\"n\">96.25</td>", html);
        Assert.Contains("2026-09-30 09:45 UTC", html);
    }

    [Fact]
    public async Task A_failed_trial_says_so_in_every_language()
    {
        var html = await RenderAsync(TestCities.Certificate() with { Verdict = "failed" });

        Assert.Contains("Failed · 未通過 · 미통과", html);
        Assert.DoesNotContain("Passed", html);
    }

    [Fact]
    public async Task Every_value_is_html_encoded()
    {
        var certificate = TestCities.Certificate() with
        {
            ApplicantOrganisation = "<script>alert('pwned')</script> & Co",
            Site = "\"><img src=x onerror=alert(1)>",
        };

        var html = await RenderAsync(certificate);

        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<img", html);
        Assert.Contains("&lt;script&gt;alert(&#x27;pwned&#x27;)&lt;/script&gt; &amp; Co", html);
    }

    [Fact]
    public async Task The_page_is_a_complete_utf8_document_without_scripts()
    {
        var html = await RenderAsync(TestCities.Certificate());

        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">", html);
        Assert.EndsWith("</body>\n</html>\n", html);
        Assert.Contains("@page", html);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }
}
