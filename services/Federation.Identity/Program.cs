using Federation.Identity;
using Federation.Identity.Features.Audit;
using Federation.Identity.Features.Discovery;
using Federation.Identity.Features.Organisations;
using Federation.Identity.Features.Tokens;
using Federation.Identity.Features.Users;
using Federation.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("identity");
builder.AddIdentityNode();
builder.AddOwnTokenAuthentication();

var app = builder.Build();
app.MapServiceDefaults();
app.MapDiscovery();
app.MapTokenApi();
app.MapUserLookup();
app.MapOrganisationApi();
app.MapAuditApi();
app.Run();

public partial class Program;
