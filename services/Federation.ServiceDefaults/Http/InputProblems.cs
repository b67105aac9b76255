using System.Net.Mail;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Federation.ServiceDefaults.Http;

/// <summary>Collects what is wrong with a request, field by field, for one 400 ValidationProblem.</summary>
public sealed partial class InputProblems
{
    private readonly Dictionary<string, List<string>> _errors = [];

    /// <summary>The one title of every 400 for a request's fields, whether the binder or an endpoint found the fault.</summary>
    public const string Title = "The request has invalid fields";

    public bool Any => _errors.Count > 0;

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list)) _errors[field] = list = [];
        list.Add(message);
    }

    /// <summary>A 400 for one field, for a request refused before anything else is read.</summary>
    public static ValidationProblem One(string field, string reason)
    {
        var problems = new InputProblems();
        problems.Add(field, reason);
        return problems.ToResult();
    }

    /// <summary>A city id in a request that names no member of the federation.</summary>
    public static ValidationProblem NotMember(string field, string city) =>
        One(field, $"'{city}' is not a member city of the federation.");

    public ValidationProblem ToResult() =>
        TypedResults.ValidationProblem(_errors.ToDictionary(e => e.Key, e => e.Value.ToArray()),
            title: Title);

    /// <summary>Text as stored: trimmed, within its limit, and free of control characters (line breaks and tabs aside).</summary>
    public string Text(string field, string? value, int maxLength, bool required = true)
    {
        var text = value?.Trim() ?? "";
        if (required && text.Length == 0) Add(field, $"{field} is required.");
        else if (text.Length > maxLength) Add(field, $"{field} is longer than {maxLength} characters.");
        else if (text.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')))
            Add(field, $"{field} contains control characters (such as NUL), which text cannot hold.");
        return text;
    }

    /// <summary>
    /// The items of a list, each read by <paramref name="read"/> under its own name (<c>criteria[2]</c>);
    /// a null item is named rather than read, so no reader meets one.
    /// </summary>
    public List<T> Items<TIn, T>(string field, IReadOnlyList<TIn?>? items, int max, Func<TIn, string, T> read, bool required = true)
    {
        if (items is null || items.Count == 0)
        {
            if (required) Add(field, $"{field} needs at least one item.");
            return [];
        }
        if (items.Count > max) Add(field, $"{field} holds more than {max} items.");
        var result = new List<T>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is { } item) result.Add(read(item, $"{field}[{i}]"));
            else Add($"{field}[{i}]", $"{field}[{i}] cannot be null.");
        }
        return result;
    }

    public string? OptionalText(string field, string? value, int maxLength)
    {
        var text = Text(field, value, maxLength, required: false);
        return text.Length == 0 ? null : text;
    }

    public string OneOf(string field, string? value, IReadOnlyList<string> allowed)
    {
        var text = value?.Trim().ToLowerInvariant() ?? "";
        if (!allowed.Contains(text)) Add(field, $"{field} must be one of: {string.Join(", ", allowed)}.");
        return text;
    }

    public int Range(string field, int? value, int min, int max)
    {
        if (value is null) Add(field, $"{field} is required.");
        else if (value < min || value > max) Add(field, $"{field} must be between {min} and {max}.");
        return value ?? 0;
    }

    /// <summary>A whole number from the query string, read from text so that <c>page=abc</c> is a named 400.</summary>
    public int WholeNumber(string field, string? raw, int fallback, int min, int max)
    {
        if (string.IsNullOrWhiteSpace(raw)) return fallback;
        if (!int.TryParse(raw, out var value)) { Add(field, $"{field} must be a whole number."); return fallback; }
        return Range(field, value, min, max);
    }

    public string? Email(string field, string? value)
    {
        var text = OptionalText(field, value, 200);
        if (text is not null && !MailAddress.TryCreate(text, out _)) Add(field, $"{field} is not an e-mail address.");
        return text;
    }

    public string? WebAddress(string field, string? value)
    {
        var text = OptionalText(field, value, 500);
        if (text is not null && !(Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
            Add(field, $"{field} must be an absolute http(s) address.");
        return text;
    }

    /// <summary>A text in several languages: at least one, keyed by BCP 47 tag, every language kept.</summary>
    public IReadOnlyDictionary<string, string> Languages(string field, IReadOnlyDictionary<string, string>? map, int maxLength)
    {
        var result = new Dictionary<string, string>();
        if (map is null || map.Count == 0)
        {
            Add(field, $"{field} needs at least one language, e.g. {{\"en\": \"...\"}}.");
            return result;
        }
        if (map.Count > 20) Add(field, $"{field} has more than 20 languages.");
        foreach (var (tag, value) in map)
        {
            if (!IsLanguageTag(tag)) Add($"{field}.{tag}", $"'{tag}' is not a language tag such as en, zh-TW or ko.");
            else if (result.Keys.Any(k => string.Equals(k, tag, StringComparison.OrdinalIgnoreCase))) Add($"{field}.{tag}", $"'{tag}' appears twice.");
            else result[tag] = Text($"{field}.{tag}", value, maxLength);
        }
        return result;
    }

    public IReadOnlyList<string> Tags(string field, IReadOnlyList<string>? tags)
    {
        if (tags is null) return [];
        if (tags.Count > 20) Add(field, $"{field} holds more than 20 tags.");
        return tags.Select((t, i) => Text($"{field}[{i}]", t, 50)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    // The shape of a BCP 47 tag, and a language the runtime knows: "xx" or "abc" has the shape but is no language.
    private static bool IsLanguageTag(string tag)
    {
        if (!LanguageTag().IsMatch(tag)) return false;
        try
        {
            return !System.Globalization.CultureInfo.GetCultureInfo(tag, predefinedOnly: true).Equals(System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (System.Globalization.CultureNotFoundException)
        {
            return false;
        }
    }

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")]
    private static partial Regex LanguageTag();
}

public static class ValidationProblemExtensions
{
    /// <summary>Adds the missing-version error of an update to whatever else was wrong.</summary>
    public static ValidationProblem WithVersionRequired(this ValidationProblem problem) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]>(problem.ProblemDetails.Errors)
        {
            ["version"] = ["version is required: send the version you read, so that a concurrent change is not lost."],
        }, title: InputProblems.Title);
}
