using Federation.Identity.Features.Connect;
using Federation.Identity.Features.External;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Federation.Identity.Pages.Account;

/// <summary>Where a city ID provider's sign-in comes back: the person is matched to one of this node's, or told why not.</summary>
public sealed class ExternalModel(ExternalProviders providers, ExternalLinks links, IOptions<IdentityNodeOptions> node) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public SignInTexts T { get; private set; } = null!;

    public string Refusal { get; private set; } = "";

    public string SignInAgain => SessionCookie.SignInPath + (ReturnUrl is null ? "" : "?ReturnUrl=" + Uri.EscapeDataString(ReturnUrl));

    public async Task<IActionResult> OnGetAsync(string? failed, CancellationToken ct)
    {
        T = SignInTexts.For(HttpContext, ReturnUrl);
        var result = await HttpContext.AuthenticateAsync(SessionCookie.ExternalScheme);
        await HttpContext.SignOutAsync(SessionCookie.ExternalScheme);
        var provider = providers.Find(result.Properties?.Items.TryGetValue(ExternalProviders.ProviderItem, out var key) == true ? key : failed);
        if (!result.Succeeded || provider is null)
            return Refused(T["Signing in with {0} did not succeed. Try again, or sign in with your password.", provider?.DisplayName ?? "?"]);

        var match = await links.MatchAsync(provider, result.Principal!, ct);
        if (match.Refusal != ExternalRefusal.None)
            return Refused(match.Refusal switch
            {
                ExternalRefusal.NoSuchPerson => T["No person of this node has the address {0}: ask your organisation or the city's administrators for an invitation.", match.Email],
                ExternalRefusal.NotActive => T["This account was deactivated by the node's administrators."],
                _ => T["{0} did not confirm your e-mail address, so it cannot be matched to a person of this node.", provider.DisplayName],
            });
        await HttpContext.SignInAsync(SessionCookie.Scheme, SessionCookie.PrincipalOf(match.Person!));
        return Redirect(SessionCookie.ReturnAddress(ReturnUrl, node.Value));
    }

    private PageResult Refused(string why)
    {
        Refusal = why;
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return Page();
    }
}
