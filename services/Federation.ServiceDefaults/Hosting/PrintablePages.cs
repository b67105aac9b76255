using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.WebEncoders;

namespace Federation.ServiceDefaults.Hosting;

/// <summary>
/// Printable pages (a certificate, a cycle's results) are Razor components rendered statically, answered
/// as <c>RazorComponentResult&lt;TPage&gt;</c>. They post no forms, so no antiforgery middleware is needed.
/// </summary>
public static class PrintablePages
{
    /// <summary>Chinese and Korean as characters, not as &amp;#x...; entities: pages stay readable and a third
    /// the size. Markup characters are still encoded, as in every Razor page.</summary>
    public static readonly Action<WebEncoderOptions> Encoding =
        o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All);

    public static IServiceCollection AddPrintablePages(this IServiceCollection services)
    {
        services.AddWebEncoders(Encoding);
        services.AddRazorComponents();
        return services;
    }
}
