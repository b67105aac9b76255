using Federation.Catalog.Common;

namespace Federation.Catalog.Tests.Unit;

public sealed class CatalogTextTests
{
    [Theory]
    [InlineData("ＳＭＡＲＴ Ｌａｍｐ", "smart lamp")]
    [InlineData("Smart LAMP", "smart lamp")]
    [InlineData("智慧路燈", "智慧路燈")]
    [InlineData("스마트 가로등", "스마트 가로등")]
    [InlineData("ＩｏＴ２０３０", "iot2030")]
    public void Normalize_folds_width_and_case_and_keeps_cjk(string text, string normalized)
    {
        Assert.Equal(normalized, CatalogText.Normalize(text));
    }

    [Fact]
    public void Korean_in_decomposed_jamo_matches_the_composed_form()
    {
        var decomposed = "스마트".Normalize(System.Text.NormalizationForm.FormD);

        Assert.Equal("스마트", CatalogText.Normalize(decomposed));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Blank_query_has_no_terms(string? query)
    {
        Assert.Empty(CatalogText.Terms(query));
    }

    [Fact]
    public void Terms_are_normalized_split_on_whitespace_and_distinct()
    {
        var terms = CatalogText.Terms("  Ｓｍａｒｔ\tlamp 智慧　SMART ");

        Assert.Equal(["smart", "lamp", "智慧"], terms);
    }

    [Fact]
    public void Search_text_holds_every_part_normalized_and_skips_blanks()
    {
        var text = CatalogText.Of(["Smart LAMP", "智慧路燈"], [null, " ", "ＩｏＴ"]);

        Assert.Equal("smart lamp\n智慧路燈\niot", text);
    }
}
