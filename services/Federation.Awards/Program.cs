using Federation.Awards.Storage;
using Federation.ServiceDefaults;
using Federation.ServiceDefaults.Auth;
using Federation.ServiceDefaults.Messaging;

// The awards service is being built (issue 5): its domain (cycles, entries, judging, ranking) and
// storage are done; the endpoints and the messages between cities come next.
var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("awards");
builder.AddBearerAuthentication();
builder.AddAwardsStorage();
builder.AddFederatedMessaging<AwardsDbContext>("awards", _ => { });

var app = builder.Build();
app.MapServiceDefaults();
app.Run();

public partial class Program;
