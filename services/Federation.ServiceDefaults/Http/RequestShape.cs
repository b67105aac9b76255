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
    public static string Describe(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string)) return "text";
        if (type == typeof(bool)) return "true or false";
        if (type == typeof(Guid)) return "an id such as 3f2504e0-4f89-41d3-9a0c-0305e82c3301";
        if (type == typeof(DateOnly)) return "a date such as 2027-03-31";
        if (type == typeof(DateTimeOffset) || type == typeof(DateTime)) return "a date and time such as 2027-03-31T09:00:00+08:00";
        if (type == typeof(int) || type == typeof(long) || type == typeof(short)) return "a whole number";
        if (type == typeof(decimal) || type == typeof(double) || type == typeof(float)) return "a number";
        if (type.IsEnum) return $"one of: {string.Join(", ", Enum.GetNames(type).Select(n => n.ToLowerInvariant()))}";
        if (DictionaryValueOf(type) == typeof(string)) return "an object of texts by language, such as {\"en\": \"...\"}";
        if (DictionaryValueOf(type) is not null) return "an object";
        if (type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type)) return "a list";
        return "an object";
    }

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
