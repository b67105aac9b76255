namespace Federation.Awards.Tests.Domain;

/// <summary>The 2031 award's calendar: the call in the autumn of 2030, judging over the new year.</summary>
internal static class Calendar
{
    public static readonly DateTimeOffset Opened = At(2030, 8, 20);
    public static readonly DateTimeOffset NominationOpens = At(2030, 9, 1);
    public static readonly DateTimeOffset DuringNominations = At(2030, 10, 1);
    public static readonly DateTimeOffset NominationCloses = At(2030, 12, 1);
    public static readonly DateTimeOffset Assigning = At(2030, 12, 5);
    public static readonly DateTimeOffset JudgingOpens = At(2030, 12, 10);
    public static readonly DateTimeOffset DuringJudging = At(2031, 1, 10);
    public static readonly DateTimeOffset JudgingCloses = At(2031, 2, 1);
    public static readonly DateTimeOffset AfterJudging = At(2031, 2, 10);

    public static readonly IReadOnlyList<string> Labels = ["Winner", "Most Promising City Project"];

    public static CycleInput Input() =>
        new(2031, "GO SMART Award 2031", Labels, Criterion.Defaults,
            new Window(NominationOpens, NominationCloses), new Window(JudgingOpens, JudgingCloses),
            Finalists: 4, Winners: 3, NormaliseScores: false, new TieBreak(TieBreakRule.Criterion, Criterion.Impact), RequiresVerifiedTrial: false);

    private static DateTimeOffset At(int year, int month, int day) => new(year, month, day, 0, 0, 0, TimeSpan.FromHours(8));
}
