using System.Text.RegularExpressions;

namespace Federation.Portal.Pages.Trials;

/// <summary>Where a trials service field error goes on a form: <c>kpis[0].target</c> of a form bound as <c>Input</c> is <c>Input.Kpis[0].Target</c>.</summary>
public static partial class TrialForms
{
    public static string Field(string form, string serviceField) =>
        $"{form}.{Segment().Replace(serviceField, m => m.Value.ToUpperInvariant())}";

    // The first letter of each dotted segment: the services name fields in camelCase, the forms in PascalCase.
    [GeneratedRegex(@"(?<=^|\.)[a-z]")]
    private static partial Regex Segment();
}
