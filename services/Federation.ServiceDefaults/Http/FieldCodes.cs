using System.Globalization;
using System.Text.Json.Serialization;

namespace Federation.ServiceDefaults.Http;

/// <summary>
/// What is wrong with one field, for a client that tells its users in their own language: the English
/// message stays in <c>errors</c>, and a ValidationProblem carries these beside it as <c>codes</c>
/// (<c>{"provider.name": [{"code": "too-long", "args": {"max": "200"}}]}</c>), one per message, in order.
/// </summary>
public sealed record FieldCode(string Code,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyDictionary<string, string>? Args = null)
{
    /// <summary>Arguments as invariant text, so that a client reads <c>max</c> alike whatever the service's culture.</summary>
    public static FieldCode Of(string code, params (string Name, object Value)[] args) => new(code,
        args.Length == 0 ? null : args.ToDictionary(a => a.Name, a => Convert.ToString(a.Value, CultureInfo.InvariantCulture) ?? ""));
}

/// <summary>The codes every service uses; a client that does not know one shows the English message.</summary>
public static class FieldCodes
{
    /// <summary>The extension of a ValidationProblem that holds the codes.</summary>
    public const string Extension = "codes";

    public const string Required = "required";
    /// <summary>Args: <c>max</c> (characters).</summary>
    public const string TooLong = "too-long";
    public const string ControlCharacters = "control-characters";
    /// <summary>Args: <c>max</c> (items).</summary>
    public const string TooMany = "too-many";
    /// <summary>Args: <c>allowed</c> (comma-separated).</summary>
    public const string NotOneOf = "not-one-of";
    public const string NotAWholeNumber = "not-a-whole-number";
    /// <summary>Args: <c>min</c>, <c>max</c>.</summary>
    public const string OutOfRange = "out-of-range";
    public const string InvalidEmail = "invalid-email";
    public const string InvalidUrl = "invalid-url";
    /// <summary>Args: <c>tag</c>.</summary>
    public const string NotALanguageTag = "not-a-language-tag";
    /// <summary>The same value (a language, a KPI's name, a criterion) appears twice.</summary>
    public const string Repeated = "repeated";
    /// <summary>Args: <c>city</c>.</summary>
    public const string NotAMemberCity = "not-a-member-city";
    public const string NotAnId = "not-an-id";
    /// <summary>An id that names nothing this node holds (or holds for the caller).</summary>
    public const string NotFound = "not-found";
    /// <summary>A value of the wrong kind. Args: <c>expected</c>, one of the words of <see cref="RequestShape.Kind"/>.</summary>
    public const string WrongType = "wrong-type";
    public const string UnknownField = "unknown-field";
    public const string InvalidJson = "invalid-json";
    public const string InPast = "in-the-past";
    public const string InFuture = "in-the-future";
    /// <summary>A date that does not follow the one it must (an end before its start, judging before nominations close).</summary>
    public const string BeforeStart = "before-start";
    /// <summary>A target equal to its baseline: no progress to measure.</summary>
    public const string NoProgress = "no-progress";
    /// <summary>A password the account rules refuse. Args: <c>rule</c> (ASP.NET Core Identity's error code).</summary>
    public const string WeakPassword = "weak-password";
    /// <summary>Only where nothing better fits: the English message is the whole reason.</summary>
    public const string Invalid = "invalid";
}
