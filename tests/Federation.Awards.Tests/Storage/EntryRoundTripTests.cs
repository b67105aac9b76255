namespace Federation.Awards.Tests.Storage;

/// <summary>On SQLite files, the run command's store.</summary>
public sealed class EntryRoundTripTests : EntryRoundTripTests<AwardFiles>;

/// <summary>The same on PostgreSQL, the production store.</summary>
public sealed class EntryRoundTripTestsOnPostgres : EntryRoundTripTests<PostgresAwardFiles>;

public abstract class EntryRoundTripTests<TStore> : TestsWith<TStore> where TStore : AwardFiles, new()
{
    /// <summary>Every copy of an entry a city holds, in every state, by the city holding it.</summary>
    private static readonly Dictionary<string, Func<(string City, Entry Entry)>> Copies = new()
    {
        ["applied"] = () => (Cast.Seoul, new World().Apply()),
        ["declined"] = () =>
        {
            var entry = new World().Apply();
            World.Ok(entry.Decline(Cast.SeoulAgency, " Not this year ", DuringNominations));
            return (Cast.Seoul, entry);
        },
        ["endorsed with a note"] = () =>
        {
            var w = new World();
            var entry = w.Apply();
            World.Ok(entry.Endorse(Cast.SeoulAgency, w.CycleAt(Cast.Seoul), DuringNominations.AddDays(1), "Strongest of the year"));
            return (Cast.Seoul, entry);
        },
        ["nominated, citing trials"] = () =>
        {
            var w = new World();
            var solution = new ListedSolution(Guid.NewGuid(), Cast.Seoul,
                new Dictionary<string, string> { ["en"] = "Smart bus stops", ["ko"] = "스마트 정류장" },
                new Dictionary<string, string> { ["en"] = "Stops that count riders", ["ko"] = "승객을 세는 정류장" });
            Guid[] trials = [Guid.NewGuid(), Guid.NewGuid()];
            World.Ok(Entry.Nominate(Cast.SeoulAgency, w.CycleAt(Cast.Seoul), World.Input(solution, trials),
                new NominationFacts(solution, false, trials), DuringNominations, out var entry));
            return (Cast.Seoul, entry!);
        },
        ["received by the secretariat"] = () => (Cast.Taipei, new World().Nominate(Cast.Seoul).AtSecretariat),
        ["withdrawn at home"] = () =>
        {
            var w = new World();
            var entry = w.Nominate(Cast.Seoul).Home;
            World.Ok(entry.Withdraw(Cast.SeoulAgency, w.CycleAt(Cast.Seoul), Assigning, "Merged into another entry"));
            return (Cast.Seoul, entry);
        },
        ["withdrawal heard by the secretariat"] = () =>
        {
            var w = new World();
            var entry = w.Nominate(Cast.Seoul);
            World.Ok(entry.Home.Withdraw(Cast.SeoulAgency, w.CycleAt(Cast.Seoul), Assigning));
            World.Ok(entry.AtSecretariat.ApplyWithdrawal(entry.Home.Withdrawal!));
            return (Cast.Taipei, entry.AtSecretariat);
        },
        ["application withdrawn by the startup, no reason"] = () =>
        {
            var w = new World();
            var entry = w.Apply();
            World.Ok(entry.Withdraw(Cast.SeoulStartup, w.CycleAt(Cast.Seoul), DuringNominations));
            return (Cast.Seoul, entry);
        },
    };

    public static TheoryData<string> States() => [.. Copies.Keys];

    [Theory]
    [MemberData(nameof(States))]
    public async Task An_entry_reads_back_as_it_was_saved(string state)
    {
        var (city, saved) = Copies[state]();

        await Scratch.SaveAsync(city, saved);
        var read = await Scratch.LoadAsync<Entry>(city, saved.Id);

        Assert.Equal(Observed.Of(saved), Observed.Of(read));
        Assert.Equal(Behaviour(saved), Behaviour(read));
    }

    [Fact]
    public async Task A_declination_reads_back_with_its_party_and_a_withdrawal_with_its_reason()
    {
        var (_, declined) = Copies["declined"]();
        var (_, withdrawn) = Copies["withdrawn at home"]();

        await Scratch.SaveAsync(Cast.Seoul, declined, withdrawn);

        Assert.Equal(new Declination(Cast.SeoulAgency.AsParty(), DuringNominations, "Not this year"),
            (await Scratch.LoadAsync<Entry>(Cast.Seoul, declined.Id)).Declination);
        Assert.Equal(new Withdrawal(Assigning, "Merged into another entry"), (await Scratch.LoadAsync<Entry>(Cast.Seoul, withdrawn.Id)).Withdrawal);
        Assert.Null((await Scratch.LoadAsync<Entry>(Cast.Seoul, withdrawn.Id)).Declination);
    }

    // What the entry answers: the submission it sends (or null), and whether it is its city's copy.
    private static string Behaviour(Entry entry) =>
        $"submission: {Observed.Of(entry.ToSubmission())}; home copy: {entry.IsHomeCopy}; " +
        $"heard again: {(entry.ToSubmission() is { } s ? entry.ApplySubmission(s).Kind : null)}";
}
