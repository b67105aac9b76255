using Federation.Awards.Features.Cycles;

namespace Federation.Awards.Features.Results;

public static class ResultsContracts
{
    public static AwardResultsPublished ToMessage(this PublishedResults r) => new(r.CycleId, r.SecretariatCity, r.Year, r.Name,
        [.. r.Winners.Select(w => new AwardWinner(w.Label, w.Entry.EntryId, w.Entry.SolutionId, w.Entry.City, w.Entry.SolutionTitle))],
        [.. r.Finalists.Select(f => f.ToContract())], r.Announcement, r.PublishedAt)
    {
        NameTranslations = r.Translations.Name,
        LabelNames = r.Translations.Labels,
        AnnouncementTranslations = r.AnnouncementTranslations,
    };

    public static PublishedResults FromMessage(this AwardResultsPublished m) => new(m.CycleId, m.SecretariatCity, m.Year, m.Name,
        [.. m.Winners.Select(w => (w.Label, new Finalist(w.EntryId, w.SolutionId, w.City, w.SolutionTitle)))],
        [.. m.Finalists.Select(f => f.FromContract())], m.Announcement, m.PublishedAt)
    {
        Translations = CycleContracts.Translations(m.NameTranslations, m.LabelNames),
        AnnouncementTranslations = m.AnnouncementTranslations ?? new Dictionary<string, string>(),
    };

    public static ResultsResponse ToResponse(this PublishedResults r)
    {
        var m = r.ToMessage();
        return new ResultsResponse(m.CycleId, m.SecretariatCity, m.Year, m.Name, m.Winners, m.Finalists, m.Announcement, m.PublishedAt)
        {
            NameTranslations = r.Translations.Name,
            LabelNames = r.Translations.Labels,
            AnnouncementTranslations = r.AnnouncementTranslations,
        };
    }
}
