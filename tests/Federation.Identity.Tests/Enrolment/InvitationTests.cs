using Microsoft.IdentityModel.JsonWebTokens;

namespace Federation.Identity.Tests.Enrolment;

public sealed class InvitationTests(EnrolmentNode city) : IClassFixture<EnrolmentNode>
{
    [Fact]
    public async Task An_invited_person_sets_a_password_from_the_mailed_link_and_signs_in_with_the_roles_given()
    {
        var agency = await city.CreateOrganisationAsync("agency", "Department of Information Technology");
        var email = EnrolmentNode.NewAddress("mei");

        var invited = await city.InviteAsync(await city.AsAsync("admin@taipei"), email, agency.Id, "agency");
        Assert.Equal(("invited", email, agency.Id), (invited.Status, invited.UserName, invited.OrganisationId));
        await (await city.Anonymous().RequestTokenAsync(email, EnrolmentNode.StrongPassword)).AssertProblemAsync(HttpStatusCode.BadRequest);

        var mail = await city.Inbox.WaitForMailAsync(email);
        Assert.Contains("Department of Information Technology", mail.TextBody);
        var accepted = await city.SetFirstPasswordAsync(await city.LinkTokenAsync(email, "account"));

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        var token = new JsonWebToken((await city.Anonymous().TokenForAsync(email, EnrolmentNode.StrongPassword)).AccessToken);
        Assert.Equal(agency.Id.ToString(), token.GetClaim(FederationClaims.OrganisationId).Value);
        Assert.Equal("Department of Information Technology", token.GetClaim(FederationClaims.Organisation).Value);
        Assert.Equal([Roles.Agency], token.Claims.Where(c => c.Type == FederationClaims.Role).Select(c => c.Value));
    }

    [Fact]
    public async Task An_invitation_link_works_once()
    {
        var agency = await city.CreateOrganisationAsync("agency", "Department of Transportation");
        var email = EnrolmentNode.NewAddress("once");
        await city.InviteAsync(await city.AsAsync("admin@taipei"), email, agency.Id, "agency");
        var token = await city.LinkTokenAsync(email, "account");

        Assert.Equal(HttpStatusCode.OK, (await city.SetFirstPasswordAsync(token)).StatusCode);
        var again = await city.SetFirstPasswordAsync(token, "Another-strong-password-7");

        await again.AssertBadRequestNamingAsync("token");
        await city.Anonymous().TokenForAsync(email, EnrolmentNode.StrongPassword);
    }

    [Fact]
    public async Task A_weak_password_is_refused_by_name_and_leaves_the_link_usable()
    {
        var agency = await city.CreateOrganisationAsync("agency", "Department of Urban Development");
        var email = EnrolmentNode.NewAddress("weak");
        await city.InviteAsync(await city.AsAsync("admin@taipei"), email, agency.Id, "agency");
        var token = await city.LinkTokenAsync(email, "account");

        await (await city.SetFirstPasswordAsync(token, "short")).AssertBadRequestNamingAsync("password");

        Assert.Equal(HttpStatusCode.OK, (await city.SetFirstPasswordAsync(token)).StatusCode);
    }

    [Fact]
    public async Task A_role_that_does_not_fit_the_organisation_is_refused_by_name()
    {
        var company = await city.CreateOrganisationAsync("company", "Hanbit Mobility");

        var response = await (await city.AsAsync("admin@taipei")).PostAsJsonAsync("/api/invitations",
            new InvitationRequest(EnrolmentNode.NewAddress("misfit"), "Misfit", company.Id, ["agency"], null));

        await response.AssertBadRequestNamingAsync("roles[0]");
    }

    [Fact]
    public async Task A_company_person_invites_colleagues_only_into_their_own_company_and_only_with_their_own_roles()
    {
        var company = await city.CreateOrganisationAsync("company", "Daan Sensors");
        var other = await city.CreateOrganisationAsync("company", "Xinyi Robotics");
        var founder = await city.EnrolAsync(EnrolmentNode.NewAddress("founder"), company.Id, "startup");

        await city.InviteAsync(founder, EnrolmentNode.NewAddress("colleague"), company.Id, "startup");
        var elsewhere = await founder.PostAsJsonAsync("/api/invitations",
            new InvitationRequest(EnrolmentNode.NewAddress("outsider"), "Outsider", other.Id, ["startup"], null));
        var judge = await founder.PostAsJsonAsync("/api/invitations",
            new InvitationRequest(EnrolmentNode.NewAddress("judge"), "Judge", company.Id, ["judge"], null));

        await elsewhere.AssertProblemAsync(HttpStatusCode.Forbidden);
        await judge.AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Inviting_an_address_that_has_an_account_is_a_conflict()
    {
        var agency = await city.CreateOrganisationAsync("agency", "Department of Economic Development");
        var email = EnrolmentNode.NewAddress("twice");
        var admin = await city.AsAsync("admin@taipei");
        await city.InviteAsync(admin, email, agency.Id, "agency");

        var again = await admin.PostAsJsonAsync("/api/invitations", new InvitationRequest(email.ToUpperInvariant(), "Twice", agency.Id, ["agency"], null));

        await again.AssertProblemAsync(HttpStatusCode.Conflict);
    }
}
