using Federation.ServiceDefaults;
using Federation.ServiceDefaults.Auth;
using Federation.ServiceDefaults.Messaging;
using Federation.Trials.Features.Certificates;
using Federation.Trials.Storage;

// The trials service is being built (issue 4): domain, storage and certificates are done; the trial
// workflow endpoints and their messages come next.
var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("trials");
builder.AddBearerAuthentication();
builder.AddTrialsStorage();
builder.AddFederatedMessaging<TrialsDbContext>("trials", _ => { });
builder.AddCertificates();

var app = builder.Build();
app.MapServiceDefaults();
app.MapCertificatesApi();
app.Run();

public partial class Program;
