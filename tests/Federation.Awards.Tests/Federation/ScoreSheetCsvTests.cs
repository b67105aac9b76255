using Federation.Awards.Features.Secretariat;

namespace Federation.Awards.Tests.Federation;

public sealed class ScoreSheetCsvTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a, b", "\"a, b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("", "")]
    public void Fields_are_quoted_as_rfc_4180_says(string field, string quoted)
    {
        Assert.Equal(quoted, global::Federation.ServiceDefaults.Http.Csv.Quote(field));
    }
}
