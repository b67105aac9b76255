using System.Text.Encodings.Web;
using Federation.Portal.Clients;
using Federation.Portal.Localization;
using Microsoft.AspNetCore.Html;

namespace Federation.Portal.Pages.Shared;

/// <summary>
/// The refused fields of a problem, each as "the form's label: why" in the user's language; a field the page
/// shows no label for, or a code the portal has no words for, as the service's English message (which names
/// its field itself). Written when the response is: the list stands above the form whose labels it names,
/// so the labels are known only once the whole page has rendered (<see cref="FormLabels"/>).
/// </summary>
public sealed class RefusedFieldList(IEnumerable<FieldRefusal> fields, Texts t, FormLabels labels) : IHtmlContent
{
    // The words now, in the request's language; the labels later.
    private readonly List<(FieldRefusal Field, string? Reason)> _fields = [.. fields.Select(f => (f, f.Translated(t) ? f.Reason(t) : null))];
    private readonly string _labelled = t["{0}: {1}"];

    public void WriteTo(TextWriter writer, HtmlEncoder encoder)
    {
        var lines = _fields.Select(f => (f.Reason, Label: labels.Of(f.Field.FormField)) switch
        {
            ({ } reason, { } label) => (Text: string.Format(_labelled, label, reason), English: false),
            _ => (Text: f.Field.Message, English: true),
        });
        foreach (var (text, english) in lines.Distinct())
        {
            writer.Write(english ? "<li lang=\"en\">" : "<li>");
            encoder.Encode(writer, text);
            writer.Write("</li>");
        }
    }
}
