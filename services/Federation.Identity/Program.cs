using Federation.Identity;
using Federation.Identity.Features.Discovery;
using Federation.Identity.Features.Tokens;
using Federation.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("identity");
builder.AddIdentityNode();

var app = builder.Build();
app.MapServiceDefaults();
app.UseRateLimiter();
app.MapDiscovery();
app.MapTokenApi();
app.Run();

public partial class Program;
