using Federation.Portal.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Federation.Portal.Pages.Account;

/// <summary>
/// Signing out is a form post with the antiforgery token: another site cannot sign a user out. It ends the session at
/// the identity service too, which then sends the browser back here.
/// </summary>
public sealed class SignOutModel : PageModel
{
    public void OnGet() { }

    public IActionResult OnPost() =>
        SignOut(new AuthenticationProperties { RedirectUri = "/" }, CookieAuthenticationDefaults.AuthenticationScheme, PortalSignIn.Scheme);
}
