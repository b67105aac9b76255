using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Federation.Portal.Pages.Shared;

/// <summary>
/// The labels this response's forms show, by the id of the input they label, so that a service's refusal
/// names a field in the words (and the language) of the form the user filled in, never a second copy of them.
/// </summary>
public sealed partial class FormLabels
{
    // Ignoring case: some forms name an input "Statement" whose service field is "statement".
    private readonly Dictionary<string, string> _byInput = new(StringComparer.OrdinalIgnoreCase);

    public static FormLabels Of(HttpContext http) =>
        (FormLabels)(http.Items[typeof(FormLabels)] ??= new FormLabels());

    /// <summary>The label of a form field (<c>Input.Kpis[1].Target</c>) as shown, or null if the page shows none.</summary>
    public string? Of(string formField) => _byInput.GetValueOrDefault(TagBuilder.CreateSanitizedId(formField, "_"));

    internal void Record(string inputId, string text)
    {
        // The first label of an input wins: a later one (a second form for the same record) says the same.
        if (text.Length > 0) _byInput.TryAdd(inputId, text);
    }

    [GeneratedRegex("<[^>]*>")]
    internal static partial Regex Markup();
}

/// <summary>Records every <c>&lt;label for&gt;</c> the page renders, after asp-for has set its <c>for</c> and text.</summary>
[HtmlTargetElement("label")]
public sealed class FormLabelTagHelper : TagHelper
{
    public override int Order => 1000;

    [ViewContext, HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        if (!output.Attributes.TryGetAttribute("for", out var target)) return;
        var content = output.Content.IsModified ? output.Content : await output.GetChildContentAsync();
        FormLabels.Of(ViewContext.HttpContext).Record(Text(target.Value), Text(content));
    }

    // Attribute values and content arrive encoded (or as HTML to write): the label as a reader sees it.
    private static string Text(object? value)
    {
        var html = value is IHtmlContent content ? Write(content) : value?.ToString() ?? "";
        return WebUtility.HtmlDecode(FormLabels.Markup().Replace(html, "")).Trim();
    }

    private static string Write(IHtmlContent content)
    {
        using var writer = new StringWriter();
        content.WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);
        return writer.ToString();
    }
}
