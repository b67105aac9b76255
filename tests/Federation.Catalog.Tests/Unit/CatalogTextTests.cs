using Federation.Catalog.Common;

namespace Federation.Catalog.Tests.Unit;

public sealed class CatalogTextTests
{
    [Theory]
    [InlineData("ＳＭＡＲＴ Ｌａｍｐ", "smart lamp")]
    [InlineData("Smart LAMP", "smart lamp")]
    [InlineData("智慧路燈", "智慧路灯")]
    [InlineData("臺北市", "台北市")]
    [InlineData("스마트 가로등", "스마트 가로등")]
    [InlineData("ＩｏＴ２０３０", "iot2030")]
    public void Normalize_folds_width_case_and_traditional_chinese_and_keeps_korean(string text, string normalized)
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

        Assert.Equal("smart lamp\n智慧路灯\niot", text);
    }

    [Theory]
    [InlineData("路灯", "智慧路燈")]
    [InlineData("路燈", "智慧路灯")]
    [InlineData("臺北", "台北市政府")]
    [InlineData("지능형쓰레기통", "지능형 쓰레기통")]
    [InlineData("지능형 쓰레기통", "지능형쓰레기통")]
    [InlineData("lamps", "Smart street lamp")]
    [InlineData("lamp", "Smart street lamps")]
    [InlineData("cities", "for every city")]
    [InlineData("lighting", "lights that dim")]
    [InlineData("Lamp", "LAMPS")]
    public void What_people_type_finds_the_variant_written(string query, string written)
    {
        var text = CatalogText.Of([written]);

        Assert.All(CatalogText.Terms(query), term => Assert.Contains(term, text));
    }

    [Theory]
    [InlineData("路灯", "智慧電表")]
    [InlineData("쓰레기통", "스마트 가로등")]
    [InlineData("lamps", "Smart street light")]
    public void A_variant_finds_nothing_that_is_not_there(string query, string written)
    {
        var text = CatalogText.Of([written]);

        Assert.Contains(CatalogText.Terms(query), term => !text.Contains(term));
    }

    [Fact]
    public void The_variants_follow_the_text_they_come_from_on_lines_of_their_own()
    {
        var text = CatalogText.Of(["스마트 가로등", "Lighting for cities"]);

        Assert.Equal("스마트 가로등\nlighting for cities\n스마트가로등\nlight citi", text);
    }
}
