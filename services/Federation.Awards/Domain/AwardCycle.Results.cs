namespace Federation.Awards.Domain;

// The secretariat's last steps, once judging has closed: the shortlist, the winners, publication.
// A published cycle never changes.
public sealed partial class AwardCycle
{
    /// <summary>The finalists, from the cycle's nominated entries. A new shortlist replaces the old one and the winners chosen from it.</summary>
    public StepResult Shortlist(Actor by, IReadOnlyList<Guid> entryIds, IReadOnlyCollection<Entry> entries, DateTimeOffset now)
    {
        var check = BySecretariat(by).Then(NotPublished).Then(() => AfterJudging(now, "The shortlist"))
            .Then(() => CheckShortlist(entryIds, entries));
        if (!check.Succeeded) return check;
        List<Finalist> finalists = [.. entryIds.Select(id => Finalist.Of(entries.First(e => e.Id == id)))];
        if (finalists.SequenceEqual(Finalists)) return StepResult.Unchanged;
        (Finalists, Winners, ShortlistedAt, WinnersChosenAt, UpdatedAt) = (finalists, [], now, null, now);
        return check;
    }

    /// <summary>
    /// The winners, from the finalists, in the order chosen. <paramref name="ranking"/> is the ranking's order,
    /// best first: a winner who is not the highest-ranked finalist left needs a reason. Replaces an earlier choice.
    /// </summary>
    public StepResult ChooseWinners(Actor by, IReadOnlyList<WinnerChoice> choices, IReadOnlyList<Guid> ranking, DateTimeOffset now)
    {
        var check = BySecretariat(by).Then(NotPublished)
            .Then(() => Finalists.Count == 0 ? StepResult.Conflict("Winners are chosen from the finalists: shortlist first.") : StepResult.Ok)
            .Then(() => CheckChoices(choices));
        if (!check.Succeeded) return check;
        var left = RankedFinalists(ranking);
        var winners = new List<Winner>();
        for (var i = 0; i < choices.Count; i++)
        {
            var (choice, follows) = (choices[i], choices[i].EntryId == left[0]);
            if (!follows && string.IsNullOrWhiteSpace(choice.Reason))
                return StepResult.Invalid($"winners[{i}].reason", "This winner is not the highest-ranked finalist left: say why it is chosen.");
            left.Remove(choice.EntryId);
            winners.Add(new Winner(LabelNamed(choice.Label)!, Finalists.First(f => f.EntryId == choice.EntryId), follows,
                string.IsNullOrWhiteSpace(choice.Reason) ? null : choice.Reason.Trim()));
        }
        (Winners, WinnersChosenAt, UpdatedAt) = (winners, now, now);
        return check;
    }

    /// <summary>The results, with the announcement in English and, when given, in the network's other languages.</summary>
    public StepResult Publish(Actor by, string? announcement, DateTimeOffset now, IReadOnlyDictionary<string, string>? translations = null)
    {
        var check = BySecretariat(by).Then(NotPublished)
            .Then(() => Winners.Count == 0 ? StepResult.Conflict("The results are published once the winners are chosen.") : StepResult.Ok);
        if (!check.Succeeded) return check;
        (Announcement, PublishedAt, UpdatedAt) = (string.IsNullOrWhiteSpace(announcement) ? null : announcement.Trim(), now, now);
        AnnouncementTranslations = new(translations ?? new Dictionary<string, string>());
        return check;
    }

    /// <summary>What the secretariat broadcasts once published; null before.</summary>
    public PublishedResults? Results() =>
        PublishedAt is null ? null
        : new PublishedResults(Id, SecretariatCity, Year, Name, [.. Winners.Select(w => (w.Label, w.Entry))], [.. Finalists], Announcement, PublishedAt.Value)
        {
            Translations = Translations(),
            AnnouncementTranslations = AnnouncementTranslations,
        };

