namespace Federation.Awards.Domain;

/// <summary>A shortlisted entry, with the solution as the entry named it.</summary>
public sealed record Finalist(Guid EntryId, Guid SolutionId, string City, IReadOnlyDictionary<string, string> SolutionTitle)
{
    public static Finalist Of(Entry entry) => new(entry.Id, entry.SolutionId, entry.City, entry.SolutionTitle);

    public bool Equals(Finalist? other) =>
        other is not null && (EntryId, SolutionId, City) == (other.EntryId, other.SolutionId, other.City)
        && Same.Maps(SolutionTitle, other.SolutionTitle);

    public override int GetHashCode() => HashCode.Combine(EntryId, SolutionId, City);
}

/// <summary>What the secretariat asks for: one label to one entry, with a reason if it departs from the ranking.</summary>
public sealed record WinnerChoice(string Label, Guid EntryId, string? Reason = null);

/// <summary>An award as chosen: the finalist, the label, and whether the ranking was followed.</summary>
/// <param name="FollowsRanking">The entry was the highest-ranked finalist not chosen before it.</param>
public sealed record Winner(string Label, Finalist Entry, bool FollowsRanking, string? Reason);

/// <summary>A cycle's results as the secretariat broadcasts them; the reasons for its choices stay with it.</summary>
public sealed record PublishedResults(
    Guid CycleId,
    string SecretariatCity,
    int Year,
    string Name,
    IReadOnlyList<(string Label, Finalist Entry)> Winners,
    IReadOnlyList<Finalist> Finalists,
    string? Announcement,
    DateTimeOffset PublishedAt)
{
    /// <summary>The cycle's name and labels in other languages, so that a catalogue can show them in the visitor's.</summary>
    public CycleTranslations Translations { get; init; } = CycleTranslations.None;

    /// <summary>The announcement in other languages, keyed by BCP 47 tag; <see cref="Announcement"/> stays the English one.</summary>
    public IReadOnlyDictionary<string, string> AnnouncementTranslations { get; init; } = new Dictionary<string, string>();

    public bool Equals(PublishedResults? other) =>
        other is not null
        && (CycleId, SecretariatCity, Year, Name, Announcement, PublishedAt)
            == (other.CycleId, other.SecretariatCity, other.Year, other.Name, other.Announcement, other.PublishedAt)
        && Winners.SequenceEqual(other.Winners) && Finalists.SequenceEqual(other.Finalists)
        && Translations.Equals(other.Translations) && Same.Maps(AnnouncementTranslations, other.AnnouncementTranslations);

    public override int GetHashCode() => HashCode.Combine(CycleId, PublishedAt);
}

/// <summary>Content comparison for the collections records hold by reference.</summary>
internal static class Same
{
    public static bool Maps(IReadOnlyDictionary<string, string> a, IReadOnlyDictionary<string, string> b) =>
        a.Count == b.Count && a.All(pair => b.TryGetValue(pair.Key, out var value) && value == pair.Value);
}
