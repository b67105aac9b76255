namespace Federation.Portal.Tests;

/// <summary>What a screen reader needs of a form: every field it can fill has a label naming it.</summary>
public static partial class Accessibility
{
    public static IEnumerable<string> UnlabelledFields(string html)
    {
        var labelled = LabelFor().Matches(html).Select(m => m.Groups[1].Value).ToHashSet();
        foreach (Match field in Field().Matches(html))
        {
            var tag = field.Value;
            if (InputType().Match(tag) is { Success: true } type && type.Groups[1].Value is "hidden" or "submit" or "button" or "reset") continue;
            if (tag.Contains("aria-label=") || tag.Contains("aria-labelledby=")) continue;
            var id = Id().Match(tag);
            if (!id.Success || !labelled.Contains(id.Groups[1].Value)) yield return tag.Length > 80 ? tag[..80] + "..." : tag;
        }
    }

    [GeneratedRegex("""<label[^>]*\bfor="([^"]+)"[^>]*>""")]
    private static partial Regex LabelFor();

    [GeneratedRegex("""<(input|select|textarea)\b[^>]*>""")]
    private static partial Regex Field();

    [GeneratedRegex("""\btype="([^"]+)"[^>]*""")]
    private static partial Regex InputType();

    [GeneratedRegex("""\bid="([^"]+)"[^>]*""")]
    private static partial Regex Id();
}
