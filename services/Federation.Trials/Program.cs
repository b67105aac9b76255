using Federation.ServiceDefaults;
using Federation.ServiceDefaults.Clients;
using Federation.Trials.Features.Applications;
using Federation.Trials.Features.Certificates;
using Federation.Trials.Features.Hosting;
using Federation.Trials.Features.Interests;
using Federation.Trials.Features.Lists;
using Federation.Trials.Features.Notifications;
using Federation.Trials.Features.Replication;
using Federation.Trials.Features.Running;
using Federation.Trials.Features.Verified;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("trials");
builder.AddBearerAuthentication();
builder.AddTrialsStorage();
TrialsOptions.AddTrialsOptions(builder);
builder.AddServiceClient<ICatalogApi>("Catalog");
builder.AddFederatedMessaging<TrialsDbContext>("trials", bus =>
{
    bus.AddTargetedConsumer<ApplicantStepsConsumer>();
    bus.AddTargetedConsumer<HostDecisionsConsumer>();
    bus.AddConsumer<VerifiedTrialsConsumer>();
    bus.AddTargetedConsumer<InterestsConsumer>();
});
builder.AddCertificates();
builder.Services.AddAggregateSteps<TrialsDbContext>(TrialSteps.Conventions);
builder.Services.AddScoped<CatalogListings>();
builder.Services.AddScoped<ScreeningDeadlines>();
builder.Services.AddSingleton<CertificateIssuer>();
builder.Services.AddSingleton<StartSweep>();
builder.Services.AddHostedService(sp => sp.GetRequiredService<StartSweep>());

var app = builder.Build();
app.MapServiceDefaults();
app.MapCertificatesApi();
app.MapVerifiedTrialsApi();
app.MapTrialListsApi();
app.MapApplicationsApi();
app.MapHostingApi();
app.MapRunningApi();
app.MapInterestsApi();
app.Run();

public partial class Program;
