using Federation.Awards.Features.Cities;
using Federation.Awards.Features.Cycles;
using Federation.Awards.Features.Judges;
using Federation.Awards.Features.Judging;
using Federation.Awards.Features.Nominations;
using Federation.Awards.Features.Results;
using Federation.Awards.Features.Secretariat;
using Federation.ServiceDefaults;

// The GO SMART Award: the secretariat's city runs the cycle (Features/Cycles, Secretariat, Results);
// every city nominates, enrols judges and judges score on their own city's node (Features/Cities and
// the Nominations, Judges and Judging features).
var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("awards");
builder.AddBearerAuthentication();
builder.AddAwardsStorage();
builder.Services.AddAggregateSteps<AwardsDbContext>(AwardSteps.Conventions);
builder.AddCityServices();
builder.AddSecretariatServices();
// Judges reminded of the judging window's close, in their own city.
builder.Services.AddSingleton<Federation.Awards.Features.Notifications.JudgingReminders>();
builder.Services.AddHostedService(sp => sp.GetRequiredService<Federation.Awards.Features.Notifications.JudgingReminders>());
builder.AddFederatedMessaging<AwardsDbContext>("awards", bus =>
{
    bus.AddSecretariatConsumers();
    bus.AddCityConsumers();
});

var app = builder.Build();
app.MapServiceDefaults();
app.MapCyclesApi();
app.MapResultsApi();
app.MapNominationsApi();
app.MapJudgesApi();
app.MapJudgingApi();
app.MapPanelApi();
app.MapFinaleApi();
app.Run();

public partial class Program;
