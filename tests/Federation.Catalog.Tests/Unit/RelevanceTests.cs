using Federation.Catalog.Common;

namespace Federation.Catalog.Tests.Unit;

/// <summary>Where a term sits in a record, scored as <see cref="Relevance"/> says: lower first.</summary>
public sealed class RelevanceTests
{
    private static int Rank(string query, string title, string summary = "") =>
        Relevance.Rank(CatalogText.Terms(query), CatalogText.Of([title], [summary]), new Dictionary<string, string> { ["x"] = title });

    [Theory]
    [InlineData("lamp", "Smart lamp", 0)]
    [InlineData("lamps", "Smart lamp", 0)]
    [InlineData("lamp", "Smart lamps", 0)]
    [InlineData("lamp", "Streetlamp", 1)]
    [InlineData("路灯", "路燈", 0)]
    [InlineData("路燈", "智慧路燈", 1)]
    [InlineData("스마트", "스마트 가로등", 0)]
    [InlineData("지능형쓰레기통", "지능형 쓰레기통", 0)]
    public void Term_in_the_title_scores_by_whether_it_is_a_whole_word(string query, string title, int rank) =>
        Assert.Equal(rank, Rank(query, title));

    [Fact]
    public void Term_only_in_the_summary_ranks_after_any_in_the_title()
    {
        Assert.Equal(2, Rank("lamp", "Air sensor", "fits on a lamp post"));
        Assert.Equal(3, Rank("lamp", "Air sensor", "fits on streetlamps"));
    }

    [Fact]
    public void Every_term_counts_so_a_title_holding_both_comes_first() =>
        Assert.True(Rank("smart lamp", "Smart lamp") < Rank("smart lamp", "Smart sensor", "a lamp"));
}
