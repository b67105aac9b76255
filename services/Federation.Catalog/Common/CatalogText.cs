using System.Text;

namespace Federation.Catalog.Common;

/// <summary>
/// Search text in every language: NFKC folds full-width and compatibility forms, lower-casing folds
/// Latin case; matching is by substring, so Chinese and Korean need no word segmentation
/// (智慧 finds 智慧路燈, 스마트 finds 스마트 가로등).
/// </summary>
public static class CatalogText
{
    public static string Normalize(string text) => text.Normalize(NormalizationForm.FormKC).ToLowerInvariant();

    public static string Of(params IEnumerable<string?>[] parts) =>
        string.Join('\n', parts.SelectMany(p => p).Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => Normalize(s!)));

    /// <summary>Query terms: every one must occur in a record for it to match.</summary>
    public static string[] Terms(string? query) => string.IsNullOrWhiteSpace(query)
        ? []
        : Normalize(query).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Distinct().ToArray();
}
