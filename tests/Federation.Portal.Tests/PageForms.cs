namespace Federation.Portal.Tests;

/// <summary>The POST forms of a page as a browser sees them: where each posts, its fields and its antiforgery token.</summary>
public sealed partial record PageForms(string Action, IReadOnlyList<string> Fields, string Token)
{
    /// <summary>What people (and attackers) type: nothing, words in number fields, huge numbers, markup, very long text.</summary>
    public static readonly IReadOnlyList<string> Garbage =
        ["", "x", "-1", "99999999999999999999999", "2026-13-45T99:99", "<script>alert(1)</script>'\"", new string('字', 5000)];

    public static IEnumerable<PageForms> In(string path, string html)
    {
        foreach (Match form in Form().Matches(html))
        {
            var token = TokenField().Match(form.Value);
            if (!token.Success) continue;
            var action = ActionAttribute().Match(form.Groups[1].Value) is { Success: true } a ? WebUtility.HtmlDecode(a.Groups[1].Value) : path;
            var fields = FieldName().Matches(form.Value).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))
                .Where(n => n != "__RequestVerificationToken").Distinct().ToList();
            yield return new PageForms(action, fields, WebUtility.HtmlDecode(token.Groups[1].Value));
        }
    }

    /// <summary>Every field holding <paramref name="typed"/> (hidden ids included: a tampered page is input too).</summary>
    public FormUrlEncodedContent Filled(string typed) =>
        new(Fields.Select(f => KeyValuePair.Create(f, typed)).Append(KeyValuePair.Create("__RequestVerificationToken", Token)));

    [GeneratedRegex("""<form\b([^>]*\bmethod="post"[^>]*)>.*?</form>""", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Form();

    [GeneratedRegex(@"\baction=""([^""]*)""")]
    private static partial Regex ActionAttribute();

    [GeneratedRegex("""<(?:input|select|textarea)\b[^>]*\bname="([^"]+)"[^>]*>""")]
    private static partial Regex FieldName();

    [GeneratedRegex(@"name=""__RequestVerificationToken"" type=""hidden"" value=""([^""]+)""")]
    private static partial Regex TokenField();
}
