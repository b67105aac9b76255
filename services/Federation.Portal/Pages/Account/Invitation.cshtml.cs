using Federation.Contracts.Identity;
using Federation.Portal.Clients;

namespace Federation.Portal.Pages.Account;

/// <summary>The link of an invitation or a registration: the person's first password, which also confirms their address.</summary>
public sealed class InvitationModel(IIdentityApi identity) : NewPasswordPage
{
    protected override string Done => T["Your password is set. Sign in with your e-mail address."];

    protected override Task<bool> SetAsync(NewPasswordRequest request) =>
        CallAsync(ct => (Task)identity.AcceptInvitationAsync(request, ct));

    public void OnGet() { }
}
