using System.Collections;
using System.Reflection;
using System.Text.RegularExpressions;

namespace Federation.ServiceDefaults.Http;

/// <summary>
/// What a request body's field expects, found by walking the endpoint's request type along a JSON path
/// (<c>$.criteria[0].weight</c>), so that an unreadable value is answered in plain words naming the field.
/// </summary>
public static partial class RequestShape
{
    /// <summary>The field a JSON path names, as the API documents it: <c>$.criteria[0].weight</c> → <c>criteria[0].weight</c>.</summary>
    public static string FieldOf(string? jsonPath) =>
        string.IsNullOrEmpty(jsonPath) || jsonPath == "$" ? "body" : jsonPath.TrimStart('$', '.').Replace("['", ".").Replace("']", "");

    /// <summary>The type at <paramref name="jsonPath"/> inside <paramref name="root"/>, or null when a step names no field.</summary>
    public static Type? TypeAt(Type root, string? jsonPath)
    {
        var type = root;
        foreach (Match step in PathStep().Matches(jsonPath ?? ""))
        {
            type = Nullable.GetUnderlyingType(type) ?? type;
            if (step.Groups["index"].Success) type = ElementOf(type);
            else if (DictionaryValueOf(type) is { } value) type = value;
            else type = type.GetProperty(step.Groups["name"].Value, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)?.PropertyType;
            if (type is null) return null;
        }
        return type;
    }

    /// <summary>What a value of <paramref name="type"/> is, in the words a caller of the API understands.</summary>
    public static string Describe(Type type) => Kind(type) switch
    {
        "text" => "text",
        "true-or-false" => "true or false",
        "id" => "an id such as 3f2504e0-4f89-41d3-9a0c-0305e82c3301",
        "date" => "a date such as 2027-03-31",
        "date-time" => "a date and time such as 2027-03-31T09:00:00+08:00",
        "whole-number" => "a whole number",
        "number" => "a number",
        "one-of" => $"one of: {string.Join(", ", Allowed(type))}",
        "language-map" => "an object of texts by language, such as {\"en\": \"...\"}",
        "list" => "a list",
        _ => "an object",
    };

    /// <summary>What a value of <paramref name="type"/> is, as one word a client translates (the <c>expected</c> of a <c>wrong-type</c>).</summary>
    public static string Kind(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string)) return "text";
        if (type == typeof(bool)) return "true-or-false";
        if (type == typeof(Guid)) return "id";
        if (type == typeof(DateOnly)) return "date";
        if (type == typeof(DateTimeOffset) || type == typeof(DateTime)) return "date-time";
        if (type == typeof(int) || type == typeof(long) || type == typeof(short)) return "whole-number";
        if (type == typeof(decimal) || type == typeof(double) || type == typeof(float)) return "number";
        if (type.IsEnum) return "one-of";
        if (DictionaryValueOf(type) == typeof(string)) return "language-map";
        if (DictionaryValueOf(type) is not null) return "object";
        if (typeof(IEnumerable).IsAssignableFrom(type)) return "list";
        return "object";
    }

    /// <summary>The values an enum field takes, as the API spells them.</summary>
    public static IReadOnlyList<string> Allowed(Type type) =>
        Enum.GetNames(Nullable.GetUnderlyingType(type) ?? type).Select(n => n.ToLowerInvariant()).ToList();

    private static Type? ElementOf(Type type) =>
        type.IsArray ? type.GetElementType()
        : type.GetInterfaces().Append(type).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))
            ?.GetGenericArguments()[0];

    private static Type? DictionaryValueOf(Type type) =>
        type.GetInterfaces().Append(type)
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>))?.GetGenericArguments()[1];

    // ".name", "['name']" or "[3]" after the leading "$".
    [GeneratedRegex(@"\.(?<name>[^.\[]+)|\['(?<name>[^']*)'\]|\[(?<index>\d+)\]")]
    private static partial Regex PathStep();
}
