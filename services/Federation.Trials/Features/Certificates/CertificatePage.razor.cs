using System.Globalization;
using Federation.Contracts.Trials;
using Microsoft.AspNetCore.Components;

namespace Federation.Trials.Features.Certificates;

/// <summary>
/// The printable certificate of demonstration: one self-contained HTML page (no scripts, print CSS
/// inline) in English plus the host city's and the home city's own languages.
/// </summary>
public sealed partial class CertificatePage
{
    [Parameter, EditorRequired] public SignedCertificate Signed { get; set; } = null!;

    [Inject] private MemberList Members { get; set; } = null!;

    /// <summary>The page of <paramref name="signed"/>, as an endpoint's answer (text/html; charset=utf-8).</summary>
    public static RazorComponentResult<CertificatePage> Of(SignedCertificate signed) =>
        new(new Dictionary<string, object?> { [nameof(Signed)] = signed });

    private IReadOnlyList<(string Language, CertificateTexts Texts)> _texts = [];

    private CertificateOfDemonstration C => Signed.Certificate;

    /// <summary>English first, then the host's and the home city's first languages that have texts.</summary>
    public static IReadOnlyList<string> LanguagesOf(MemberList members, CertificateOfDemonstration certificate) =>
        new[] { "en", OwnLanguage(members, certificate.HostCity), OwnLanguage(members, certificate.HomeCity) }
            .OfType<string>().Distinct().ToList();

    protected override void OnParametersSet() =>
        _texts = [.. LanguagesOf(Members, C).Select(l => (l, CertificateTexts.ByLanguage[l]))];

    // The first language leads; the others follow it as translations.
    private string? TranslationCss(string language) => language == _texts[0].Language ? null : "tr";

    // A value in each of the page's languages, said once where they agree.
    private string InEach(Func<string, CertificateTexts, string> pick) =>
        string.Join(" · ", _texts.Select(t => pick(t.Language, t.Texts)).Distinct());

    private string City(string city) => InEach((language, _) => CityName(city, language));

    private string Statement(string language, CertificateTexts t) => string.Format(CultureInfo.InvariantCulture, t.Statement,
        C.ApplicantOrganisation, CityName(C.HomeCity, language), C.HostAgency, CityName(C.HostCity, language));

    private string Verdict => C.Verdict switch
    {
        "passed" => InEach((_, t) => t.Passed),
        "failed" => InEach((_, t) => t.Failed),
        _ => C.Verdict,
    };

    private string VerdictCss => C.Verdict is "passed" or "failed" ? $"verdict {C.Verdict}" : "verdict";

    private static string? OwnLanguage(MemberList members, string city) => members.Contains(city)
        ? members.Get(city).Languages.FirstOrDefault(CertificateTexts.ByLanguage.ContainsKey)
        : null;

    private string CityName(string city, string language) =>
        Members.Contains(city) && Members.Get(city).Names.TryGetValue(language, out var name) ? name : city;

    // The title in the page's languages, or in whatever languages the listing has.
    private string SolutionTitle()
    {
        var shown = _texts.Select(t => t.Language).Where(C.SolutionTitle.ContainsKey).Select(l => C.SolutionTitle[l]).Distinct().ToList();
        return string.Join(" · ", shown.Count > 0 ? shown : C.SolutionTitle.Values.Distinct());
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
