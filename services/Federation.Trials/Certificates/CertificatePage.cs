using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Federation.Contracts.Trials;
using Federation.Topology;

namespace Federation.Trials.Certificates;

/// <summary>
/// The printable certificate of demonstration: one self-contained HTML page (no scripts, print CSS
/// inline) in English plus the host city's and the home city's own languages.
/// </summary>
public sealed class CertificatePage(MemberList members)
{
    // Every script passes as written (Korean and Chinese stay readable); markup characters are encoded.
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>English first, then the host's and the home city's first languages that have texts.</summary>
    public IReadOnlyList<string> LanguagesOf(CertificateOfDemonstration certificate) =>
        new[] { "en", OwnLanguage(certificate.HostCity), OwnLanguage(certificate.HomeCity) }
            .OfType<string>().Distinct().ToList();

    public string Render(SignedCertificate signed)
    {
        var c = signed.Certificate;
        var languages = LanguagesOf(c);
        var texts = languages.Select(l => (Language: l, Texts: CertificateTexts.ByLanguage[l])).ToList();
        string Label(Func<CertificateTexts, string> pick) =>
            string.Concat(texts.Select((t, i) => $"<span lang=\"{t.Language}\"{(i > 0 ? " class=\"tr\"" : "")}>{E(pick(t.Texts))}</span>"));
        string InEach(Func<string, CertificateTexts, string> pick) =>
            string.Join(" · ", texts.Select(t => pick(t.Language, t.Texts)).Distinct().Select(E));
        string City(string city) => InEach((l, _) => CityName(city, l));

        var page = new StringBuilder();
        page.Append($"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>{E(texts[0].Texts.Title)} · {E(c.CertificateId.ToString())}</title>
            <style>{Style}</style>
            </head>
            <body>
            <h1>{Label(t => t.Title)}</h1>
            <p class="solution">{E(TitleIn(c.SolutionTitle, languages))}</p>

            """);
        foreach (var (language, t) in texts)
            page.Append($"<p class=\"statement\" lang=\"{language}\">").Append(string.Format(CultureInfo.InvariantCulture, t.Statement,
                E(c.ApplicantOrganisation), E(CityName(c.HomeCity, language)), E(c.HostAgency), E(CityName(c.HostCity, language)))).Append("</p>\n");

        page.Append("<table class=\"facts\">\n");
        void Row(Func<CertificateTexts, string> label, string valueHtml, string? css = null) =>
            page.Append($"<tr><th>{Label(label)}</th><td{(css is null ? "" : $" class=\"{css}\"")}>{valueHtml}</td></tr>\n");
        Row(t => t.Applicant, E(c.ApplicantOrganisation));
        Row(t => t.HomeCity, City(c.HomeCity));
        Row(t => t.HostCity, City(c.HostCity));
        Row(t => t.HostAgency, E(c.HostAgency));
        Row(t => t.Site, E(c.Site));
        Row(t => t.Period, $"{Date(c.Period.Start)} – {Date(c.Period.End)}");
        var verdict = c.Verdict switch
        {
            "passed" => InEach((_, t) => t.Passed),
            "failed" => InEach((_, t) => t.Failed),
            _ => E(c.Verdict),
        };
        Row(t => t.Verdict, verdict, c.Verdict is "passed" or "failed" ? $"verdict {c.Verdict}" : "verdict");
        Row(t => t.Findings, E(c.Findings));
        Row(t => t.VerifiedOn, E(c.VerifiedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)));
        page.Append("</table>\n");

        page.Append($"<h2>{Label(t => t.KpisAchieved)}</h2>\n<table class=\"kpis\">\n<tr>");
        foreach (var heading in new Func<CertificateTexts, string>[] { t => t.Kpi, t => t.Unit, t => t.Baseline, t => t.Target, t => t.Achieved, t => t.Confirmed })
            page.Append($"<th>{Label(heading)}</th>");
        page.Append("</tr>\n");
        foreach (var kpi in c.Kpis)
            page.Append($"<tr><td>{E(kpi.Name)}</td><td>{E(kpi.Unit)}</td><td class=\"n\">{Number(kpi.Baseline)}</td>" +
                        $"<td class=\"n\">{Number(kpi.Target)}</td><td class=\"n\">{(kpi.Achieved is { } a ? Number(a) : "—")}</td>" +
                        $"<td>{InEach((_, t) => kpi.Confirmed ? t.Yes : t.No)}</td></tr>\n");
        page.Append("</table>\n");

        page.Append("<table class=\"signature\">\n");
        Row(t => t.SignedBy, City(signed.SignerCity));
        Row(t => t.KeyFingerprint, E(signed.KeyFingerprint), "fingerprint");
        Row(t => t.CertificateId, E(c.CertificateId.ToString()));
        Row(t => t.TrialId, E(c.TrialId.ToString()));
        page.Append("</table>\n");
        foreach (var (language, t) in texts)
            page.Append($"<p class=\"note\" lang=\"{language}\">{E(t.HowToVerify)}</p>\n");
        return page.Append("</body>\n</html>\n").ToString();
    }

    private string? OwnLanguage(string city) => members.Contains(city)
        ? members.Get(city).Languages.FirstOrDefault(CertificateTexts.ByLanguage.ContainsKey)
        : null;

    private string CityName(string city, string language) =>
        members.Contains(city) && members.Get(city).Names.TryGetValue(language, out var name) ? name : city;

    // The title in the page's languages, or in whatever languages the listing has.
    private static string TitleIn(IReadOnlyDictionary<string, string> title, IReadOnlyList<string> languages)
    {
        var shown = languages.Where(title.ContainsKey).Select(l => title[l]).Distinct().ToList();
        return string.Join(" · ", shown.Count > 0 ? shown : title.Values.Distinct());
    }

    private static string E(string? value) => Html.Encode(value ?? "");

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private const string Style = """
        @page { size: A4; margin: 16mm; }
        body { font-family: "Noto Sans", "Noto Sans TC", "Noto Sans KR", "Microsoft JhengHei", "Malgun Gothic", sans-serif;
               color: #111; max-width: 180mm; margin: 0 auto; font-size: 10.5pt; line-height: 1.45; }
        h1 { text-align: center; font-size: 20pt; margin: 0 0 4mm; }
        h1 .tr { display: block; font-size: 14pt; }
        h2 { font-size: 12pt; margin: 6mm 0 2mm; }
        .tr { display: block; color: #444; font-size: 0.88em; font-weight: normal; }
        .solution { text-align: center; font-size: 14pt; font-weight: bold; }
        .statement { margin: 1mm 0; }
        table { width: 100%; border-collapse: collapse; margin-top: 4mm; page-break-inside: avoid; }
        th, td { border: 1px solid #888; padding: 1.5mm 2mm; text-align: left; vertical-align: top; }
        th { background: #f0f0f0; width: 32%; }
        .kpis th { width: auto; }
        .n { text-align: right; font-variant-numeric: tabular-nums; }
        .verdict { font-weight: bold; }
        .verdict.passed { color: #0b5d1e; }
        .verdict.failed { color: #8a1111; }
        .fingerprint { font-family: "DejaVu Sans Mono", Consolas, monospace; letter-spacing: 0.04em; }
        .note { font-size: 9pt; color: #444; margin: 1mm 0; }
        @media print { th { -webkit-print-color-adjust: exact; print-color-adjust: exact; } }
        """;
}
