using Federation.ServiceDefaults;
using Federation.ServiceDefaults.Auth;

// The awards service is being built (issue 5): its domain (cycles, entries, judging, ranking) comes
// first; storage, endpoints and messages follow.
var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("awards");
builder.AddBearerAuthentication();

var app = builder.Build();
app.MapServiceDefaults();
app.Run();

public partial class Program;