    /// <summary>Another city's copy hears the results. Heard twice, they change nothing.</summary>
    public StepResult ApplyResults(PublishedResults results)
    {
        if ((results.CycleId, results.SecretariatCity) != (Id, SecretariatCity))
            return StepResult.Forbidden($"The results are of cycle {results.CycleId} of {results.SecretariatCity}, not this one.");
        if (PublishedAt is not null)
            // The name's and labels' translations are the call's, whatever the results repeat of them.
            return results with { Translations = Translations() } == Results() ? StepResult.Unchanged
                : StepResult.Conflict("Other results of this cycle are held.");
        if (IsSecretariatCopy)
            return StepResult.Forbidden($"Only {SecretariatCity}'s secretariat publishes this cycle, on this very copy.");
        Finalists = [.. results.Finalists];
        Winners = [.. results.Winners.Select(w => new Winner(w.Label, w.Entry, true, null))];
        (Announcement, PublishedAt, UpdatedAt) = (results.Announcement, results.PublishedAt, results.PublishedAt);
        // The name and labels in other languages came with the call; the announcement's come only now.
        AnnouncementTranslations = new(results.AnnouncementTranslations);
        return StepResult.Ok;
    }

    private StepResult CheckShortlist(IReadOnlyList<Guid> entryIds, IReadOnlyCollection<Entry> entries)
    {
        if (entryIds.Count < Labels.Count)
            return StepResult.Invalid("entryIds", $"Each of the {Labels.Count} labels needs a finalist: shortlist at least {Labels.Count}.");
        if (entryIds.Count > FinalistCount)
            return StepResult.Invalid("entryIds", $"The cycle has at most {FinalistCount} finalists.");
        if (entryIds.Distinct().Count() != entryIds.Count)
            return StepResult.Invalid("entryIds", "Each finalist appears once.");
        foreach (var id in entryIds)
        {
            var entry = entries.FirstOrDefault(e => e.Id == id && e.CycleId == Id);
            if (entry is null) return StepResult.Invalid("entryIds", $"{id} is not an entry of this cycle.");
            if (entry.Status != EntryStatus.Nominated) return StepResult.Invalid("entryIds", $"Entry {id} is {entry.Status}, not nominated.");
        }
        return StepResult.Ok;
    }

    private StepResult CheckChoices(IReadOnlyList<WinnerChoice> choices)
    {
        if (choices.Count == 0) return StepResult.Invalid("winners", "At least one winner is chosen.");
        if (choices.Count > WinnerCount) return StepResult.Invalid("winners", $"The cycle has at most {WinnerCount} winners.");
        for (var i = 0; i < choices.Count; i++)
        {
            if (LabelNamed(choices[i].Label) is null)
                return StepResult.Invalid($"winners[{i}].label", $"'{choices[i].Label}' is not one of the cycle's labels.");
            if (Finalists.All(f => f.EntryId != choices[i].EntryId))
                return StepResult.Invalid($"winners[{i}].entryId", $"Entry {choices[i].EntryId} is not a finalist.");
            if (choices.Take(i).Any(c => c.EntryId == choices[i].EntryId))
                return StepResult.Invalid($"winners[{i}].entryId", "An entry wins one label at most.");
        }
        var unawarded = Labels.FirstOrDefault(l => choices.All(c => LabelNamed(c.Label) != l));
        return unawarded is null ? StepResult.Ok : StepResult.Invalid("winners", $"'{unawarded}' goes to at least one entry.");
    }

    // Finalists the ranking does not place (no counting score) come last, in shortlist order.
    private List<Guid> RankedFinalists(IReadOnlyList<Guid> ranking)
    {
        var shortlisted = Finalists.Select(f => f.EntryId).ToList();
        return [.. ranking.Distinct().Where(shortlisted.Contains), .. shortlisted.Where(id => !ranking.Contains(id))];
    }

    private StepResult AfterJudging(DateTimeOffset now, string what) =>
        Judging.HasClosedAt(now) ? StepResult.Ok : StepResult.Conflict($"{what} is made once judging has closed at {Judging.Closes:O}.");
}
