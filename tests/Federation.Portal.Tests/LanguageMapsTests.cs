using System.Globalization;
using Federation.Portal.Localization;

namespace Federation.Portal.Tests;

public sealed class LanguageMapsTests
{
    private static readonly Dictionary<string, string> Lamp = new() { ["zh-TW"] = "智慧路燈", ["en"] = "Smart street lamp" };

    [Theory]
    [InlineData("zh-TW", "zh-TW", "智慧路燈")]
    [InlineData("en", "en", "Smart street lamp")]
    [InlineData("ko", "en", "Smart street lamp")]
    public void A_record_shows_in_the_page_language_else_in_english(string page, string language, string text)
    {
        using var _ = new UiCulture(page);
        Assert.Equal((language, text), LanguageMaps.Pick(Lamp));
    }

    [Fact]
    public void A_record_without_the_page_language_or_english_shows_in_a_language_it_has()
    {
        using var _ = new UiCulture("en");
        Assert.Equal(("ko", "스마트 가로등"), LanguageMaps.Pick(new Dictionary<string, string> { ["ko"] = "스마트 가로등" }));
    }

    [Fact]
    public void Text_in_another_language_than_the_page_is_marked_with_its_language()
    {
        using var _ = new UiCulture("ko");
        using var writer = new StringWriter();
        LanguageMaps.Show(Lamp).WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);
        Assert.Equal("<span lang=\"en\">Smart street lamp</span>", writer.ToString());
    }

    private sealed class UiCulture : IDisposable
    {
        private readonly CultureInfo _before = CultureInfo.CurrentUICulture;
        public UiCulture(string name) => CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
        public void Dispose() => CultureInfo.CurrentUICulture = _before;
    }
}
