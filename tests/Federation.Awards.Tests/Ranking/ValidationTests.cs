using static Federation.Awards.Tests.Ranking.Judging;

namespace Federation.Awards.Tests.Ranking;

public sealed class ValidationTests
{
    private static readonly EntryToRank[] Two = [Entry(1, day: 1), Entry(2, day: 2)];

    private static void AssertOnlyProblem(RankingResult result, string field, string reason)
    {
        Assert.False(result.Succeeded);
        Assert.Empty(result.Standings);
        Assert.Equal(new[] { new RankingProblem(field, reason) }, result.Problems);
    }

    [Fact]
    public void Weights_add_up_to_100()
    {
        Criterion[] criteria = [new("cross-domain", "Cross-domain", 30), new("impact", "Impact", 30), new("functionality", "Functionality", 20), new("innovation", "Innovation", 10)];

        var result = AwardRanking.Rank(new RankingInput(criteria, false, EarliestEntry, Two, [Flat("J1", 1, 7)]));

        AssertOnlyProblem(result, "criteria", "The weights add up to 90, not 100.");
    }

    [Fact]
    public void A_weight_is_a_whole_percentage()
    {
        Criterion[] criteria = [new("cross-domain", "Cross-domain", 30.5m), new("impact", "Impact", 29.5m), new("functionality", "Functionality", 20), new("innovation", "Innovation", 20)];

        var result = AwardRanking.Rank(new RankingInput(criteria, false, EarliestEntry, Two, []));

        Assert.Equal(new[] { "Criterion 'cross-domain' weighs 30.5: a weight is a whole percentage from 1 to 100.", "Criterion 'impact' weighs 29.5: a weight is a whole percentage from 1 to 100." },
            result.Problems.Select(p => p.Reason));
    }

    [Fact]
    public void A_sheet_scores_only_the_cycles_criteria()
    {
        var result = Rank(Two, [Flat("J1", 1, 7), Partial("J2", 1, ("budget", 5))]);

        AssertOnlyProblem(result, "sheets", $"Judge J2's sheet for entry {Id(1)} scores 'budget', which is not one of the cycle's criteria.");
    }

    [Theory]
    [InlineData("10.01")]
    [InlineData("-1")]
    public void A_score_runs_from_0_to_10(string score)
    {
        var result = Rank(Two, [Sheet("J1", 2, 7, decimal.Parse(score), 7, 7)]);

        AssertOnlyProblem(result, "sheets", $"Judge J1's sheet for entry {Id(2)} scores {score} on 'impact': scores run from 0 to 10.");
    }

    [Fact]
    public void The_tie_break_criterion_is_one_of_the_cycles_criteria()
    {
        var result = Rank(Two, [Flat("J1", 1, 7)], OnCriterion("budget"));

        AssertOnlyProblem(result, "tieBreak", "The tie-break criterion 'budget' is not one of the cycle's criteria.");
    }

    [Fact]
    public void A_judge_has_one_sheet_per_entry()
    {
        var result = Rank(Two, [Flat("J1", 1, 7), Flat("J1", 1, 9)]);

        AssertOnlyProblem(result, "sheets", $"Judge J1's sheet for entry {Id(1)} appears more than once.");
    }

    [Fact]
    public void Only_a_sheet_with_a_declared_conflict_is_excluded()
    {
        var result = Rank(Two, [Flat("J1", 1, 7, excluded: true)]);

        AssertOnlyProblem(result, "sheets", $"Judge J1's sheet for entry {Id(1)} is excluded without a declared conflict: only a disclosed conflict is excluded.");
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var result = Rank(
            [Entry(1, day: 1), Entry(1, day: 2)],
            // Four scores of 11 on entry 1, and a sheet for entry 3, which the cycle does not have.
            [Flat("J1", 1, 11), Flat("J1", 3, 7)],
            OnCriterion("budget"));

        Assert.Equal(
            new[] { "tieBreak", "entries", "sheets", "sheets", "sheets", "sheets", "sheets" },
            result.Problems.Select(p => p.Field));
        Assert.Equal($"Judge J1's sheet for entry {Id(3)}: the entry is not one of the cycle's entries.", result.Problems[6].Reason);
    }
}
