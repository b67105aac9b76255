using System.Net;
using System.Text.RegularExpressions;

namespace Federation.Testing;

/// <summary>
/// A <c>&lt;form method="post"&gt;</c> of a page as a browser without scripts would submit it: its action
/// (resolved against the page) and every input's name and value, hidden ones included.
/// </summary>
/// <remarks>
/// Honest limits of the regexes: forms must not nest (HTML forbids it anyway), inputs are taken with their
/// value whatever their type (checkboxes and radios as if checked; submit buttons included), and
/// select and textarea fields are not read: callers give those fields themselves.
/// </remarks>
public sealed partial record HtmlForm(Uri Action, string? Name, IReadOnlyList<KeyValuePair<string, string>> Fields)
{
    /// <summary>Every post form of the page, in document order.</summary>
    public static IReadOnlyList<HtmlForm> PostFormsOf(string html, Uri page) =>
        FormElement().Matches(html)
            .Select(form => (Attributes: Attributes(form.Groups["attributes"].Value), Body: form.Groups["body"].Value))
            .Where(form => string.Equals(form.Attributes.GetValueOrDefault("method"), "post", StringComparison.OrdinalIgnoreCase))
            .Select(form => new HtmlForm(
                // An absent or empty action posts to the page itself.
                form.Attributes.GetValueOrDefault("action") is { Length: > 0 } action ? new Uri(page, action) : page,
                form.Attributes.GetValueOrDefault("name") ?? form.Attributes.GetValueOrDefault("id"),
                [.. InputElement().Matches(form.Body)
                    .Select(input => Attributes(input.Groups["attributes"].Value))
                    .Where(input => input.ContainsKey("name"))
                    .Select(input => KeyValuePair.Create(input["name"], input.GetValueOrDefault("value") ?? ""))]))
            .ToList();

    /// <summary>The fields to post: the form's own, with the caller's replacing those of the same name or added.</summary>
    public IEnumerable<KeyValuePair<string, string>> With(IDictionary<string, string> fields) =>
        Fields.Where(field => !fields.ContainsKey(field.Key)).Concat(fields);

    private static Dictionary<string, string> Attributes(string tag)
    {
        var attributes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (Match attribute in Attribute().Matches(tag))
        {
            var value = attribute.Groups["double"].Success ? attribute.Groups["double"].Value
                : attribute.Groups["single"].Success ? attribute.Groups["single"].Value
                : attribute.Groups["bare"].Value;
            attributes.TryAdd(attribute.Groups["name"].Value, WebUtility.HtmlDecode(value));
        }
        return attributes;
    }

    [GeneratedRegex(@"<form\b(?<attributes>[^>]*)>(?<body>.*?)</form\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex FormElement();

    [GeneratedRegex(@"<input\b(?<attributes>[^>]*)>", RegexOptions.IgnoreCase)]
    private static partial Regex InputElement();

    [GeneratedRegex(@"(?<name>[^\s=/>""']+)(?:\s*=\s*(?:""(?<double>[^""]*)""|'(?<single>[^']*)'|(?<bare>[^\s>]+)))?")]
    private static partial Regex Attribute();
}
