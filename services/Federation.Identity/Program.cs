using Federation.Identity.Features.Accounts;
using Federation.Identity.Features.Admin;
using Federation.Identity.Features.Audit;
using Federation.Identity.Features.Connect;
using Federation.Identity.Features.Notifications;
using Federation.Identity.Features.Organisations;
using Federation.Identity.Features.People;
using Federation.Identity.Features.Tokens;
using Federation.Identity.Features.Users;
using Federation.Identity;
using Federation.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("identity");
builder.AddIdentityNode();
builder.AddOwnTokenAuthentication();

var app = builder.Build();
// The README's command for a node's first admin runs against the node's configuration and database, then exits.
if (FirstAdminCommand.IsInvoked(args)) return await FirstAdminCommand.RunAsync(app.Services, args, Console.Out, Console.Error);

app.MapServiceDefaults();
app.MapConnect();
app.MapRazorPages().AllowAnonymous(); // the sign-in pages: a password or a city ID is the credential
app.MapTokenApi(app.Environment);
app.MapUserLookup();
app.MapOrganisationApi();
app.MapAuditApi();
app.MapPeopleApi();
app.MapAccountApi();
app.MapNotificationsApi();
app.Run();
return 0;

public partial class Program;
