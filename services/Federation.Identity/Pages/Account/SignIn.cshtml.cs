using Federation.Identity.Features.Connect;
using Federation.Identity.Features.External;
using Federation.Identity.Features.Tokens;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Federation.Identity.Pages.Account;

/// <summary>
/// The provider's sign-in page, where the authorization endpoint sends a person who is not signed in here: a
/// password of this node, or one of the city ID providers configured under <c>Identity:ExternalProviders</c>.
/// </summary>
public sealed class SignInModel(PasswordSignIn signIn, UserTokenLimit perUser, SignInLimit perAddress, ExternalProviders providers,
    IOptions<IdentityNodeOptions> node) : PageModel
{
    [BindProperty] public string? UserName { get; set; }
    [BindProperty] public string? Password { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public SignInTexts T { get; private set; } = null!;

    /// <summary>Why the sign-in did not succeed, in the page's language.</summary>
    public string? Refusal { get; private set; }

    public IReadOnlyList<ExternalProvider> Providers => providers.All;

    public string PortalAddress => node.Value.PortalAddress.TrimEnd('/');

    public void OnGet() => T = SignInTexts.For(HttpContext, ReturnUrl);

    public async Task<IActionResult> OnPostAsync()
    {
        T = SignInTexts.For(HttpContext, ReturnUrl);
        if (string.IsNullOrWhiteSpace(UserName)) ModelState.AddModelError(nameof(UserName), T["Enter your user name."]);
        if (string.IsNullOrEmpty(Password)) ModelState.AddModelError(nameof(Password), T["Enter your password."]);
        if (!ModelState.IsValid) return Refused(StatusCodes.Status400BadRequest, null);
        if (!perAddress.TryAcquire(HttpContext) || perUser.TryTake(UserName!) is not null)
        {
            Response.Headers.RetryAfter = "60";
            return Refused(StatusCodes.Status429TooManyRequests, T["Too many requests. Please wait a minute and try again."]);
        }

        var (outcome, user) = await signIn.CheckAsync(UserName!.Trim(), Password!);
        if (outcome != SignInOutcome.Succeeded)
            return Refused(StatusCodes.Status400BadRequest, outcome switch
            {
                SignInOutcome.Deactivated => T["This account was deactivated by the node's administrators."],
                SignInOutcome.OrganisationNotActive => Standing(user!.Organisation),
                // A wrong password and a locked account are told alike: names are not confirmed.
                _ => T["The user name or password is wrong, or the account is locked after too many attempts."],
            });
        await HttpContext.SignInAsync(SessionCookie.Scheme, SessionCookie.PrincipalOf(user!));
        return Redirect(SessionCookie.ReturnAddress(ReturnUrl, node.Value));
    }

    /// <summary>Off to a city ID provider; it comes back to <c>/account/external</c>, which matches the person.</summary>
    public IActionResult OnPostExternal(string? provider)
    {
        if (providers.Find(provider) is not { } chosen) return NotFound();
        var back = "/account/external?ReturnUrl=" + Uri.EscapeDataString(SessionCookie.ReturnAddress(ReturnUrl, node.Value));
        return Challenge(new AuthenticationProperties { RedirectUri = back, Items = { [ExternalProviders.ProviderItem] = chosen.Key } }, chosen.Scheme);
    }

    private string Standing(Organisation? organisation) => organisation?.Status switch
    {
        OrganisationStatuses.Pending => T["{0} is waiting for an agency of the city to approve its registration.", organisation.DisplayName],
        OrganisationStatuses.Rejected => T["{0} was not approved by the city: {1}", organisation.DisplayName, organisation.StatusReason],
        _ => T["{0} is suspended by the city.", organisation?.DisplayName],
    };

    private PageResult Refused(int status, string? why)
    {
        Refusal = why;
        Password = null;
        Response.StatusCode = status;
        return Page();
    }
}
