using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;
using Federation.ServiceDefaults.Hosting;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Federation.Portal.Localization;

/// <summary>
/// Which language a page is in: the visitor's own choice (a cookie set by the switcher), else the
/// browser's preference among en, zh-TW and ko, else the city's own first language.
/// </summary>
public static class PortalLanguages
{
    public static readonly IReadOnlyList<string> Supported = ["en", "zh-TW", "ko"];

    /// <summary>Each language's name in itself, as the switcher shows it.</summary>
    public static readonly IReadOnlyDictionary<string, string> Endonyms = new Dictionary<string, string>
    {
        ["en"] = "English", ["zh-TW"] = "繁體中文", ["ko"] = "한국어",
    };

    public static IHostApplicationBuilder AddPortalLanguages(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(Texts.Load(typeof(PortalLanguages).Assembly));
        // Chinese and Korean as characters, not as &#x...; entities: pages stay readable and a third the size.
        builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        builder.Services.AddOptions<RequestLocalizationOptions>().Configure<ThisCity>((options, city) =>
        {
            var cultures = Supported.Select(CultureInfo.GetCultureInfo).ToList();
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            options.FallBackToParentCultures = true;
            options.FallBackToParentUICultures = true;
            options.DefaultRequestCulture = new RequestCulture(city.Member.Languages.FirstOrDefault(Supported.Contains) ?? "en");
            options.RequestCultureProviders =
            [
                new CookieRequestCultureProvider(),
                new AcceptLanguageHeaderRequestCultureProvider { MaximumAcceptLanguageHeaderValuesToTry = 5 },
            ];
        });
        // A form value that does not bind (letters in a number field) is explained in the page's language too.
        builder.Services.AddOptions<MvcOptions>().Configure<Texts>((options, t) =>
        {
            var messages = options.ModelBindingMessageProvider;
            messages.SetAttemptedValueIsInvalidAccessor((value, _) => t["The value '{0}' is not valid.", value]);
            messages.SetValueIsInvalidAccessor(value => t["The value '{0}' is not valid.", value]);
            messages.SetValueMustNotBeNullAccessor(_ => t["A value is required."]);
            messages.SetMissingBindRequiredValueAccessor(_ => t["A value is required."]);
            messages.SetValueMustBeANumberAccessor(_ => t["Enter a number."]);
            messages.SetNonPropertyValueMustBeANumberAccessor(() => t["Enter a number."]);
        });
        return builder;
    }

    public static IApplicationBuilder UsePortalLanguages(this IApplicationBuilder app) =>
        app.UseRequestLocalization(app.ApplicationServices.GetRequiredService<IOptions<RequestLocalizationOptions>>().Value);

    /// <summary>The switcher's order: the city's own languages first, then the others.</summary>
    public static IEnumerable<string> SwitcherOrder(ThisCity city) =>
        city.Member.Languages.Where(Supported.Contains).Concat(Supported).Distinct();

    /// <summary>GET /language/{tag}?returnUrl=: a plain link (no script needed) that remembers the choice for a year.</summary>
    public static IEndpointRouteBuilder MapLanguageSwitch(this IEndpointRouteBuilder app)
    {
        app.MapGet("/language/{tag}", (string tag, string? returnUrl, HttpContext http) =>
        {
            if (!Supported.Contains(tag)) return Results.NotFound();
            http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(tag)),
                new CookieOptions { MaxAge = TimeSpan.FromDays(365), HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true });
            // Only back into this portal: an address from elsewhere would make the switcher an open redirect.
            return Results.LocalRedirect(returnUrl is { Length: > 0 } && Uri.IsWellFormedUriString(returnUrl, UriKind.Relative)
                && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//") ? returnUrl : "/");
        }).ExcludeFromDescription();
        return app;
    }
}
