using System.Globalization;
using System.Runtime.CompilerServices;
using Federation.Catalog.Features.Challenges;
using Federation.Catalog.Features.Solutions;

namespace Federation.Catalog.Features.OpenData;

/// <summary>
/// The federated catalogue as CSV: a row per live record of every city, newest first, read a page at a time. Texts
/// have a column per language of the network (<c>title_en</c>, <c>title_ko</c>, <c>title_zh-TW</c>...); lists (tags,
/// verified trials, awards) are joined with <c>; </c>.
/// </summary>
public static class CatalogCsv
{
    private const int ReadSize = 500;

    public static async IAsyncEnumerable<string> SolutionsAsync(CatalogDbContext db, string[] languages,
        [EnumeratorCancellation] CancellationToken ct)
    {
        yield return Csv.Row([
            "city", "id", "version", .. languages.Select(l => $"title_{l}"), .. languages.Select(l => $"summary_{l}"), "domain",
            "provider", "provider_website", "provider_home_city", "maturity", "trl", "tags", "contact_name", "contact_email",
            "contact_phone", "published_at", "updated_at", "verified_trials", "awards"]);
        for (var index = 0; ; index++)
        {
            var page = await SolutionEndpoints.AttachBadgesAsync(db, await ExportPages.SolutionsAsync(db, index, ReadSize, ct), ct);
            foreach (var s in page)
                yield return Csv.Row([
                    s.City, s.Id.ToString(), Number(s.Version), .. languages.Select(l => s.Title.GetValueOrDefault(l)),
                    .. languages.Select(l => s.Summary.GetValueOrDefault(l)), s.Domain, s.Provider.Name, s.Provider.Website,
                    s.Provider.HomeCity, s.Maturity, Number(s.Trl), string.Join("; ", s.Tags), s.Contact?.Name, s.Contact?.Email,
                    s.Contact?.Phone, Time(s.PublishedAt), Time(s.UpdatedAt),
                    string.Join("; ", s.Verifications.Select(v => $"{v.HostCity} {v.Verdict} {v.VerifiedAt:yyyy-MM-dd}" +
                        (v.Outcome is null ? "" : $" {v.Outcome} {v.OutcomeDate:yyyy-MM-dd}"))),
                    string.Join("; ", s.Awards.Select(a => $"{a.CycleName} {a.Label ?? a.Standing}"))]);
            if (page.Count < ReadSize) yield break;
        }
    }

    public static async IAsyncEnumerable<string> ChallengesAsync(CatalogDbContext db, string[] languages, DateTimeOffset now,
        [EnumeratorCancellation] CancellationToken ct)
    {
        yield return Csv.Row([
            "city", "id", "version", .. languages.Select(l => $"title_{l}"), .. languages.Select(l => $"description_{l}"),
            "domain", "host_agency", "site", "deadline", "status", "published_at", "updated_at"]);
        for (var index = 0; ; index++)
        {
            var page = await ExportPages.ChallengesAsync(db, index, ReadSize, ct);
            foreach (var c in page.Select(c => c.ToResponse(now)))
                yield return Csv.Row([
                    c.City, c.Id.ToString(), Number(c.Version), .. languages.Select(l => c.Title.GetValueOrDefault(l)),
                    .. languages.Select(l => c.Description.GetValueOrDefault(l)), c.Domain, c.HostAgency, c.Site,
                    c.Deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), c.Status, Time(c.PublishedAt), Time(c.UpdatedAt)]);
            if (page.Count < ReadSize) yield break;
        }
    }

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
