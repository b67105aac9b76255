using System.Net.Mail;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Federation.ServiceDefaults.Http;

/// <summary>Collects what is wrong with a request, field by field, for one 400 ValidationProblem.</summary>
public sealed partial class InputProblems
{
    private readonly Dictionary<string, List<(string Message, FieldCode Code)>> _problems = [];

    /// <summary>The one title of every 400 for a request's fields, whether the binder or an endpoint found the fault.</summary>
    public const string Title = "The request has invalid fields";

    public bool Any => _problems.Count > 0;

    /// <summary>A problem with its English message and, for clients that speak other languages, its code (<see cref="FieldCodes"/>).</summary>
    public void Add(string field, string code, string message, params (string Name, object Value)[] args) =>
        Add(field, message, FieldCode.Of(code, args));

    private void Add(string field, string message, FieldCode code)
    {
        if (!_problems.TryGetValue(field, out var list)) _problems[field] = list = [];
        list.Add((message, code));
    }

    /// <summary>A 400 for one field, for a request refused before anything else is read.</summary>
    public static ValidationProblem One(string field, string code, string reason, params (string Name, object Value)[] args)
    {
        var problems = new InputProblems();
        problems.Add(field, code, reason, args);
        return problems.ToResult();
    }

    /// <summary>A city id in a request that names no member of the federation.</summary>
    public static ValidationProblem NotMember(string field, string city) =>
        One(field, FieldCodes.NotAMemberCity, $"'{city}' is not a member city of the federation.", ("city", city));

    /// <summary>
    /// The 400: <c>errors</c> as API clients have always read them, and <c>codes</c> beside them, one per
    /// message in the same order, for clients that tell the reason in their users' language.
    /// </summary>
    public ValidationProblem ToResult() =>
        TypedResults.ValidationProblem(_problems.ToDictionary(e => e.Key, e => e.Value.Select(p => p.Message).ToArray()),
            title: Title,
            extensions: [new(FieldCodes.Extension, _problems.ToDictionary(e => e.Key, e => e.Value.Select(p => p.Code).ToArray()))]);

    /// <summary>The problems of a 400 made here, to add to (the codes of a field without any become <c>invalid</c>).</summary>
    public static InputProblems Of(HttpValidationProblemDetails details)
    {
        var codes = details.Extensions.TryGetValue(FieldCodes.Extension, out var found) ? found as IReadOnlyDictionary<string, FieldCode[]> : null;
        var problems = new InputProblems();
        foreach (var (field, messages) in details.Errors)
            for (var i = 0; i < messages.Length; i++)
                problems.Add(field, messages[i], codes?.GetValueOrDefault(field) is { } known && i < known.Length ? known[i] : new(FieldCodes.Invalid));
        return problems;
    }

    /// <summary>Text as stored: trimmed, within its limit, and free of control characters (line breaks and tabs aside).</summary>
    public string Text(string field, string? value, int maxLength, bool required = true)
    {
        var text = value?.Trim() ?? "";
        if (required && text.Length == 0) Add(field, FieldCodes.Required, $"{field} is required.");
        else if (text.Length > maxLength) Add(field, FieldCodes.TooLong, $"{field} is longer than {maxLength} characters.", ("max", maxLength));
        else if (text.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')))
            Add(field, FieldCodes.ControlCharacters, $"{field} contains control characters (such as NUL), which text cannot hold.");
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
            if (required) Add(field, FieldCodes.Required, $"{field} needs at least one item.");
            return [];
        }
        if (items.Count > max) Add(field, FieldCodes.TooMany, $"{field} holds more than {max} items.", ("max", max));
        var result = new List<T>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is { } item) result.Add(read(item, $"{field}[{i}]"));
            else Add($"{field}[{i}]", FieldCodes.Required, $"{field}[{i}] cannot be null.");
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
        if (!allowed.Contains(text)) NotOneOf(field, allowed);
        return text;
    }

    /// <summary>A value outside a fixed list, for checks that read the value their own way.</summary>
    public void NotOneOf(string field, IReadOnlyList<string> allowed) =>
        Add(field, FieldCodes.NotOneOf, $"{field} must be one of: {string.Join(", ", allowed)}.", ("allowed", string.Join(",", allowed)));

    public int Range(string field, int? value, int min, int max)
    {
        if (value is null) Add(field, FieldCodes.Required, $"{field} is required.");
        else if (value < min || value > max) Add(field, FieldCodes.OutOfRange, $"{field} must be between {min} and {max}.", ("min", min), ("max", max));
        return value ?? 0;
    }

    /// <summary>A whole number from the query string, read from text so that <c>page=abc</c> is a named 400.</summary>
    public int WholeNumber(string field, string? raw, int fallback, int min, int max)
    {
        if (string.IsNullOrWhiteSpace(raw)) return fallback;
        if (!int.TryParse(raw, out var value)) { Add(field, FieldCodes.NotAWholeNumber, $"{field} must be a whole number."); return fallback; }
        return Range(field, value, min, max);
    }

    public string? Email(string field, string? value)
    {
        var text = OptionalText(field, value, 200);
        if (text is not null && !MailAddress.TryCreate(text, out _)) Add(field, FieldCodes.InvalidEmail, $"{field} is not an e-mail address.");
        return text;
    }

    public string? WebAddress(string field, string? value)
    {
        var text = OptionalText(field, value, 500);
        if (text is not null && !(Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
            Add(field, FieldCodes.InvalidUrl, $"{field} must be an absolute http(s) address.");
        return text;
    }

    /// <summary>A text in several languages: at least one, keyed by BCP 47 tag, every language kept.</summary>
    public IReadOnlyDictionary<string, string> Languages(string field, IReadOnlyDictionary<string, string>? map, int maxLength)
    {
        var result = new Dictionary<string, string>();
        if (map is null || map.Count == 0)
        {
            Add(field, FieldCodes.Required, $"{field} needs at least one language, e.g. {{\"en\": \"...\"}}.");
            return result;
        }
        if (map.Count > 20) Add(field, FieldCodes.TooMany, $"{field} has more than 20 languages.", ("max", 20));
        foreach (var (tag, value) in map)
        {
            if (!IsLanguageTag(tag)) Add($"{field}.{tag}", FieldCodes.NotALanguageTag, $"'{tag}' is not a language tag such as en, zh-TW or ko.", ("tag", tag));
            else if (result.Keys.Any(k => string.Equals(k, tag, StringComparison.OrdinalIgnoreCase))) Add($"{field}.{tag}", FieldCodes.Repeated, $"'{tag}' appears twice.");
            else result[tag] = Text($"{field}.{tag}", value, maxLength);
        }
        return result;
    }

    public IReadOnlyList<string> Tags(string field, IReadOnlyList<string>? tags)
    {
        if (tags is null) return [];
        if (tags.Count > 20) Add(field, FieldCodes.TooMany, $"{field} holds more than 20 tags.", ("max", 20));
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
    public static ValidationProblem WithVersionRequired(this ValidationProblem problem)
    {
        var problems = InputProblems.Of(problem.ProblemDetails);
        problems.Add("version", FieldCodes.Required, "version is required: send the version you read, so that a concurrent change is not lost.");
        return problems.ToResult();
    }
}
