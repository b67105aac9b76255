namespace Federation.Awards.Tests.Domain;

public sealed class TranslationTests
{
    private static CycleInput Translated(string label) => Input() with
    {
        Translations = new(new Dictionary<string, string> { ["ko"] = "GO SMART 어워드 2031" },
            new Dictionary<string, IReadOnlyDictionary<string, string>> { [label] = new Dictionary<string, string> { ["ko"] = "대상" } }),
    };

    [Fact]
    public void Names_of_a_label_the_cycle_has_not_are_refused_naming_it()
    {
        var result = AwardCycle.Open(Cast.Secretariat, Translated("Best"), Opened, out _);

        Assert.Equal((StepKind.Invalid, "labelNames.Best"), (result.Kind, result.Field));
    }

    [Fact]
    public void Label_names_are_held_under_the_cycle_s_own_spelling_and_reach_every_replica()
    {
        var w = new World(Translated(" winner"));

        Assert.Equal("대상", w.Cycle.LabelNames["Winner"]["ko"]);
        Assert.Equal("대상", w.CycleAt(Cast.Seoul).LabelNames["Winner"]["ko"]);
        Assert.Equal("GO SMART 어워드 2031", w.CycleAt(Cast.NewTaipei).NameTranslations["ko"]);
    }

    [Fact]
    public void A_call_heard_again_changes_nothing_and_one_with_other_translations_conflicts()
    {
        var w = new World(Translated("Winner"));
        var replica = w.CycleAt(Cast.Seoul);
        var other = w.Cycle.Terms() with { Input = w.Cycle.Terms().Input with { Translations = CycleTranslations.None } };

        Assert.Equal(StepKind.Unchanged, replica.ApplyOpened(w.Cycle.Terms()).Kind);
        Assert.Equal(StepKind.Conflict, replica.ApplyOpened(other).Kind);
    }

    [Fact]
    public void A_replica_keeps_the_announcement_in_every_language_published()
    {
        var f = Finale.Chosen();
        World.Ok(f.Cycle.Publish(Cast.Secretariat, "Congratulations", AfterJudging.AddDays(30), new Dictionary<string, string> { ["ko"] = "축하합니다" }));
        var replica = f.World.CycleAt(Cast.Seoul);

        World.Ok(replica.ApplyResults(f.Cycle.Results()!));

        Assert.Equal(("Congratulations", "축하합니다"), (replica.Announcement, replica.AnnouncementTranslations["ko"]));
        Assert.Equal(StepKind.Unchanged, replica.ApplyResults(f.Cycle.Results()!).Kind);
    }
}
