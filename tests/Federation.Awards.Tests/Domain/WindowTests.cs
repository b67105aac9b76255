namespace Federation.Awards.Tests.Domain;

/// <summary>Every action outside its window is a Conflict (409): the request is fine, only its time is not.</summary>
public sealed class WindowTests
{
    public static TheoryData<string, DateTimeOffset> OutOfWindow() => Cells(s => s.OutOfWindow);

    public static TheoryData<string, DateTimeOffset> InWindow() => Cells(s => s.InWindow);

    [Theory]
    [MemberData(nameof(OutOfWindow))]
    public void A_step_outside_its_window_is_a_conflict(string stepName, DateTimeOffset at)
    {
        var step = Steps.Named(stepName);

        var result = step.Take(step.RightParty, at);

        Assert.Equal(StepKind.Conflict, result.Kind);
    }

    [Theory]
    [MemberData(nameof(InWindow))]
    public void A_step_inside_its_window_is_taken_up_to_the_last_moment(string stepName, DateTimeOffset at)
    {
        var step = Steps.Named(stepName);

        World.Ok(step.Take(step.RightParty, at));
    }

    private static TheoryData<string, DateTimeOffset> Cells(Func<Step, DateTimeOffset[]> times)
    {
        var cells = new TheoryData<string, DateTimeOffset>();
        foreach (var step in Steps.All)
            foreach (var at in times(step)) cells.Add(step.Name, at);
        return cells;
    }
}
