using Federation.Portal.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Federation.Portal.Pages.Account;

/// <summary>
/// Sign-in is the city's identity service's (OpenID Connect, authorization code flow): this address only sends the
/// browser there, and it comes back to where it was going.
/// </summary>
public sealed class SignInModel : PageModel
{
    public IActionResult OnGet(string? returnUrl) =>
        Challenge(new AuthenticationProperties { RedirectUri = Url.IsLocalUrl(returnUrl) ? returnUrl : "/" }, PortalSignIn.Scheme);
}
